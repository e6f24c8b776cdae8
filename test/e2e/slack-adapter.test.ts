import { pino } from 'pino';
import { afterEach, describe, expect, it } from 'vitest';
import type { Inbound, Message, Reply } from '../../src/chat/message.js';
import { createSlackAdapter, type SlackAdapter } from '../../src/adapters/slack/slack-adapter.js';
import { FakeSlack } from '../fakes/slack/fake-slack.js';
import { blockActionsPayload, fakeChannel, fakeTeam, slashCommandPayload } from '../fakes/slack/slack-payloads.js';
import { commandBody, interactiveBody, sendToBolt } from '../fakes/slack/signed-request.js';

const logger = pino({ level: 'silent' });
const fastRetry = { retries: 3, minTimeoutMs: 20, maxTimeoutMs: 100 };
const users = [
  { id: 'U1', displayName: 'Ada', realName: 'Ada Lovelace', isAdmin: true },
  { id: 'U2', realName: 'Grace Hopper' },
  { id: 'U3', name: 'linus', isOwner: true },
];
const channel = { platform: 'slack' as const, workspace: fakeTeam, channel: fakeChannel };

let fake: FakeSlack | undefined;
let adapter: SlackAdapter | undefined;

afterEach(async () => {
  await adapter?.stop();
  await fake?.stop();
  adapter = undefined;
  fake = undefined;
});

/** A simple real handler: records every event and answers with the replies `answer` gives. */
function recordingHandler(answer: (event: Inbound) => Reply[] | Promise<Reply[]>) {
  const events: Inbound[] = [];
  return { events, handle: async (event: Inbound) => (events.push(event), answer(event)) };
}

async function startSocket(answer: (event: Inbound) => Reply[] | Promise<Reply[]>) {
  fake = await FakeSlack.start(users);
  adapter = createSlackAdapter({
    botToken: 'xoxb-test',
    appToken: 'xapp-test',
    apiUrl: fake.apiUrl,
    logger,
    retry: fastRetry,
    socketPingTimeoutMs: 400,
    userLookupPaceMs: 10,
  });
  const handler = recordingHandler(answer);
  await adapter.start(handler.handle);
  await fake.socket.connected();
  return { fake, adapter, events: handler.events };
}

/** Every mrkdwn text object in a list of blocks (the only place Slack parses mentions and links). */
function mrkdwnTexts(blocks: unknown): string[] {
  const found: string[] = [];
  const visit = (node: unknown): void => {
    if (Array.isArray(node)) return node.forEach(visit);
    if (typeof node !== 'object' || node === null) return;
    const record = node as Record<string, unknown>;
    if (record.type === 'mrkdwn' && typeof record.text === 'string') found.push(record.text);
    Object.values(record).forEach(visit);
  };
  visit(blocks);
  return found;
}

const hostile: Message = {
  title: 'Question of the day <!here>',
  body: 'Which service? Note says <!channel> & @here <https://evil.example|click me>',
  choices: [
    { id: 'r1:0', label: 'A', text: 'Amazon <S3>' },
    { id: 'r1:1', label: 'B', text: 'EBS & EFS' },
  ],
  fields: [{ label: 'Source', value: 'notes.md <#C123>' }],
  context: 'Closes 17:00 UTC · 0 answers so far',
};

