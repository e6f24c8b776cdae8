import { pino } from 'pino';
import { afterEach, describe, expect, it } from 'vitest';
import { createSlackAdapter, type SlackAdapter } from '../../src/adapters/slack/slack-adapter.js';
import type { Reply } from '../../src/chat/message.js';
import { FakeSlack } from '../fakes/slack/fake-slack.js';
import { fakeChannel } from '../fakes/slack/slack-payloads.js';
import { shownText } from '../fakes/slack/shown-text.js';

/**
 * Issue 13, point 6 on Slack: the fake behaves as Slack's Socket Mode servers do (pings, the
 * `disconnect` warning before a refresh, a socket that goes quiet) and its response_urls expire;
 * real bolt under the adapter copes: people still get their answers.
 */

const logger = pino({ level: 'silent' });
const retry = { retries: 1, minTimeoutMs: 10, maxTimeoutMs: 20 };
let fake: FakeSlack | undefined;
let adapter: SlackAdapter | undefined;

afterEach(async () => {
  await adapter?.stop();
  await fake?.stop();
  adapter = fake = undefined;
});

async function start(answer: () => Promise<Reply[]>, extra: { socketServerPingTimeoutMs?: number } = {}) {
  const slack = (fake = await FakeSlack.start([{ id: 'U1', displayName: 'Ada' }]));
  adapter = createSlackAdapter({
    botToken: 'xoxb-test',
    appToken: 'xapp-test',
    apiUrl: slack.apiUrl,
    logger,
    retry,
    socketPingTimeoutMs: 200,
    ...extra,
  });
  await adapter.start(answer);
  await slack.socket.connected();
  return slack;
}

const ok = async (): Promise<Reply[]> => [{ visibility: 'private', message: { body: 'here you go' } }];
const ask = (slack: FakeSlack) => slack.exchange({ command: { user: 'U1', command: '/prepbot-help' } });

async function waitUntil(check: () => boolean, timeoutMs = 5000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!check()) {
    if (Date.now() > deadline) throw new Error('condition not met in time');
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

describe('Socket Mode as Slack runs it', () => {
  it("answers Slack's pings and stays on one connection while they come", async () => {
    // Margins wide enough for a loaded machine: pings every 100 ms against a 3 s timeout.
    const slack = await start(ok, { socketServerPingTimeoutMs: 3000 });
    slack.socket.pingEvery(100);
    await new Promise((resolve) => setTimeout(resolve, 1500));
    expect(slack.socket.pongs).toBeGreaterThan(5);
    expect(slack.socket.connections).toBe(1);
    expect(shownText((await ask(slack)).bodies[0])).toContain('here you go');
  });

  it('when the pings stop (a socket open but dead), it reconnects by itself and answers again', async () => {
    const slack = await start(ok, { socketServerPingTimeoutMs: 1000 });
    slack.socket.pingEvery(100);
    await new Promise((resolve) => setTimeout(resolve, 300));
    slack.socket.pingEvery(0);
    await waitUntil(() => slack.socket.connections >= 2, 10_000);
    slack.socket.pingEvery(100);
    await waitUntil(() => adapter!.health().connected);
    expect(shownText((await ask(slack)).bodies[0])).toContain('here you go');
  });

  it('the disconnect warning, then refresh_requested: reconnects and no command is left unanswered', async () => {
    const slack = await start(ok);
    slack.socket.warnDisconnect();
    await waitUntil(() => slack.socket.connections >= 2 && adapter!.health().connected);
    expect(shownText((await ask(slack)).bodies[0])).toContain('here you go');
    slack.socket.requestRefresh();
    await waitUntil(() => slack.socket.connections >= 3 && adapter!.health().connected);
    expect(shownText((await ask(slack)).bodies[0])).toContain('here you go');
  });
});

describe('response_url expiry', () => {
  it('a reply the response_url refuses (expired) reaches the person as an ephemeral message through the Web API', async () => {
    const slack = await start(async () => {
      await new Promise((resolve) => setTimeout(resolve, 150));
      return [{ visibility: 'private', message: { body: 'late but here' } }];
    });
    slack.responseUrlLifetimeMs = 50;
    const url = slack.responseUrl();
    await slack.socket.push('slash_commands', {
      token: 't',
      team_id: 'T0FAKE',
      channel_id: fakeChannel,
      user_id: 'U1',
      user_name: 'ada',
      command: '/prepbot-help',
      text: '',
      response_url: url,
      trigger_id: 'x',
      api_app_id: 'A0PREPBOT',
      is_enterprise_install: 'false',
      team_domain: 'fake',
      channel_name: 'quiz',
    });
    await slack.waitFor('the ephemeral fallback', () => slack.ephemerals.length === 1);
    expect(slack.refusedResponses).toHaveLength(1);
    expect(slack.ephemerals[0]).toMatchObject({ channel: fakeChannel, user: 'U1' });
    expect(shownText(slack.ephemerals[0]!.blocks)).toBe('late but here');
  });
});
