import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { builtCli, runBotToEnd, startBot, tempFolder } from '../fakes/bot-process.js';
import { bankDir, notesDir, rightLetter } from './console-helpers.js';
import { keys, PtyBot } from './console-pty.js';

/**
 * The terminal chat as a person meets it: `prepbot start` in a real pseudo-terminal (util-linux
 * `script`), typed at key by key. And the same bot with piped input, as scripts use it.
 */

let cli: string;
let folder: string;
const bots: PtyBot[] = [];

beforeAll(async () => {
  [cli, folder] = await Promise.all([builtCli(), tempFolder('prepbot-pty-')]);
}, 60_000);
afterAll(async () => {
  await Promise.all(bots.map((bot) => bot.dispose()));
  await rm(folder, { recursive: true, force: true });
});

/** Daily at midnight UTC, open for a week: a question of the day is open whenever the test runs. */
function env(storePath: string, extra: Record<string, string> = {}): Record<string, string> {
  return {
    STORE_PATH: storePath,
    NOTES_DIR: notesDir,
    QUESTIONS_DIR: bankDir,
    DEFAULT_SCHEDULE: '0 0 * * *',
    CLOSE_AFTER_HOURS: '168',
    ...extra,
  };
}

function start(storePath: string, extra?: Record<string, string>): PtyBot {
  const bot = new PtyBot(cli, env(storePath, extra), folder);
  bots.push(bot);
  return bot;
}

const questionOfTheDay = /Question of the day · \S.*\n(.+)\n {2}A\) .+\n {2}B\) .+\n {2}C\) .+\n {2}D\) .+\n/;

describe('the terminal chat in a real terminal', () => {
  it('welcomes, edits lines, answers practice and daily questions unambiguously, quits with 0, and shows the open question again after a restart', async () => {
    const storePath = join(folder, 'pty.json');
    const logFile = join(folder, 'prepbot.log');
    const bot = start(storePath);

    // The welcome: what this is, the open question, how to answer, help, quit, where the logs are.
    const welcome = await bot.prompt();
    expect(welcome).toContain('prepbot · terminal chat');
    expect(welcome).toContain('The question of the day is open, just below.');
    expect(welcome).toContain(
      'Answer a question by typing its letter. /help lists the commands; /quit leaves (Ctrl-C too).',
    );
    expect(welcome).toContain(`Logs go to ${logFile}`);
    const daily = questionOfTheDay.exec(welcome);
    expect(daily).not.toBeNull();
    const dailyRight = rightLetter(daily![1]!);
    // No log line in the chat: they went to the file.
    expect(bot.screen).not.toMatch(/knowledge loaded|prepbot is running|"level"/);
    expect(await readFile(logFile, 'utf8')).toContain('"msg":"prepbot is running"');

    // Line editing: a typo fixed with the arrow keys and backspace before Enter.
    bot.type('/limit lambda timoutx', keys.backspace, keys.left, keys.left, keys.left, 'e', keys.enter);
    expect(await bot.prompt()).toContain('Lambda — execution timeout\n15 minutes (900 seconds)');
    // History: Up brings the line back.
    bot.type(keys.up, keys.enter);
    expect(await bot.prompt()).toContain('Lambda — execution timeout\n15 minutes (900 seconds)');

    // Colour on a colour terminal: the title is bold (ESC [1m).
    expect(bot.raw).toContain('\x1b[1mLambda — execution timeout');

    // A practice question; its letter answers it, and the reply says so.
    bot.line('/quiz');
    const practice = await bot.prompt();
    expect(practice).toMatch(/Practice · .+\n.+\n {2}A\) /);
    const practiceStem = /Practice · .+\n(.+)\n/.exec(practice)![1]!;
    bot.line(rightLetter(practiceStem));
    expect(await bot.prompt()).toMatch(/Practice question · Right: [A-D]\. /);

    // The daily question's letter now: the practice question was shown last, so it goes there, says
    // so, and points to /daily.
    bot.line(dailyRight.toLowerCase());
    const misdirected = await bot.prompt();
    expect(misdirected).toContain('Practice question\nYou already answered that one.');
    expect(misdirected).toContain(`/daily B answers it`);

    // /daily shows the question of the day again; its letter then answers it.
    bot.line('/daily');
    expect(await bot.prompt()).toMatch(questionOfTheDay);
    bot.line(dailyRight);
    expect(await bot.prompt()).toContain(`Question of the day\n✓ Recorded your answer ${dailyRight}: right!`);

    // /help is written for the terminal.
    bot.line('/help');
    const help = await bot.prompt();
    expect(help).toContain('/daily [letter]');
    expect(help).toContain('/quit');
    expect(help).not.toContain('Click');

    bot.line('/quit');
    expect(await bot.exited).toBe(0);
    expect(bot.since).toContain('Bye.');
    const stored = JSON.parse(await readFile(storePath, 'utf8')) as {
      rounds: Record<string, { answers: Array<{ user: string }> }>;
    };
    expect(Object.values(stored.rounds).flatMap((r) => r.answers.map((a) => a.user))).toEqual(['console:local:you']);

    // A restart while the round is open: the welcome shows it again, with the answer given.
    const again = start(storePath);
    const rewelcome = await again.prompt();
    expect(rewelcome).toContain(`The question of the day is open, just below; you answered ${dailyRight}.`);
    expect(rewelcome).toContain(daily![0]!.split('\n')[1]!);
    expect(rewelcome).toMatch(questionOfTheDay);
    again.line('/daily a');
    expect(await again.prompt()).toMatch(/You already answered [A-D]; only your first answer counts\./);

    // Ctrl-C with a half-typed line ends the chat with exit 0.
    again.type('/lim', keys.ctrlC);
    expect(await again.exited).toBe(0);
  }, 60_000);

  it('before a question is due, says when the next one comes; Ctrl-D leaves with 0', async () => {
    const bot = start(join(folder, 'none.json'), { DEFAULT_SCHEDULE: '0 0 1 1 *', CLOSE_AFTER_HOURS: '1' });
    const welcome = await bot.prompt();
    expect(welcome).toMatch(
      /No question of the day is open now; the next one comes at .*01 Jan 00:00 UTC \(in \d+ (days|hours)\)\./,
    );
    expect(welcome).not.toContain('Question of the day ·');
    bot.line('b');
    expect(await bot.prompt()).toContain('There is no open question to answer. Try /quiz.');
    bot.type(keys.ctrlD);
    expect(await bot.exited).toBe(0);
  }, 30_000);
});

