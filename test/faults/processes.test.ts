import { existsSync, readFileSync } from 'node:fs';
import { mkdir, readFile, rm, utimes, writeFile } from 'node:fs/promises';
import { hostname } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { builtCli, tempFolder } from '../fakes/bot-process.js';
import { CliChild, runCli, stackTrace, startCli } from './cli-child.js';

/**
 * The bot as processes meet it: two bots on one store, a holder killed with kill -9, `npm start`
 * stopped by a supervisor, a store whose last write fails, and a bank generated from other notes.
 * Every bot here is the real `prepbot start` (compiled) in console mode, in a child process.
 */

const questions = join(import.meta.dirname, '..', 'fixtures', 'questions');
const notes = join(import.meta.dirname, '..', 'fixtures', 'fault-notes');
let folder: string;
let cli: string;
const children: CliChild[] = [];
/** Processes a test started below a shell (npm, sleep, the bot): killed after each test. */
const strays: number[] = [];

beforeAll(async () => {
  [folder, cli] = await Promise.all([tempFolder('prepbot-processes-'), builtCli()]);
}, 60_000);

afterEach(async () => {
  for (const pid of strays.splice(0)) if (isRunning(pid)) process.kill(pid, 'SIGKILL');
  await Promise.all(children.splice(0).map((child) => child.dispose()));
});

afterAll(async () => {
  await rm(folder, { recursive: true, force: true });
});

async function caseFolder(name: string): Promise<string> {
  const dir = join(folder, name.replace(/\W+/g, '-'));
  await mkdir(dir, { recursive: true });
  return dir;
}

function consoleEnv(store: string, extra: Record<string, string> = {}): Record<string, string> {
  // debug, not info: a piped terminal chat lowers the default info to warn, and these tests wait for the info line "prepbot is running".
  return { NOTES_DIR: notes, QUESTIONS_DIR: questions, STORE_PATH: store, LOG_LEVEL: 'debug', ...extra };
}

/** A bot left running (stdin open), once it says it is running. */
async function runningBot(cwd: string, store: string): Promise<CliChild> {
  const bot = await startCli(['start'], { cwd, env: consoleEnv(store) });
  children.push(bot);
  await bot.waitFor(/prepbot is running/, 'stderr');
  return bot;
}

/** Practice question, answered right (the fault bank's answer is always B), in a running bot. */
async function practise(bot: CliChild): Promise<void> {
  const seen = bot.stdout.length;
  bot.type('/quiz');
  await bot.waitFor(new RegExp(`[\\s\\S]{${seen}}[\\s\\S]*Practice`));
  bot.type('B');
}

function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

/** The pid of a process below `pid` whose command line has `word` as one of its arguments (or its program's name). */
async function descendant(pid: number, word: string): Promise<number> {
  const children = (await readFile(`/proc/${pid}/task/${pid}/children`, 'utf8'))
    .trim()
    .split(/\s+/)
    .filter(Boolean)
    .map(Number);
  for (const child of children) {
    const command = await readFile(`/proc/${child}/cmdline`, 'utf8').catch(() => '');
    // npm rewrites its title, so its whole command line reads "npm start": compare the first word.
    const args = command.split('\0').flatMap((arg, index) => (index === 0 ? arg.split(' ').slice(0, 1) : [arg]));
    if (args.some((arg) => arg === word || arg.endsWith(`/${word}`))) return child;
    const deeper = await descendant(child, word).catch(() => undefined);
    if (deeper !== undefined) return deeper;
  }
  throw new Error(`no process below ${pid} runs ${word}`);
}

async function until(what: string, probe: () => boolean, timeoutMs = 5_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!probe()) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

