import { parentPort } from 'node:worker_threads';
import { sendClicks } from './click-load.js';
import { FakeSlack, type FakeUser } from './fake-slack.js';
import type { ClickSpec } from './slack-payloads.js';

/**
 * Worker-thread host for the fake Slack and the click load, so a benchmark's "Slack" runs on its own
 * event loop (as the real one runs on another machine) and the bot's loop only does the bot's work.
 * Protocol: request `{ id, op, ...args }` → reply `{ id, result }` or `{ id, error }`.
 */
export type WorkerRequest =
  | { id: number; op: 'start'; users: FakeUser[] }
  | {
      id: number;
      op: 'load';
      url: string;
      secret: string;
      clicks: ClickSpec[];
      concurrency: number;
      ratePerSecond?: number;
    }
  | { id: number; op: 'wait-responses'; count: number; timeoutMs: number }
  | { id: number; op: 'state' }
  | { id: number; op: 'stop' };

let fake: FakeSlack | undefined;

async function handle(request: WorkerRequest): Promise<unknown> {
  switch (request.op) {
    case 'start':
      fake = await FakeSlack.start(request.users);
      return { apiUrl: fake.apiUrl };
    case 'load': {
      const slack = need();
      const result = await sendClicks({ ...request, responseUrl: () => slack.responseUrl() });
      return { ackMs: result.ackMs, statuses: [...result.statuses], wallMs: result.wallMs };
    }
    case 'wait-responses': {
      const slack = need();
      await slack.waitFor(
        `${request.count} responses`,
        () => slack.responses.length >= request.count,
        request.timeoutMs,
      );
      return { responses: slack.responses.length };
    }
    case 'state': {
      const slack = need();
      const methods: Record<string, number> = {};
      for (const call of slack.calls) methods[call.method] = (methods[call.method] ?? 0) + 1;
      return {
        methods,
        responses: slack.responses.map((r) => ({ text: r.body.text, type: r.body.response_type })),
        messages: slack.messages.length,
        tcpConnections: slack.tcpConnections,
      };
    }
    case 'stop':
      await fake?.stop();
      fake = undefined;
      return {};
  }
}

function need(): FakeSlack {
  if (!fake) throw new Error('fake Slack worker: not started');
  return fake;
}

parentPort?.on('message', (request: WorkerRequest) => {
  handle(request).then(
    (result) => parentPort?.postMessage({ id: request.id, result }),
    (error: unknown) =>
      parentPort?.postMessage({ id: request.id, error: error instanceof Error ? error.message : String(error) }),
  );
});
