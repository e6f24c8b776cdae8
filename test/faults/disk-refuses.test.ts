import { readFile, rm } from 'node:fs/promises';
import { PassThrough, Writable } from 'node:stream';
import { join } from 'node:path';
import { pino } from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runBot, type RunningBot } from '../../src/app/run-bot.js';
import { ManualClock } from '../../src/schedule/clock.js';
import { ManualScheduler } from '../../src/schedule/manual-scheduler.js';
import { loadSettings } from '../../src/settings/load-settings.js';
import { nodeFileSystem, type StoreFileSystem } from '../../src/store/store-file-system.js';
import { freePort, tempFolder } from '../fakes/bot-process.js';
import { FakeSlack } from '../fakes/slack/fake-slack.js';
import { childSigningSecret, slackChildEnv } from '../fakes/slack/slack-bot-child.js';
import { buttonsOf, shownText, SlackHttpDriver } from '../fakes/slack/slack-http-driver.js';

/**
 * The whole bot (runBot: settings → store → Slack adapter in HTTP mode → health endpoint) over a disk
 * that refuses writes for a while, as a full disk does (ENOSPC from the file system the store is given).
 */

let full = false;
/** The real file system, except that creating a file fails with ENOSPC while `full` is set. */
const diskThatFillsUp: StoreFileSystem = {
  ...nodeFileSystem,
  open: (async (path: string, flags?: string, mode?: number) => {
    if (full && flags === 'w')
      throw Object.assign(new Error(`ENOSPC: no space left on device, open '${path}'`), {
        code: 'ENOSPC',
        errno: -28,
        syscall: 'open',
      });
    return nodeFileSystem.open(path, flags, mode);
  }) as StoreFileSystem['open'],
};

const logLines: string[] = [];
const logger = pino(
  { level: 'info' },
  new Writable({
    write: (chunk: Buffer, _encoding, done) => (logLines.push(...chunk.toString('utf8').trim().split('\n')), done()),
  }),
);

let fake: FakeSlack;
let folder: string;
let bot: RunningBot;
let driver: SlackHttpDriver;
let healthUrl: string;
const storePath = () => join(folder, 'prepbot.json');

async function health() {
  const response = await fetch(healthUrl);
  return { status: response.status, body: (await response.json()) as { store: { state: string; lastError?: string } } };
}

async function clickReply(user: string, button: { action_id: string; value: string }): Promise<string> {
  const sent = await driver.click({ user, actionId: button.action_id, value: button.value });
  const [body] = await fake.waitFor(
    `the reply to ${user}'s click`,
    () => driver.replies(sent.replyId).length > 0 && driver.replies(sent.replyId),
  );
  return shownText(body);
}

async function answersOnDisk(): Promise<string[]> {
  const state = JSON.parse(await readFile(storePath(), 'utf8')) as {
    rounds: Record<string, { answers: Array<{ user: string }> }>;
  };
  return Object.values(state.rounds)
    .flatMap((round) => round.answers.map((answer) => answer.user))
    .sort();
}

beforeAll(async () => {
  [fake, folder] = await Promise.all([
    FakeSlack.start([{ id: 'UADMIN', displayName: 'Ada', isAdmin: true }]),
    tempFolder(),
  ]);
  const [port, healthPort] = [await freePort(), await freePort()];
  healthUrl = `http://127.0.0.1:${healthPort}/healthz`;
  const settings = loadSettings({ ...slackChildEnv(fake, port, storePath()), HEALTH_PORT: String(healthPort) });
  const io = { input: new PassThrough(), output: new PassThrough() };
  const clock = new ManualClock(new Date().toISOString());
  bot = await runBot({
    settings,
    io,
    clock,
    scheduler: new ManualScheduler(clock),
    logger,
    storeAccess: { fs: diskThatFillsUp, retry: { firstMs: 50, maxMs: 200 } },
  });
  driver = new SlackHttpDriver(fake, childSigningSecret, `http://127.0.0.1:${port}/slack/events`);
}, 30_000);

afterAll(async () => {
  full = false;
  await bot?.stop();
  await fake?.stop();
  await rm(folder, { recursive: true, force: true });
});

