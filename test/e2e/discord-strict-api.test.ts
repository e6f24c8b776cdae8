import { pino } from 'pino';
import { afterAll, afterEach, beforeAll, describe, expect, test } from 'vitest';
import { createDiscordAdapter, type DiscordAdapter } from '../../src/adapters/discord/discord-adapter.js';
import type { ChannelRef, Inbound, Reply } from '../../src/chat/message.js';
import { FakeDiscord, permissionBits, type FakeMember } from '../fakes/discord/fake-discord.js';
import { snowflake } from '../fakes/discord/snowflake.js';

/**
 * Issue 13, point 6 on Discord: the fake refuses what Discord refuses (a callback after 3 s: 10062, a
 * second one: 40060; 429s with retry_after; op 7, op 9 and close codes 4011/4014 on the gateway) and
 * the real discord.js under the adapter copes: people still get their answer, posts land once.
 */

const logger = pino({ level: 'silent' });
const bob: FakeMember = { id: '222222222222222222', username: 'bob', permissions: permissionBits.sendMessages };
const say = (body: string): Reply[] => [{ visibility: 'private', message: { body } }];

let fake: FakeDiscord;
let adapter: DiscordAdapter;
let channel: ChannelRef;
let core: (event: Inbound) => Promise<Reply[]> = async () => say('ok');

beforeAll(async () => {
  fake = await FakeDiscord.start();
  channel = { platform: 'discord', workspace: fake.guildId, channel: fake.channelId };
  adapter = createDiscordAdapter({
    token: fake.token,
    appId: fake.appId,
    apiUrl: fake.apiUrl,
    logger,
    retry: { attempts: 3, baseDelayMs: 10 },
  });
  await adapter.start((event) => core(event));
});

afterEach(() => {
  fake.rest.interactionDeadlineMs = 3000;
  core = async () => say('ok');
});

afterAll(async () => {
  await adapter?.stop();
  await fake?.close();
});

async function answerTo(name: string) {
  const interaction = fake.slashCommand(bob, name);
  const [reply] = await fake.rest.waitFor(
    () => fake.repliesTo(interaction).length > 0 && fake.repliesTo(interaction),
    8000,
  );
  return { interaction, reply: reply! };
}

describe('interaction deadlines', () => {
  test("a core slower than Discord's 3 s: the bot defers in time, the answer replaces the placeholder, nothing is refused", async () => {
    core = () => new Promise((resolve) => setTimeout(() => resolve(say('slow but here')), 3500));
    const { interaction, reply } = await answerTo('score');
    expect(reply.content).toBe('slow but here');
    expect((await fake.callbackFor(interaction)).msSinceDispatch).toBeLessThan(3000);
    expect(fake.rest.refusedCallbacks.filter((r) => r.interactionId === interaction.id)).toEqual([]);
  }, 10_000);

  test('a callback Discord refuses as too late (10062) is survived: the next command is answered', async () => {
    fake.rest.interactionDeadlineMs = 0;
    const late = fake.slashCommand(bob, 'help');
    await fake.rest.waitFor(() => fake.rest.refusedCallbacks.find((r) => r.interactionId === late.id));
    expect(fake.rest.refusedCallbacks.find((r) => r.interactionId === late.id)?.code).toBe(10062);
    fake.rest.interactionDeadlineMs = 3000;
    const { reply } = await answerTo('help');
    expect(reply.content).toBe('ok');
    expect(adapter.health().connected).toBe(true);
  });

  test('no interaction is ever acknowledged twice (40060)', () => {
    expect(fake.rest.refusedCallbacks.filter((r) => r.code === 40060)).toEqual([]);
  });
});