describe('Slack adapter over Socket Mode (real bolt, fake Slack)', () => {
  it('turns a slash command into a CommandEvent and answers through respond, acked at once', async () => {
    const { fake, events } = await startSocket(async () => {
      await new Promise((resolve) => setTimeout(resolve, 600)); // a slow core must not delay the ack
      return [
        { visibility: 'private', message: { body: 'Max object size: 5 TB' } },
        { visibility: 'channel', message: { title: 'Leaderboard', body: '1. Ada 10' } },
      ];
    });
    const ack = await fake.sendCommand({ user: 'U1', userName: 'ada.l', command: '/limit', text: '  s3 object size ' });
    expect(ack.payload).toEqual({});
    expect(ack.ackMs).toBeLessThan(500);
    await fake.waitFor('two responses', () => fake.responses.length === 2);
    expect(events).toEqual([
      {
        type: 'command',
        command: 'limit',
        text: 's3 object size',
        user: { platform: 'slack', workspace: fakeTeam, user: 'U1', name: 'Ada' },
        channel,
      },
    ]);
    expect(fake.responses.map((r) => r.body.response_type)).toEqual(['ephemeral', 'in_channel']);
    expect(fake.responses[0]?.body.text).toBe('Max object size: 5 TB');
    expect(JSON.stringify(fake.responses[1]?.body.blocks)).toContain('"type":"header"');
  });

  it("maps /prepbot-help to the core's help command and every command is acked within 3 s", async () => {
    const { fake, events } = await startSocket(() => [{ visibility: 'private', message: { body: 'help text' } }]);
    const commands = ['/prepbot-help', '/quiz', '/define', '/score', '/leaderboard', '/prepbot'];
    const acks = await Promise.all(
      commands.map((command, i) => fake.sendCommand({ user: 'U2', command, text: i === 5 ? 'help' : '' })),
    );
    for (const ack of acks) expect(ack.ackMs).toBeLessThan(3000);
    await fake.waitFor('all events', () => events.length === commands.length);
    expect(events.map((e) => (e.type === 'command' ? e.command : '')).sort()).toEqual([
      'define',
      'help',
      'leaderboard',
      'prepbot',
      'quiz',
      'score',
    ]);
    expect(events.find((e) => e.type === 'command' && e.command === 'prepbot')).toMatchObject({
      text: 'help',
      user: { name: 'Grace Hopper' },
    });
  });

  it('turns a button click into a ChoiceEvent carrying the Choice.id; feedback is ephemeral and keeps the question', async () => {
    const { fake, events } = await startSocket(() => [{ visibility: 'private', message: { body: '✓ recorded: B' } }]);
    const ack = await fake.sendClick({
      user: 'U3',
      userName: 'linus.t',
      actionId: 'prepbot_choice_1',
      value: 'round-7:1',
    });
    expect(ack.ackMs).toBeLessThan(3000);
    await fake.waitFor('feedback', () => fake.responses.length === 1);
    // A first-time clicker gets the payload's user name at once; the display name is looked up meanwhile.
    expect(events).toEqual([
      {
        type: 'choice',
        choiceId: 'round-7:1',
        user: { platform: 'slack', workspace: fakeTeam, user: 'U3', name: 'linus.t' },
        channel,
      },
    ]);
    expect(fake.responses[0]?.body).toMatchObject({
      response_type: 'ephemeral',
      replace_original: false,
      text: '✓ recorded: B',
    });
    await fake.waitFor('the users.info lookup', () => fake.callsTo('users.info').length === 1);
    await fake.sendClick({ user: 'U3', userName: 'linus.t', actionId: 'prepbot_choice_0', value: 'round-7:0' });
    await fake.waitFor('second click', () => events.length === 2);
    expect(events[1]).toMatchObject({ choiceId: 'round-7:0', user: { name: 'linus' } });
  });

  it('answers with an apology when the core throws', async () => {
    const { fake } = await startSocket(() => {
      throw new Error('bug');
    });
    await fake.sendCommand({ user: 'U1', command: '/score' });
    await fake.waitFor('apology', () => fake.responses.length === 1);
    expect(fake.responses[0]?.body).toMatchObject({ response_type: 'ephemeral' });
    expect(String(fake.responses[0]?.body.text)).toMatch(/Sorry, something went wrong/);
  });

  it('posts Block Kit with escaped text, buttons carrying the choice ids, and the key in metadata; update keeps it current', async () => {
    const { fake, adapter } = await startSocket(() => []);
    const ref = await adapter.post(channel, hostile, 'round-1');
    const [call] = fake.callsTo('chat.postMessage');
    // mrkdwn (section texts, fields, the fallback text) is escaped; plain_text objects are never parsed.
    const mrkdwn = JSON.stringify([call?.args.text, ...mrkdwnTexts(call?.args.blocks)]);
    expect(mrkdwn).not.toMatch(/<!channel>|<!here>|<https:|<#C123>|<S3>/);
    const sent = JSON.stringify({ text: call?.args.text, blocks: call?.args.blocks });
    expect(sent).toContain('&lt;!channel&gt; &amp; @here &lt;https://evil.example|click me&gt;');
    expect(sent).toContain('*A.* Amazon &lt;S3&gt;');
    const blocks = call?.args.blocks as Array<Record<string, unknown>>;
    expect(blocks.map((b) => b.type)).toEqual(['header', 'section', 'section', 'actions', 'context']);
    expect(blocks[0]?.text).toEqual({ type: 'plain_text', text: 'Question of the day <!here>', emoji: true });
    expect(blocks[3]?.elements).toEqual([
      {
        type: 'button',
        action_id: 'prepbot_choice_0',
        text: { type: 'plain_text', text: 'A', emoji: true },
        value: 'r1:0',
      },
      {
        type: 'button',
        action_id: 'prepbot_choice_1',
        text: { type: 'plain_text', text: 'B', emoji: true },
        value: 'r1:1',
      },
    ]);
    expect(call?.args.metadata).toEqual({ event_type: 'prepbot_post', event_payload: { key: 'round-1' } });
    expect(ref).toEqual({ channel, messageId: fake.messages[0]?.ts });

    await adapter.update(ref, { ...hostile, context: 'Closes 17:00 UTC · 3 answers so far' });
    expect(fake.messages[0]?.edits).toBe(1);
    expect(JSON.stringify(fake.messages[0]?.blocks)).toContain('3 answers so far');
    expect(JSON.stringify(fake.messages[0]?.blocks)).not.toContain('<!channel>');
  });

  it('waits out a 429 with Retry-After and posts once', async () => {
    const { fake, adapter } = await startSocket(() => []);
    fake.failNext({ count: 1, status: 429, retryAfter: 1, method: 'chat.postMessage' });
    const started = Date.now();
    const ref = await adapter.post(channel, { body: 'q' }, 'round-429');
    expect(Date.now() - started).toBeGreaterThanOrEqual(950);
    expect(fake.callsTo('chat.postMessage').map((c) => c.status)).toEqual([429, 200]);
    expect(fake.messages).toHaveLength(1);
    expect(ref.messageId).toBe(fake.messages[0]?.ts);
  });

  it('does not double a post when Slack answers 500 after taking it, nor when the same key is posted again', async () => {
    const { fake, adapter } = await startSocket(() => []);
    fake.failNext({ count: 1, status: 500, method: 'chat.postMessage', afterProcessing: true });
    const ref = await adapter.post(channel, { body: 'q' }, 'round-500');
    expect(fake.messages).toHaveLength(1);
    expect(ref.messageId).toBe(fake.messages[0]?.ts);
    expect(fake.callsTo('conversations.history')).toHaveLength(1);
    const again = await adapter.post(channel, { body: 'q' }, 'round-500');
    expect(again).toEqual(ref);
    expect(fake.messages).toHaveLength(1);
  });

  it('after a crash, a post that may already be out is found in the history instead of posted again', async () => {
    const { fake, adapter: first } = await startSocket(() => []);
    const posted = await first.post(channel, { body: 'q' }, 'round-crash');
    await first.stop();
    // A new process, nothing in memory: the core says the round may have been posted since it was recorded.
    const restarted = createSlackAdapter({
      botToken: 'xoxb-test',
      appToken: 'xapp-test',
      apiUrl: fake.apiUrl,
      logger,
      retry: fastRetry,
      socketPingTimeoutMs: 400,
    });
    adapter = restarted;
    await restarted.start(recordingHandler(() => []).handle);
    const again = await restarted.post(channel, { body: 'q' }, 'round-crash', { mayExistSince: Date.now() - 60_000 });
    expect(again.messageId).toBe(posted.messageId);
    expect(fake.messages).toHaveLength(1);
    expect(fake.callsTo('conversations.history')).toHaveLength(1);
    // A key that was never posted is looked for, not found, and posted once.
    await restarted.post(channel, { body: 'q2' }, 'round-new', { mayExistSince: Date.now() - 60_000 });
    expect(fake.messages).toHaveLength(2);
  });

  it('a restart hours later in a busy channel finds its post behind 450 other messages (three pages) and posts nothing twice', async () => {
    const { fake, adapter: first } = await startSocket(() => []);
    const posted = await first.post(channel, { body: 'q' }, 'round-busy');
    await first.stop();
    fake.addChatter(channel.channel, 450);
    const restarted = createSlackAdapter({
      botToken: 'xoxb-test',
      appToken: 'xapp-test',
      apiUrl: fake.apiUrl,
      logger,
      retry: fastRetry,
      socketPingTimeoutMs: 400,
    });
    adapter = restarted;
    await restarted.start(recordingHandler(() => []).handle);
    const again = await restarted.post(channel, { body: 'q' }, 'round-busy', { mayExistSince: Date.now() - 60_000 });
    expect(again.messageId).toBe(posted.messageId);
    expect(fake.messages.filter((m) => m.metadata)).toHaveLength(1);
    const pages = fake.callsTo('conversations.history');
    expect(pages).toHaveLength(3);
    expect(pages.every((page) => Number(page.args.oldest) > 0)).toBe(true);
    expect(pages.slice(1).every((page) => typeof page.args.cursor === 'string')).toBe(true);
  });

  it('retries a 500 that did not take the post, and gives up with a typed error after a few tries', async () => {
    const { fake, adapter } = await startSocket(() => []);
    fake.failNext({ count: 2, status: 503, method: 'chat.postMessage' });
    await adapter.post(channel, { body: 'q' }, 'round-503');
    expect(fake.messages).toHaveLength(1);
    fake.failNext({ count: 4, status: 500, method: 'chat.postMessage' });
    await expect(adapter.post(channel, { body: 'q' }, 'round-down')).rejects.toMatchObject({
      name: 'SlackDeliveryError',
      code: 'http_500',
    });
    expect(fake.callsTo('chat.postMessage').filter((c) => c.status === 500)).toHaveLength(4);
    await expect(adapter.post({ ...channel, channel: '' }, { body: 'q' }, 'round-x')).rejects.toMatchObject({
      code: 'channel_not_found',
    });
    expect(adapter.health()).toMatchObject({ platform: 'slack', mode: 'socket', connected: true, postsFailed: 2 });
  });

  it('joins a public channel it is not in before posting; a private one it was not invited to fails with channel_not_found, for good', async () => {
    const { fake, adapter } = await startSocket(() => []);
    fake.notMemberOf.add('CPUBLIC');
    fake.notMemberOf.add('GPRIVATE');
    fake.privateChannels.add('GPRIVATE');
    await adapter.post({ ...channel, channel: 'CPUBLIC' }, { body: 'q' }, 'round-join');
    expect(fake.messages.map((m) => m.channel)).toEqual(['CPUBLIC']);
    expect(fake.callsTo('conversations.join').map((c) => c.args.channel)).toEqual(['CPUBLIC']);
    await expect(
      adapter.post({ ...channel, channel: 'GPRIVATE' }, { body: 'q' }, 'round-private'),
    ).rejects.toMatchObject({
      name: 'SlackDeliveryError',
      code: 'channel_not_found',
      lasting: true,
    });
  });

  it('looks names and admin flags up once per user with users.info', async () => {
    const { fake, adapter, events } = await startSocket(() => []);
    const ref = (user: string) => ({ platform: 'slack' as const, workspace: fakeTeam, user, name: '' });
    expect(await adapter.isAdmin(ref('U1'))).toBe(true);
    expect(await adapter.isAdmin(ref('U2'))).toBe(false);
    expect(await adapter.isAdmin(ref('U3'))).toBe(true);
    await fake.sendCommand({ user: 'U1', command: '/score' });
    await fake.sendCommand({ user: 'U1', command: '/score' });
    await fake.sendCommand({ user: 'U9', userName: 'ghost', command: '/score' });
    await fake.waitFor('three events', () => events.length === 3);
    expect(events.map((e) => e.user.name)).toEqual(['Ada', 'Ada', 'ghost']);
    expect(fake.callsTo('users.info').map((c) => c.args.user)).toEqual(['U1', 'U2', 'U3', 'U9']);
  });

  it('reconnects when Slack asks it to refresh the socket, and keeps taking commands', async () => {
    const { fake, adapter, events } = await startSocket(() => []);
    expect(adapter.health()).toMatchObject({ connected: true, connections: 1 });
    fake.socket.requestRefresh();
    await fake.waitFor(
      'a second connection',
      () => adapter.health().connections === 2 && fake.socket.connections === 2,
    );
    expect(adapter.health().connected).toBe(true);
    await fake.sendCommand({ user: 'U2', command: '/quiz', text: 'networking' });
    await fake.waitFor('the command', () => events.length === 1);
    expect(events[0]).toMatchObject({ command: 'quiz', text: 'networking' });
  });

  it('stops cleanly and idempotently', async () => {
    const { fake, adapter } = await startSocket(() => []);
    expect(fake.socket.connections).toBe(1);
    await adapter.stop();
    await adapter.stop();
    expect(adapter.health().connected).toBe(false);
  });
});

describe('Slack adapter over HTTP (bolt signature checks)', () => {
  const secret = 'signing-secret-for-tests';

  async function startHttp(answer: (event: Inbound) => Reply[]) {
    fake = await FakeSlack.start(users);
    adapter = createSlackAdapter({
      botToken: 'xoxb-test',
      signingSecret: secret,
      port: 0,
      apiUrl: fake.apiUrl,
      logger,
      retry: fastRetry,
    });
    const handler = recordingHandler(answer);
    await adapter.start(handler.handle);
    return { fake, url: `http://127.0.0.1:${adapter.health().port}/slack/events`, events: handler.events };
  }

  it('accepts signed commands and clicks and refuses unsigned, forged and stale ones with 401', async () => {
    const { fake, url, events } = await startHttp(() => [{ visibility: 'channel', message: { body: 'ok' } }]);
    const command = commandBody(
      slashCommandPayload({ user: 'U2', command: '/leaderboard', text: 'week' }, fake.responseUrl()),
    );
    for (const signing of ['unsigned', 'forged', 'stale'] as const) {
      expect((await sendToBolt(url, secret, command, signing)).status).toBe(401);
    }
    const accepted = await sendToBolt(url, secret, command);
    expect(accepted.status).toBe(200);
    expect(accepted.ms).toBeLessThan(3000);
    const click = interactiveBody(
      blockActionsPayload(
        { user: 'U1', userName: 'ada.l', actionId: 'prepbot_choice_2', value: 'r9:2' },
        fake.responseUrl(),
      ),
    );
    expect((await sendToBolt(url, secret, click, 'forged')).status).toBe(401);
    expect((await sendToBolt(url, secret, click)).status).toBe(200);
    await fake.waitFor('two responses', () => fake.responses.length === 2);
    expect(events).toEqual([
      {
        type: 'command',
        command: 'leaderboard',
        text: 'week',
        user: { platform: 'slack', workspace: fakeTeam, user: 'U2', name: 'Grace Hopper' },
        channel,
      },
      {
        type: 'choice',
        choiceId: 'r9:2',
        user: { platform: 'slack', workspace: fakeTeam, user: 'U1', name: 'ada.l' },
        channel,
      },
    ]);
    expect(fake.responses.map((r) => r.body.response_type)).toEqual(['in_channel', 'in_channel']);
  });

  it('refuses properly signed requests dated more than five minutes ahead with 401 (issue 13), and runs none of them', async () => {
    const { fake, url, events } = await startHttp(() => [{ visibility: 'channel', message: { body: 'ok' } }]);
    const command = commandBody(
      slashCommandPayload({ user: 'U2', command: '/leaderboard', text: 'week' }, fake.responseUrl()),
    );
    expect((await sendToBolt(url, secret, command, 'ahead-10m')).status).toBe(401);
    expect((await sendToBolt(url, secret, command, 'ahead-1d')).status).toBe(401);
    expect(events).toEqual([]);
    // A minute of clock skew is still fine.
    expect((await sendToBolt(url, secret, command, 'ahead-1m')).status).toBe(200);
    await fake.waitFor('the response', () => fake.responses.length === 1);
    expect(events).toHaveLength(1);
  });
});

describe('Slack adapter options', () => {
  it('refuses options with no way to receive events, and bad command names', () => {
    expect(() => createSlackAdapter({ botToken: 'xoxb', logger })).toThrow(/appToken .* or signingSecret/);
    expect(() =>
      createSlackAdapter({ botToken: 'xoxb', appToken: 'xapp', logger, commandNames: { quiz: 'quiz' } }),
    ).toThrow(/commandNames.quiz/);
    expect(() =>
      createSlackAdapter({ botToken: 'xoxb', appToken: 'xapp', logger, commandNames: { quiz: '/score' } }),
    ).toThrow(/already used/);
  });
});