describe('when the disk refuses writes', () => {
  it('does not acknowledge an answer it could not save, keeps answering, tells admins, reports 503, and catches up when the disk is back', async () => {
    expect(await driver.ask({ user: 'UADMIN', command: '/prepbot', text: 'here' }, 15_000)).toMatch(
      /will post a question here/,
    );
    expect(await driver.ask({ user: 'UADMIN', command: '/prepbot', text: 'next' })).toMatch(/Posted a new question/);
    const right = buttonsOf(fake.messages.at(-1)!.blocks)[1]!;
    expect(await clickReply('UCAT', right)).toMatch(/✓ Recorded your answer B/);
    expect((await health()).status).toBe(200);

    full = true;
    const refused = await clickReply('UBOB', right);
    expect(refused).toMatch(/your answer could not be saved\. Please try again/);
    expect(refused).not.toMatch(/Recorded/);
    expect(logLines.some((line) => line.includes('"level":50') && line.includes('could not save an answer'))).toBe(
      true,
    );
    const failing = await health();
    expect(failing.status).toBe(503);
    expect(failing.body.store.state).toBe('failing');
    expect(failing.body.store.lastError).toMatch(/ENOSPC/);

    // Still running: lookups answer, admins are told what is wrong, other people are not.
    expect(await driver.ask({ user: 'UBOB', command: '/limit', text: 'function timeout' })).toMatch(
      /900 seconds|15 minutes/,
    );
    const adminReply = await driver.command({ user: 'UADMIN', command: '/prepbot', text: 'here' });
    const adminSees = await fake.waitFor(
      'both admin replies',
      () => driver.replies(adminReply.replyId).length >= 2 && driver.replies(adminReply.replyId).map(shownText),
    );
    expect(adminSees[0]).toMatch(/already posts here/);
    expect(adminSees[1]).toMatch(/prepbot cannot save its data[\s\S]*ENOSPC/);
    // Not only under /prepbot: whatever an admin asks, the warning comes with the answer.
    const adminLookup = await driver.command({ user: 'UADMIN', command: '/limit', text: 'function timeout' });
    const lookupSees = await fake.waitFor(
      'the lookup and the warning',
      () => driver.replies(adminLookup.replyId).length >= 2 && driver.replies(adminLookup.replyId).map(shownText),
    );
    expect(lookupSees[0]).toMatch(/900 seconds|15 minutes/);
    expect(lookupSees[1]).toMatch(/prepbot cannot save its data/);
    expect(await driver.ask({ user: 'UBOB', command: '/prepbot-help' })).not.toMatch(/cannot save/);
    // A command whose change cannot be saved says so, and is a warning in the log, not a program error.
    const practice = await driver.ask({ user: 'UBOB', command: '/quiz' });
    expect(practice).toContain(
      'Sorry, that could not be saved just now (prepbot cannot write its data file). Please try again in a moment.',
    );
    expect(practice).not.toMatch(/went wrong/);
    expect(
      logLines.some(
        (line) =>
          line.includes('"level":40') &&
          line.includes('a change could not be saved; the person was asked to try again'),
      ),
    ).toBe(true);
    expect(logLines.filter((line) => line.includes('handling an inbound event failed'))).toEqual([]);
    expect(await answersOnDisk()).toEqual(['slack:T0FAKE:UCAT']);

    full = false;
    await expect.poll(async () => (await health()).status, { timeout: 10_000 }).toBe(200);
    expect(logLines.some((line) => line.includes('works again'))).toBe(true);
    // The refused answer was taken back, so clicking again now counts; the admin warning is gone.
    expect(await clickReply('UBOB', right)).toMatch(/✓ Recorded your answer B/);
    expect(await answersOnDisk()).toEqual(['slack:T0FAKE:UBOB', 'slack:T0FAKE:UCAT']);
    const after = await driver.command({ user: 'UADMIN', command: '/prepbot', text: 'here' });
    await fake.waitFor('the admin reply', () => driver.replies(after.replyId).length > 0);
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(driver.replies(after.replyId).map(shownText).join('\n')).not.toMatch(/cannot save/);
  }, 40_000);
});
