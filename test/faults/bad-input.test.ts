import { rm } from 'node:fs/promises';
import { PassThrough, Writable } from 'node:stream';
import { join } from 'node:path';
import { pino } from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Reply } from '../../src/chat/message.js';
import { runBot, type RunningBot } from '../../src/app/run-bot.js';
import { ManualClock } from '../../src/schedule/clock.js';
import { ManualScheduler } from '../../src/schedule/manual-scheduler.js';
import { loadSettings } from '../../src/settings/load-settings.js';
import { freePort, tempFolder } from '../fakes/bot-process.js';
import { FakeDiscord, permissionBits, type FakeMember } from '../fakes/discord/fake-discord.js';
import { FakeSlack } from '../fakes/slack/fake-slack.js';
import { childSigningSecret, slackChildEnv } from '../fakes/slack/slack-bot-child.js';
import { SlackHttpDriver } from '../fakes/slack/slack-http-driver.js';

/**
 * Hostile and broken input typed by people, through the whole bot (runBot with Slack in HTTP mode and
 * Discord, real router, quiz engine and fact desk): to the core directly, through Slack (signed
 * requests to bolt) and through Discord (interactions over the fake gateway). Every input gets one
 * short, clear, private reply; nothing is logged as an error; nothing can ping anyone.
 */

const inputs: Array<[string, string]> = [
  ['empty', ''],
  ['blank', '   \t  '],
  ['10,000 characters', 'timeout '.repeat(1250)],
  ['control characters', '\u0000\u0007\u001b[31m timeout \u0008\u007f'],
  ['right-to-left text and emoji', '\u202e🦄 שלום timeout 👩‍👩‍👧 \u200f'],
  [
    'markdown and mrkdwn injection',
    '*bold* _it_ ~x~ `code` ```block``` [link](http://evil.example) <http://evil.example|click> > quote',
  ],
  ['mention strings', '@everyone @here <!channel> <!here> <!everyone> <@U0ADMIN> <@&123456> <!subteam^S1>'],
];
/** Commands that take free text, as (Slack command, Discord command, Discord option name). */
const textCommands: Array<[string, string, string]> = [
  ['/limit', 'limit', 'words'],
  ['/define', 'define', 'term'],
  ['/quiz', 'quiz', 'topic'],
  ['/leaderboard', 'leaderboard', 'period'],
];

const errorLines: string[] = [];
const logger = pino(
  { level: 'error' },
  new Writable({ write: (chunk: Buffer, _encoding, done) => (errorLines.push(chunk.toString('utf8')), done()) }),
);
const admin: FakeMember = {
  id: '311111111111111111',
  username: 'ada',
  globalName: 'Ada',
  permissions: permissionBits.manageGuild | permissionBits.sendMessages,
};
const apology = /Sorry, something went wrong/;
/** What would notify people in Slack: special mentions, user/group/channel mentions, forged links. */
const slackPing = /<[!@#]|<https?:/;

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
    DISCORD_TOKEN: discord.token,
    DISCORD_APP_ID: discord.appId,
    DISCORD_API_URL: discord.apiUrl,
  });
  const clock = new ManualClock('2026-01-05T10:00:00Z');
  bot = await runBot({
    settings,
    io: { input: new PassThrough(), output: new PassThrough() },
    clock,
    scheduler: new ManualScheduler(clock),
    logger,
  });
  driver = new SlackHttpDriver(slack, childSigningSecret, `http://127.0.0.1:${port}/slack/events`);
}, 30_000);

afterAll(async () => {
  await bot?.stop();
  await Promise.all([slack?.stop(), discord?.close()]);
  await rm(folder, { recursive: true, force: true });
});

function expectShortClearReply(text: string, what: string): void {
  expect(text.trim().length, what).toBeGreaterThan(0);
  expect(text.length, what).toBeLessThan(1200);
  expect(text, what).not.toMatch(apology);
}

describe('bad input straight to the core', () => {
  const user = { platform: 'slack' as const, workspace: 'T0FAKE', user: 'UBOB', name: 'Bob' };
  const channel = { platform: 'slack' as const, workspace: 'T0FAKE', channel: 'C0QUIZ' };
  it.each(inputs)(
    '%s after every command, and as an unknown command, gets one short private reply',
    async (_, input) => {
      for (const command of [
        'limit',
        'define',
        'quiz',
        'score',
        'leaderboard',
        'help',
        'prepbot',
        input.slice(0, 40) || 'nothing',
        'frobnicate',
      ]) {
        const replies: Reply[] = await bot.core.router({ type: 'command', command, text: input, user, channel });
        expect(replies.length, command).toBeGreaterThanOrEqual(1);
        for (const reply of replies)
          expectShortClearReply(`${reply.message.title ?? ''} ${reply.message.body}`, command);
        expect(
          replies.every((reply) => reply.visibility === 'private'),
          command,
        ).toBe(true);
      }
      const click: Reply[] = await bot.core.router({ type: 'choice', choiceId: input, user, channel });
      expect(click.map((r) => r.message.body)).toEqual(['That button no longer works.']);
      expect(errorLines).toEqual([]);
    },
  );
});

describe('bad input through Slack', () => {
  it.each(inputs)('%s: each command answers privately and briefly, escaped so nothing pings', async (_, input) => {
    const commands = [...textCommands.map(([slash]) => slash), '/score', '/prepbot'];
    for (const command of commands) {
      const sent = await driver.command({ user: command === '/prepbot' ? 'UADMIN' : 'UBOB', command, text: input });
      expect(sent.status, command).toBe(200);
      const [body] = await slack.waitFor(
        `a reply to ${command}`,
        () => driver.replies(sent.replyId).length > 0 && driver.replies(sent.replyId),
      );
      expect(body, command).toMatchObject({ response_type: 'ephemeral' });
      expectShortClearReply(String(body!.text), command);
      expect(JSON.stringify(body), command).not.toMatch(slackPing);
    }
    expect(errorLines).toEqual([]);
  });
});

describe('bad input through Discord', () => {
  async function seen(interaction: { id: string; token: string }) {
    const callback = await discord.callbackFor(interaction);
    const messages =
      callback.body.type === 4
        ? [callback.body.data]
        : await discord.rest.waitFor(() => discord.repliesTo(interaction).length > 0 && discord.repliesTo(interaction));
    return messages as Array<{
      content?: string;
      embeds?: Array<Record<string, unknown>>;
      flags?: number;
      allowed_mentions?: unknown;
    }>;
  }

  it.each(inputs)('%s: each command answers privately and briefly, with mentions switched off', async (_, input) => {
    const interactions = [
      ...textCommands.map(([, name, option]) =>
        discord.slashCommand(admin, name, input === '' ? [] : [{ name: option, type: 3, value: input }]),
      ),
      // An old client can still send a subcommand that no longer exists.
      discord.slashCommand(admin, 'prepbot', [
        { name: 'frobnicate', type: 1, options: [{ name: 'cron', type: 3, value: input }] },
      ]),
    ];
    for (const interaction of interactions) {
      const messages = await seen(interaction);
      for (const message of messages) {
        expect(message.allowed_mentions).toEqual({ parse: [] });
        expect(message.flags ?? 0).toBe(64);
        const text = [message.content ?? '', ...(message.embeds ?? []).map((embed) => JSON.stringify(embed))].join(
          '\n',
        );
        expectShortClearReply(text, interaction.id);
        expect(text).not.toMatch(/@(everyone|here)/);
      }
    }
    expect(errorLines).toEqual([]);
  });
});
