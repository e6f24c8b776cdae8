import { existsSync } from 'node:fs';
import { mkdir, readFile, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type BotProcess, builtCli, freePort, tempFolder } from '../fakes/bot-process.js';
import { FakeDiscord } from '../fakes/discord/fake-discord.js';
import { FakeSlack } from '../fakes/slack/fake-slack.js';
import { startSlackChild } from '../fakes/slack/slack-bot-child.js';
import { buttonsOf, shownText, type SlackHttpDriver } from '../fakes/slack/slack-http-driver.js';

/**
 * `GET /healthz` of the real bot (a child process on Slack HTTP mode and Discord at once, against both
 * fakes): 200 with each adapter and the store while all is well; 503 naming the store problem while
 * the store's folder is gone (a real failure, no injection); 200 again once the folder is back and the
 * store has caught up.
 */

let slack: FakeSlack;
let discord: FakeDiscord;
let folder: string;
let bot: BotProcess;
let driver: SlackHttpDriver;
let healthUrl: string;
const dataDir = () => join(folder, 'data');
const storePath = () => join(dataDir(), 'prepbot.json');

interface Health {
  status: string;
  store: { state: string; lastError?: string; pendingChanges: number };
  adapters: Array<{ platform: string; connected: boolean }>;
}

async function health(): Promise<{ status: number; body: Health }> {
  const response = await fetch(healthUrl);
  return { status: response.status, body: (await response.json()) as Health };
}

beforeAll(async () => {
  [slack, discord, folder] = await Promise.all([
    FakeSlack.start([{ id: 'UADMIN', displayName: 'Ada', isAdmin: true }]),
    FakeDiscord.start(),
    tempFolder(),
    builtCli(),
  ]);
  const healthPort = await freePort();
  healthUrl = `http://127.0.0.1:${healthPort}/healthz`;
  ({ bot, driver } = await startSlackChild(slack, storePath(), folder, {
    HEALTH_PORT: String(healthPort),
    DISCORD_TOKEN: discord.token,
    DISCORD_APP_ID: discord.appId,
    DISCORD_API_URL: discord.apiUrl,
  }));
  await bot.waitFor(
    'the health endpoint and Discord',
    async () => (await health().catch(() => undefined))?.status === 200,
  );
}, 60_000);

afterAll(async () => {
  await bot?.dispose();
  await Promise.all([slack?.stop(), discord?.close(), folder && rm(folder, { recursive: true, force: true })]);
});

describe('GET /healthz on the running bot', () => {
  it('answers 200 and reports Slack, Discord and the store while all is well; other paths are 404', async () => {
    const { status, body } = await health();
    expect(status).toBe(200);
    expect(body.status).toBe('ok');
    expect(body.store).toEqual({ state: 'ok', pendingChanges: 0 });
    expect(body.adapters.map((a) => [a.platform, a.connected])).toEqual([
      ['slack', true],
      ['discord', true],
    ]);
    expect((await fetch(healthUrl.replace('/healthz', '/'))).status).toBe(404);
  });

  it('answers 503 naming the store problem while the store folder is gone, and 200 once it is back and saved', async () => {
    expect(await driver.ask({ user: 'UADMIN', command: '/prepbot', text: 'here' }, 15_000)).toMatch(
      /will post a question here/,
    );
    expect(await driver.ask({ user: 'UADMIN', command: '/prepbot', text: 'next' })).toMatch(/Posted a new question/);
    const button = buttonsOf(slack.messages.at(-1)!.blocks)[1]!;

    await rm(dataDir(), { recursive: true, force: true });
    const click = await driver.click({ user: 'UBOB', actionId: button.action_id, value: button.value });
    const [reply] = await slack.waitFor(
      'the reply to the click',
      () => driver.replies(click.replyId).length > 0 && driver.replies(click.replyId),
    );
    expect(shownText(reply)).toMatch(/could not be saved/);
    expect(shownText(reply)).not.toMatch(/Recorded/);

    const failing = await health();
    expect(failing.status).toBe(503);
    expect(failing.body.status).toBe('degraded');
    expect(failing.body.store.state).toBe('failing');
    expect(failing.body.store.lastError).toMatch(/ENOENT/);
    expect(failing.body.adapters.every((a) => a.connected)).toBe(true);
    expect(bot.stderr).toMatch(/could not save/);

    await mkdir(dataDir(), { recursive: true });
    // The store retries in the background (1 s, then doubling): it catches up on its own.
    await bot.waitFor('the store to catch up', async () => (await health()).status === 200, 15_000);
    expect(existsSync(storePath())).toBe(true);
    const saved = JSON.parse(await readFile(storePath(), 'utf8')) as {
      channels: Record<string, { enabled: boolean }>;
      rounds: Record<string, { answers: unknown[] }>;
    };
    expect(Object.values(saved.channels).map((c) => c.enabled)).toEqual([true]);
    // The answer that could not be saved was taken back, so the person can simply click again.
    expect(Object.values(saved.rounds).flatMap((r) => r.answers)).toEqual([]);
    const again = await driver.click({ user: 'UBOB', actionId: button.action_id, value: button.value });
    const [second] = await slack.waitFor(
      'the reply to the second click',
      () => driver.replies(again.replyId).length > 0 && driver.replies(again.replyId),
    );
    expect(shownText(second)).toMatch(/✓ Recorded your answer B/);
  }, 40_000);
});