describe('the terminal chat under npm start', () => {
  // npm runs the bot as its child: what matters is that /quit and Ctrl-C still end with 0 through it.
  // A throw-away package whose start script runs the built bot stands in for prepbot's own.
  it.each([
    ['/quit', ['/quit', keys.enter]],
    ['Ctrl-C', [keys.ctrlC]],
  ])(
    '%s exits 0',
    async (name, presses) => {
      const pkg = join(folder, `npm-${name.replace(/\W/g, '')}`);
      await mkdir(pkg, { recursive: true });
      await writeFile(
        join(pkg, 'package.json'),
        JSON.stringify({ name: 'prepbot-under-npm', private: true, scripts: { start: `node '${cli}' start` } }),
      );
      const npmPath = `${dirname(process.execPath)}:${process.env.PATH ?? ''}`;
      const bot = new PtyBot(
        cli,
        env(join(pkg, 'store.json'), { PATH: npmPath, npm_config_update_notifier: 'false' }),
        pkg,
        'exec npm start --silent',
      );
      bots.push(bot);
      await bot.prompt();
      bot.type(...presses);
      expect(await bot.exited).toBe(0);
      expect(bot.since).toContain('Bye.');
    },
    30_000,
  );
});

describe('the terminal chat with piped input', () => {
  it('prints only the answer lines, with no welcome, no prompt, no escape code and no log line', async () => {
    const bot = await startBot(
      ['start'],
      {
        STORE_PATH: join(folder, 'piped.json'),
        NOTES_DIR: notesDir,
        QUESTIONS_DIR: bankDir,
        DEFAULT_SCHEDULE: '0 0 1 1 *',
        CLOSE_AFTER_HOURS: '1',
      },
      folder,
    );
    bot.proc.stdin!.end('/limit lambda timeout\n');
    const exit = await bot.exited;
    expect(exit.code).toBe(0);
    const lookup = await runBotToEnd(
      ['ask', '/limit lambda timeout'],
      { NOTES_DIR: notesDir, QUESTIONS_DIR: bankDir },
      folder,
    );
    expect(lookup.code).toBe(0);
    // The same lines `prepbot ask` prints for the command, each reply followed by a blank line.
    expect(bot.stdout).toBe(`${lookup.stdout.trimEnd()}\n\n`);
    expect(bot.stdout).toMatch(/^Lambda — execution timeout\n15 minutes \(900 seconds\)\n/);
    expect(bot.stdout).not.toMatch(/\x1b|prepbot · terminal chat|> /);
    // Logs stay on standard error at warn: nothing at info ("knowledge loaded", "prepbot is running").
    expect(bot.stderr).not.toMatch(/"level":30|knowledge loaded|prepbot is running/);
  }, 30_000);
});