describe('one store, one bot', () => {
  it('refuses a second bot on the same store, naming the first; the first keeps and saves every answer', async () => {
    const cwd = await caseFolder('two bots');
    const store = join(cwd, 'prepbot.json');
    const first = await runningBot(cwd, store);

    const second = await runCli(['start'], { cwd, env: consoleEnv(store), input: '/quiz\nB\n' });
    expect(second.code).toBe(1);
    expect(second.stderr).toContain(
      `Cannot open the store file ${store}: it is in use by prepbot process ${first.proc.pid} on ${hostname()}`,
    );
    expect(second.stderr).toContain('Stop the other one first, or set STORE_PATH to another file.');
    expect(second.stdout).not.toContain('Practice');
    expect(second.stderr).not.toMatch(stackTrace);

    await practise(first);
    await first.waitFor(/Right: B/);
    first.proc.stdin!.end();
    expect((await first.exited).code).toBe(0);
    const saved = JSON.parse(await readFile(store, 'utf8')) as { practice?: unknown };
    expect(JSON.stringify(saved)).toContain('fault-queue-retention');
    expect(existsSync(`${store}.lock`)).toBe(false);
  });

  it('takes over the lock of a bot killed with kill -9, and answers are saved again', async () => {
    const cwd = await caseFolder('stale lock');
    const store = join(cwd, 'prepbot.json');
    const crashed = await runningBot(cwd, store);
    crashed.proc.kill('SIGKILL');
    await crashed.exited;
    expect(JSON.parse(await readFile(`${store}.lock`, 'utf8'))).toMatchObject({
      pid: crashed.proc.pid,
      host: hostname(),
    });

    const next = await runCli(['start'], { cwd, env: consoleEnv(store, { LOG_LEVEL: 'warn' }), input: '/quiz\nB\n' });
    expect(next.code).toBe(0);
    expect(next.stdout).toContain('Right: B');
    expect(existsSync(`${store}.lock`)).toBe(false);
    expect(await readFile(store, 'utf8')).toContain('fault-queue-retention');
  });

  it('takes over a lock file left empty (a holder killed while creating it)', async () => {
    const cwd = await caseFolder('empty lock');
    const store = join(cwd, 'prepbot.json');
    await writeFile(`${store}.lock`, '');
    const next = await runCli(['start'], { cwd, env: consoleEnv(store, { LOG_LEVEL: 'warn' }), input: '/quiz\nB\n' });
    expect(next.code).toBe(0);
    expect(next.stdout).toContain('Right: B');
  });

  it('refuses a store locked from another host (a shared volume), naming it and the file to delete', async () => {
    const cwd = await caseFolder('other host');
    const store = join(cwd, 'prepbot.json');
    await writeFile(
      `${store}.lock`,
      JSON.stringify({
        pid: 4242,
        host: 'build-box-7',
        startedAt: '2026-11-30T08:00:00.000Z',
        command: 'prepbot start',
      }),
    );
    const result = await runCli(['start'], { cwd, env: consoleEnv(store) });
    expect(result.code).toBe(1);
    expect(result.stderr).toContain(
      'in use by prepbot process 4242 on build-box-7 (started 2026-11-30T08:00:00.000Z: prepbot start)',
    );
    expect(result.stderr).toContain(`If no prepbot is running there any more, delete ${store}.lock (or wait a minute`);
    expect(existsSync(store)).toBe(false);
  });

  it('takes over a lock from another host that no one has touched for over a minute (its container was killed and replaced)', async () => {
    const cwd = await caseFolder('abandoned other host');
    const store = join(cwd, 'prepbot.json');
    await writeFile(
      `${store}.lock`,
      JSON.stringify({
        pid: 1,
        host: 'old-container',
        startedAt: '2026-11-30T08:00:00.000Z',
        command: 'prepbot start',
      }),
    );
    const twoMinutesAgo = new Date(Date.now() - 120_000);
    await utimes(`${store}.lock`, twoMinutesAgo, twoMinutesAgo);
    const result = await runCli(['start'], { cwd, env: consoleEnv(store, { LOG_LEVEL: 'warn' }), input: '/quiz\nB\n' });
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('Right: B');
  });
});