describe('rate limits', () => {
  test('every response carries X-RateLimit headers; a 429 with retry_after is waited out and the post lands once', async () => {
    const probe = await fetch(`${fake.apiUrl}/v10/gateway/bot`, { headers: { authorization: `Bot ${fake.token}` } });
    for (const header of [
      'x-ratelimit-limit',
      'x-ratelimit-remaining',
      'x-ratelimit-reset',
      'x-ratelimit-reset-after',
      'x-ratelimit-bucket',
    ])
      expect(probe.headers.get(header), header).not.toBeNull();
    fake.rest.inject({
      method: 'POST',
      pathPrefix: `/channels/${fake.channelId}/messages`,
      kind: { rateLimit: { retryAfterS: 0.4 } },
      times: 1,
    });
    const started = Date.now();
    const posted = await adapter.post(channel, { body: 'after the limit' }, `rl-${snowflake()}`);
    expect(Date.now() - started).toBeGreaterThanOrEqual(350);
    expect(
      fake.rest
        .channelMessages(fake.channelId)
        .filter((m) => m.content === 'after the limit')
        .map((m) => m.id),
    ).toEqual([posted.messageId]);
    expect(
      fake.rest.requests.filter(
        (r) =>
          r.method === 'POST' &&
          r.path === `/channels/${fake.channelId}/messages` &&
          r.body?.content === 'after the limit',
      ),
    ).toHaveLength(2);
  });

  test('a global 429 is waited out too', async () => {
    fake.rest.inject({
      method: 'POST',
      pathPrefix: `/channels/${fake.channelId}/messages`,
      kind: { rateLimit: { retryAfterS: 0.3, global: true } },
      times: 1,
    });
    await adapter.post(channel, { body: 'after the global limit' }, `rl-${snowflake()}`);
    expect(
      fake.rest.channelMessages(fake.channelId).filter((m) => m.content === 'after the global limit'),
    ).toHaveLength(1);
  });
});

describe('the gateway beyond the happy path', () => {
  test('op 7 Reconnect: the client resumes on resume_gateway_url and keeps answering', async () => {
    const resumes = fake.gateway.record.resumes.length;
    fake.gateway.requestReconnect();
    await waitUntil(() => fake.gateway.record.resumes.length > resumes && fake.gateway.connected);
    expect((await answerTo('help')).reply.content).toBe('ok');
  }, 15_000);

  test('op 9 Invalid Session, resumable: resumes; not resumable: identifies anew; both keep answering', async () => {
    const resumes = fake.gateway.record.resumes.length;
    fake.gateway.invalidateSession(true);
    await waitUntil(() => fake.gateway.record.resumes.length > resumes && fake.gateway.connected, 12_000);
    expect((await answerTo('help')).reply.content).toBe('ok');
    const identifies = fake.gateway.record.identifies.length;
    fake.gateway.invalidateSession(false);
    await waitUntil(() => fake.gateway.record.identifies.length > identifies && fake.gateway.connected, 12_000);
    expect((await answerTo('help')).reply.content).toBe('ok');
  }, 20_000);

  test.each([
    [4011, /Sharding is required/i],
    [4014, /Disallowed intent/i],
  ] as const)(
    'close code %i on identify: start fails with DiscordLoginError and the client does not retry',
    async (code, message) => {
      const local = await FakeDiscord.start();
      local.gateway.identifyCloseCode = code;
      const bot = createDiscordAdapter({ token: local.token, appId: local.appId, apiUrl: local.apiUrl, logger });
      try {
        await expect(bot.start(async () => [])).rejects.toMatchObject({
          name: 'DiscordLoginError',
          message: expect.stringMatching(message),
        });
        const connections = local.gateway.record.connections;
        await new Promise((resolve) => setTimeout(resolve, 1500));
        expect(local.gateway.record.connections).toBe(connections);
      } finally {
        await bot.stop();
        await local.close();
      }
    },
  );

  test('READY listing guilds: ready once their GUILD_CREATE arrives', async () => {
    const local = await FakeDiscord.start();
    local.gateway.readyGuilds = [{ id: local.guildId, name: 'Study group' }];
    const bot = createDiscordAdapter({ token: local.token, appId: local.appId, apiUrl: local.apiUrl, logger });
    try {
      await bot.start(async () => say('ok'));
      expect(bot.health().connected).toBe(true);
    } finally {
      await bot.stop();
      await local.close();
    }
  });
});

async function waitUntil(check: () => boolean, timeoutMs = 8000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!check()) {
    if (Date.now() > deadline) throw new Error('condition not met in time');
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}
