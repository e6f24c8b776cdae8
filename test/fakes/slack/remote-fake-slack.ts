import { Worker } from 'node:worker_threads';
import type { FakeUser } from './fake-slack.js';
import type { ClickSpec } from './slack-payloads.js';
import type { WorkerRequest } from './fake-slack-worker.js';

type Op = WorkerRequest extends infer R ? (R extends { op: infer O } ? O : never) : never;

/** What the worker's fake Slack has seen: Web API calls per method, respond() bodies, posted messages. */
export interface RemoteState {
  methods: Record<string, number>;
  responses: Array<{ text: unknown; type: unknown }>;
  messages: number;
  tcpConnections: number;
}

/**
 * The fake Slack and the click load on a worker thread (see fake-slack-worker.ts). The worker loads the
 * TypeScript through tsx's loader when this file is TypeScript itself.
 */
export class RemoteFakeSlack {
  readonly #worker = startWorker();
  readonly #pending = new Map<number, { resolve: (value: unknown) => void; reject: (error: Error) => void }>();
  #nextId = 1;
  apiUrl = '';

  private constructor() {
    this.#worker.on('message', (reply: { id: number; result?: unknown; error?: string }) => {
      const pending = this.#pending.get(reply.id);
      this.#pending.delete(reply.id);
      if (reply.error !== undefined) pending?.reject(new Error(reply.error));
      else pending?.resolve(reply.result);
    });
    this.#worker.on('error', (error) => {
      for (const pending of this.#pending.values()) pending.reject(error);
      this.#pending.clear();
    });
  }

  static async start(users: FakeUser[]): Promise<RemoteFakeSlack> {
    const remote = new RemoteFakeSlack();
    remote.apiUrl = ((await remote.#call('start', { users })) as { apiUrl: string }).apiUrl;
    return remote;
  }

  /** Sends the clicks from `concurrency` clients (at `ratePerSecond` if given); per-request ack times in ms. */
  load(
    url: string,
    secret: string,
    clicks: ClickSpec[],
    concurrency: number,
    ratePerSecond?: number,
  ): Promise<{ ackMs: number[]; statuses: Array<[number, number]>; wallMs: number }> {
    return this.#call('load', {
      url,
      secret,
      clicks,
      concurrency,
      ...(ratePerSecond ? { ratePerSecond } : {}),
    }) as Promise<{ ackMs: number[]; statuses: Array<[number, number]>; wallMs: number }>;
  }

  waitForResponses(count: number, timeoutMs = 60_000): Promise<unknown> {
    return this.#call('wait-responses', { count, timeoutMs });
  }

  state(): Promise<RemoteState> {
    return this.#call('state', {}) as Promise<RemoteState>;
  }

  async stop(): Promise<void> {
    await this.#call('stop', {});
    await this.#worker.terminate();
  }

  #call(op: Op, args: Record<string, unknown>): Promise<unknown> {
    const id = this.#nextId++;
    return new Promise((resolve, reject) => {
      this.#pending.set(id, { resolve, reject });
      this.#worker.postMessage({ id, op, ...args });
    });
  }
}

function startWorker(): Worker {
  if (!import.meta.url.endsWith('.ts')) return new Worker(new URL('./fake-slack-worker.js', import.meta.url));
  // Node 20 workers do not take tsx's --import hooks; a one-line bootstrap loads the worker through tsx.
  const api = JSON.stringify(import.meta.resolve('tsx/esm/api'));
  const file = JSON.stringify(new URL('./fake-slack-worker.ts', import.meta.url).href);
  return new Worker(`import(${api}).then((tsx) => tsx.tsImport(${file}, ${JSON.stringify(import.meta.url)}))`, {
    eval: true,
  });
}