describe('npm start under a supervisor', () => {
  it('SIGTERM to npm (which does not pass it on past its shell) stops the bot too, so a restart is not a second bot', async () => {
    const cwd = await caseFolder('npm start');
    const store = join(cwd, 'prepbot.json');
    await writeFile(
      join(cwd, 'package.json'),
      JSON.stringify({
        name: 'prepbot-npm-start',
        private: true,
        scripts: { start: `node ${JSON.stringify(cli)} start` },
      }),
    );
    // As a supervisor runs it: output to a file, input a pipe that stays open (not our socket, which
    // npm shuts down as it exits and so would end the terminal chat on its own).
    const shell = new CliChild('sh', ['-c', 'sleep 60 | exec npm start > npm.log 2>&1'], {
      cwd,
      env: consoleEnv(store, { npm_config_update_notifier: 'false' }),
    });
    children.push(shell);
    await until(
      'npm to start the bot',
      () => existsSync(join(cwd, 'npm.log')) && /prepbot is running/.test(readFileSync(join(cwd, 'npm.log'), 'utf8')),
      20_000,
    );
    const sleepPid = await descendant(shell.proc.pid!, 'sleep');
    strays.push(sleepPid);
    const npmPid = await descendant(shell.proc.pid!, 'npm');
    strays.push(npmPid);
    const botPid = await descendant(npmPid, cli);
    strays.push(botPid);

    process.kill(npmPid, 'SIGTERM');
    await until('the bot to stop after npm', () => !isRunning(botPid));
    expect(readFileSync(join(cwd, 'npm.log'), 'utf8')).toContain('npm, which started prepbot, has gone');
    expect(existsSync(`${store}.lock`)).toBe(false);

    const restarted = await runCli(['start'], {
      cwd,
      env: consoleEnv(store, { LOG_LEVEL: 'warn' }),
      input: '/quiz\nB\n',
    });
    expect(restarted.code).toBe(0);
    expect(restarted.stdout).toContain('Right: B');
  }, 40_000);
});

describe('the last store write fails', () => {
  it('exits 1 and says how many changes were not saved', async () => {
    const cwd = await caseFolder('last write');
    const storeFolder = join(cwd, 'store');
    const store = join(storeFolder, 'prepbot.json');
    const bot = await runningBot(cwd, store);
    await rm(storeFolder, { recursive: true, force: true });
    // Starting a practice question is a change to the store: it cannot be saved now.
    bot.type('/quiz');
    await bot.waitFor(/Sorry|try again/i);
    bot.proc.stdin!.end();
    const result = await bot.exited;
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(
      new RegExp(
        `prepbot: stopped, but the last save of ${store.replace(/[/.]/g, '\\$&')} failed \\(.*ENOENT.*\\): \\d+ changes? since the last successful save \\(answers, rounds, scores\\) were not saved`,
      ),
    );
  });
});

describe('a bank generated from other notes', () => {
  it('says so at start and under /prepbot, with the one command that brings them together; after it, nothing is said', async () => {
    const cwd = await caseFolder('drift');
    const mine = join(cwd, 'mynotes');
    const shipped = join(cwd, 'shipped');
    await mkdir(mine);
    await mkdir(shipped);
    await writeFile(join(shipped, 'functions.md'), await readFile(join(notes, 'functions.md')));
    await writeFile(
      join(mine, 'queues.md'),
      '# Queues\n\n## Limits\n\n- **Retention**: up to 14 days per message\n- **Message size**: 1 KB to 256 KB\n- **Visibility timeout**: up to 12 hours\n',
    );
    const bankDir = join(cwd, 'q');
    expect((await runCli(['generate', '--notes', shipped, '--out', join(bankDir, 'generated')], { cwd })).code).toBe(0);

    const env = { NOTES_DIR: mine, QUESTIONS_DIR: bankDir, STORE_PATH: join(cwd, 'prepbot.json'), LOG_LEVEL: 'warn' };
    const drifting = await runCli(['start'], { cwd, env, input: '/prepbot\n' });
    expect(drifting.code).toBe(0);
    const fix = `prepbot generate --notes ${mine} --out ${join(bankDir, 'generated')}`;
    expect(drifting.stderr).toContain(
      `The question bank in ${join(bankDir, 'generated')} was not generated from these notes: 1 notes file it came from is not in ${mine} (functions.md); 1 notes file in ${mine} is not in it (queues.md)`,
    );
    expect(drifting.stderr).toContain(fix);
    expect(drifting.stdout).toContain('The question bank does not match the notes');
    expect(drifting.stdout).toContain(fix);

    expect((await runCli(fix.split(' ').slice(1), { cwd })).code).toBe(0);
    const together = await runCli(['start'], { cwd, env, input: '/prepbot\n' });
    expect(together.stderr).toBe('');
    expect(together.stdout).not.toContain('does not match');

    await writeFile(
      join(mine, 'queues.md'),
      '# Queues\n\n## Limits\n\n- **Retention**: up to 7 days per message\n- **Message size**: 1 KB to 256 KB\n- **Visibility timeout**: up to 12 hours\n',
    );
    const edited = await runCli(['start'], { cwd, env });
    expect(edited.stderr).toContain('1 notes file changed since it was generated (queues.md)');
  }, 40_000);
});
