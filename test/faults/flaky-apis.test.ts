import { rm } from 'node:fs/promises';
import { PassThrough } from 'node:stream';
import { join } from 'node:path';
import { pino } from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runBot, type RunningBot } from '../../src/app/run-bot.js';
import { ManualClock } from '../../src/schedule/clock.js';
import { ManualScheduler } from '../../src/schedule/manual-scheduler.js';
import { loadSettings } from '../../src/settings/load-settings.js';
import { freePort, tempFolder } from '../fakes/bot-process.js';
import { FakeDiscord, permissionBits, type FakeMember } from '../fakes/discord/fake-discord.js';
import { FakeSlack } from '../fakes/slack/fake-slack.js';
import { childSigningSecret, slackChildEnv } from '../fakes/slack/slack-bot-child.js';
import { SlackHttpDriver } from '../fakes/slack/slack-http-driver.js';
import { fakeChannel } from '../fakes/slack/slack-payloads.js';

/**
 * The whole bot on Slack (HTTP mode) and Discord at once, with the daily round due at 09:00 while both
 * platforms misbehave: 5xx answers, a request that takes the post and never answers, a dropped
 * connection after the post was taken, a 429 with Retry-After. The round must be posted exactly once
 * on each platform, and the store must know both posts.
 */

const logger = pino({ level: 'silent' });
const admin: FakeMember = {
  id: '311111111111111111',
  username: 'ada',
  globalName: 'Ada',
  permissions: permissionBits.manageGuild | permissionBits.sendMessages,
};
const clock = new ManualClock('2026-01-05T08:50:00Z'); // a Monday
const scheduler = new ManualScheduler(clock);

let slack: FakeSlack;
let discord: FakeDiscord;
let folder: string;
let bot: RunningBot;
let driver: SlackHttpDriver;

beforeAll(async () => {
  [slack, discord, folder] = await Promise.all([
    FakeSlack.start([{ id: 'UADMIN', displayName: 'Ada', isAdmin: true }]),
    FakeDiscord.start(),
    tempFolder(),
  ]);
  const port = await freePort();
  const settings = loadSettings({
    ...slackChildEnv(slack, port, join(folder, 'prepbot.json')),
    DEFAULT_SCHEDULE: '0 9 * * 1-5',
    DISCORD_TOKEN: discord.token,
    DISCORD_APP_ID: discord.appId,
    DISCORD_API_URL: discord.apiUrl,
  });
  bot = await runBot({
    settings,
    io: { input: new PassThrough(), output: new PassThrough() },
    clock,
    scheduler,
    logger,
  });
  driver = new SlackHttpDriver(slack, childSigningSecret, `http://127.0.0.1:${port}/slack/events`);
}, 30_000);

afterAll(async () => {
  await bot?.stop();
  await Promise.all([slack?.stop(), discord?.close()]);
  await rm(folder, { recursive: true, force: true });
});

describe('the daily round while Slack and Discord misbehave', () => {
  it('is retried with back-off and posted exactly once on each platform', async () => {
    expect(await driver.ask({ user: 'UADMIN', command: '/prepbot', text: 'here' }, 15_000)).toMatch(
      /will post a question here/,
    );
    const here = discord.slashCommand(admin, 'prepbot', [{ name: 'here', type: 1, options: [] }]);
    await discord.rest.waitFor(() => discord.repliesTo(here).length > 0);

    // Slack: a 503, then a request that takes the post and never answers (the client times out after
    // 10 s); the retry finds the post in the channel's history instead of posting it again.
    slack.failNext({ count: 1, status: 503, method: 'chat.postMessage' });
    slack.failNext({ count: 1, status: 500, method: 'chat.postMessage', afterProcessing: true, hang: true });
    // Discord: two 502s, then the post is taken and the connection dropped before the answer.
    discord.rest.inject({
      method: 'POST',
      pathPrefix: `/channels/${discord.channelId}/messages`,
      kind: { status: 502 },
      times: 2,
    });
    discord.rest.inject({
      method: 'POST',
      pathPrefix: `/channels/${discord.channelId}/messages`,
      kind: 'drop',
      times: 1,
    });

    const started = Date.now();
    await scheduler.advance(11 * 60_000); // 09:01: the tick posts the round on both platforms
    const tookMs = Date.now() - started;

    const slackPosts = slack.messages.filter(
      (m) => m.channel === fakeChannel && m.metadata?.event_type === 'prepbot_post',
    );
    expect(slackPosts).toHaveLength(1);
    const discordPosts = discord.rest.channelMessages(discord.channelId);
    expect(discordPosts).toHaveLength(1);
    expect(slack.callsTo('chat.postMessage').length).toBeGreaterThanOrEqual(2);
    const rounds = Object.values(bot.core.store.data.rounds);
    expect(rounds).toHaveLength(2);
    expect(rounds.map((round) => round.post).sort()).toEqual([slackPosts[0]!.ts, discordPosts[0]!.id].sort());
    console.info(
      `flaky APIs: round posted once on Slack (${slack.callsTo('chat.postMessage').length} postMessage calls) and once on Discord in ${tookMs} ms`,
    );

    // A later tick (and a restart's tick) does not post again.
    await scheduler.advance(60_000);
    expect(slack.messages.filter((m) => m.metadata?.event_type === 'prepbot_post')).toHaveLength(1);
    expect(discord.rest.channelMessages(discord.channelId)).toHaveLength(1);
  }, 45_000);

  it('a 429 with Retry-After on the Slack post is waited out, then posted once', async () => {
    slack.failNext({ count: 1, status: 429, retryAfter: 1, method: 'chat.postMessage' });
    expect(await driver.ask({ user: 'UADMIN', command: '/prepbot', text: 'next' }, 15_000)).toMatch(
      /Posted a new question/,
    );
    expect(slack.callsTo('chat.postMessage').some((call) => call.status === 429)).toBe(true);
    // The old round's reveal and the new question: each key posted once.
    const posts = slack.messages.filter((m) => m.metadata?.event_type === 'prepbot_post');
    expect(posts).toHaveLength(3);
    expect(new Set(posts.map((m) => JSON.stringify(m.metadata?.event_payload))).size).toBe(3);
  }, 20_000);
});
