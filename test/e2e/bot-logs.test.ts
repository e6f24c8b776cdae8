import { rm } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { builtCli, runBotToEnd, tempFolder } from '../fakes/bot-process.js';
import { FakeDiscord } from '../fakes/discord/fake-discord.js';
import { FakeSlack } from '../fakes/slack/fake-slack.js';
import { childBotToken, childSigningSecret, startSlackChild } from '../fakes/slack/slack-bot-child.js';
import { sendToBolt, commandBody } from '../fakes/slack/signed-request.js';
import { slashCommandPayload } from '../fakes/slack/slack-payloads.js';

/**
 * The real bot's logs (a child process, Slack HTTP mode and Discord, at the most verbose level) while
 * Slack calls fail with bodies that echo the bot token back: every line is pino JSON on standard error,
 * and no line holds the Slack token, the signing secret or the Discord token.
 */

let slack: FakeSlack;
let discord: FakeDiscord;
let folder: string;

beforeAll(async () => {
  [slack, discord, folder] = await Promise.all([
    FakeSlack.start([{ id: 'UADMIN', displayName: 'Ada', isAdmin: true }]),
    FakeDiscord.start(),
    tempFolder(),
    builtCli(),
  ]);
}, 60_000);

afterAll(async () => {
  await Promise.all([slack?.stop(), discord?.close(), folder && rm(folder, { recursive: true, force: true })]);
});

describe('logs of the running bot', () => {
  it('are JSON lines on standard error, and no token or secret appears even when Slack echoes the token in an error', async () => {
    const { bot, driver, port } = await startSlackChild(slack, join(folder, 'logs.json'), folder, {
      LOG_LEVEL: 'trace',
      DISCORD_TOKEN: discord.token,
      DISCORD_APP_ID: discord.appId,
      DISCORD_API_URL: discord.apiUrl,
    });
    try {
      await bot.waitFor('Discord to connect', () => bot.stderr.includes('"platforms":["slack","discord"]'));
      // The admin check fails with an error body carrying the token: the router logs it with its cause.
      slack.failNext({ count: 2, status: 200, error: 'invalid_auth', echoToken: true, method: 'users.info' });
      expect(await driver.ask({ user: 'UADMIN', command: '/prepbot', text: 'here' }, 15_000)).toMatch(
        /Sorry, something went wrong/,
      );
      expect(await driver.ask({ user: 'UADMIN', command: '/prepbot', text: 'here' }, 15_000)).toMatch(
        /will post a question here/,
      );
      // The post fails with a 5xx echoing the token, then goes through.
      slack.failNext({ count: 1, status: 500, echoToken: true, method: 'chat.postMessage' });
      expect(await driver.ask({ user: 'UADMIN', command: '/prepbot', text: 'next' }, 15_000)).toMatch(
        /Posted a new question/,
      );
      // A request with a forged signature is refused and logged by bolt.
      const forged = await sendToBolt(
        `http://127.0.0.1:${port}/slack/events`,
        childSigningSecret,
        commandBody(slashCommandPayload({ user: 'UADMIN', command: '/help' }, slack.responseUrl())),
        'forged',
      );
      expect(forged.status).toBe(401);
      bot.kill('SIGTERM');
      expect((await bot.exited).code).toBe(0);
    } finally {
      await bot.dispose();
    }

    const lines = bot.stderrLines;
    expect(bot.stdout).toBe('');
    expect(lines.length).toBeGreaterThan(20);
    for (const line of lines) expect(() => JSON.parse(line), line).not.toThrow();
    // The failures were logged, with the echoed token replaced by the logger's own censor.
    expect(lines.some((line) => line.includes('"level":50') && line.includes('invalid_auth (Bearer [redacted])'))).toBe(
      true,
    );
    expect(lines.some((line) => line.includes('chat.postMessage failed'))).toBe(true);
    const leaks = lines.filter((line) =>
      [childBotToken, childSigningSecret, discord.token].some((secret) => line.includes(secret)),
    );
    expect(leaks).toEqual([]);
  }, 60_000);

  it('a settings error printed at start names the setting, not the token next to it', async () => {
    const result = await runBotToEnd(
      ['start'],
      { DISCORD_TOKEN: discord.token, SLACK_BOT_TOKEN: childBotToken, STORE_PATH: join(folder, 'never.json') },
      folder,
    );
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/DISCORD_APP_ID: required with DISCORD_TOKEN/);
    expect(result.stderr).toMatch(/SLACK_APP_TOKEN/);
    expect(result.stderr).not.toContain(discord.token);
    expect(result.stderr).not.toContain(childBotToken);
  });
});
