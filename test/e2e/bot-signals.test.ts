import { readFile } from 'node:fs/promises';
import { connect } from 'node:net';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BotProcess, builtCli, tempFolder } from '../fakes/bot-process.js';
import { FakeSlack } from '../fakes/slack/fake-slack.js';
import { startSlackChild } from '../fakes/slack/slack-bot-child.js';
import { buttonsOf, shownText } from '../fakes/slack/slack-http-driver.js';

/**
 * `prepbot start` as a child process, stopped with SIGTERM or SIGINT the way a service manager, Docker
 * or Ctrl-C would: it must save what it acknowledged, send its held-back edits, close its connections
 * and exit 0 within 5 seconds.
 */

const fixtures = join(import.meta.dirname, '..', 'fixtures');
let fake: FakeSlack;
let folder: string;

beforeAll(async () => {
  [fake, folder] = await Promise.all([
    FakeSlack.start([{ id: 'UADMIN', displayName: 'Ada', isAdmin: true }]),
    tempFolder(),
    builtCli(),
  ]);
}, 60_000);

afterAll(async () => {
  await fake?.stop();
});

/** Whether anything still accepts TCP connections on the port. */
function accepts(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = connect(port, '127.0.0.1');
    socket.once('connect', () => (socket.destroy(), resolve(true)));
    socket.once('error', () => resolve(false));
  });
}

async function storedAnswers(storePath: string): Promise<string[]> {
  const state = JSON.parse(await readFile(storePath, 'utf8')) as {
    rounds: Record<string, { answers: Array<{ user: string }> }>;
  };
  return Object.values(state.rounds).flatMap((round) => round.answers.map((answer) => answer.user));
}

describe.each(['SIGTERM', 'SIGINT'] as const)('stopping the bot with %s', (signal) => {
  it('in Slack HTTP mode: the answer acknowledged just before is on disk, the count edit is sent, the port is closed, exit 0 within 5 s', async () => {
    const storePath = join(folder, `slack-${signal}.json`);
    const { bot, driver, port } = await startSlackChild(fake, storePath, folder);
    try {
      expect(await driver.ask({ user: 'UADMIN', command: '/prepbot', text: 'here' }, 15_000)).toMatch(
        /will post a question here/,
      );
      expect(await driver.ask({ user: 'UADMIN', command: '/prepbot', text: 'next' })).toMatch(/Posted a new question/);
      const question = fake.messages.at(-1)!;
      const button = buttonsOf(question.blocks)[1]!;
      const click = await driver.click({ user: 'UBOB', actionId: button.action_id, value: button.value });
      await fake.waitFor('the recorded answer', () =>
        driver.replies(click.replyId).some((body) => shownText(body).includes('✓ Recorded your answer B')),
      );

      bot.kill(signal);
      const exit = await bot.exited;

      console.info(`${signal}, Slack HTTP mode: exit ${exit.code} ${exit.msAfterSignal} ms after the signal`);
      expect(exit.code).toBe(0);
      expect(exit.msAfterSignal).toBeLessThan(5000);
      expect(await storedAnswers(storePath)).toEqual([`slack:T0FAKE:UBOB`]);
      // The answer-count edit is held back for 2 s to coalesce clicks; stopping sends it at once.
      expect(shownText(question.blocks)).toMatch(/1 answer/);
      expect(await accepts(port)).toBe(false);
      expect(bot.stderr).not.toMatch(/"level":(50|60)/);
    } finally {
      await bot.dispose();
    }
  }, 30_000);

  it('in console mode: the typed answer is on disk and the terminal chat ends, exit 0 within 5 s', async () => {
    const storePath = join(folder, `console-${signal}.json`);
    const bot = new BotProcess(
      await builtCli(),
      ['start'],
      {
        STORE_PATH: storePath,
        QUESTIONS_DIR: join(fixtures, 'questions'),
        NOTES_DIR: join(fixtures, 'fault-notes'),
        // Daily at midnight, open for a week: there is always a question when the terminal chat starts.
        DEFAULT_SCHEDULE: '0 0 * * *',
        CLOSE_AFTER_HOURS: '168',
        LOG_LEVEL: 'warn',
      },
      folder,
    );
    try {
      await bot.waitFor('the question of the day', () => /\bB\) /.test(bot.stdout));
      bot.proc.stdin!.write('b\n');
      await bot.waitFor('the recorded answer', () => bot.stdout.includes('✓ Recorded your answer B'));

      bot.kill(signal);
      const exit = await bot.exited;

      console.info(`${signal}, console mode: exit ${exit.code} ${exit.msAfterSignal} ms after the signal`);
      expect(exit.code).toBe(0);
      expect(exit.msAfterSignal).toBeLessThan(5000);
      expect(await storedAnswers(storePath)).toEqual(['console:local:you']);
      expect(bot.stderr).not.toMatch(/"level":(50|60)/);
    } finally {
      await bot.dispose();
    }
  }, 30_000);
});
