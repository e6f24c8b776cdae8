import { chmod, mkdir, readdir, readFile, rm, symlink, writeFile } from 'node:fs/promises';
import { createServer, type Server } from 'node:net';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { builtCli, tempFolder } from '../fakes/bot-process.js';
import { type CliResult, runCli, stackTrace } from './cli-child.js';

/**
 * Ordinary mistakes of a new user, made with the real `prepbot` command (compiled, in a child process,
 * in a working folder of its own): wrong folders for `generate`, `.env` files, bad settings, symlinked
 * and unreadable notes, a busy port. Each is said in words, with no stack trace, and nothing on disk
 * is lost.
 */

/** Who the unreadable-folder cases run as: root reads every folder, `nobody` does not. */
const nobody = 65534;
let folder: string;
let good: string;
let other: string;

const queuesNote = `# Queues

## Limits

- **Retention**: up to 14 days per message
- **Message size**: 1 KB to 256 KB
- **Visibility timeout**: up to 12 hours

**Dead-letter queue**: a queue that receives the messages that failed processing too many times.
`;
const storageNote = `# Storage

## Limits

- **Object size**: up to 5 TB per object
- **Buckets**: 100 per account by default
- **Part size**: 5 MB to 5 GB

**Bucket**: a container that holds stored objects under one name.
`;

beforeAll(async () => {
  [folder] = await Promise.all([tempFolder('prepbot-mistakes-'), builtCli()]);
  await chmod(folder, 0o755);
  good = join(folder, 'good');
  other = join(folder, 'other');
  await mkdir(good);
  await mkdir(other);
  await writeFile(join(good, 'queues.md'), queuesNote);
  await writeFile(join(other, 'storage.md'), storageNote);
}, 60_000);

afterAll(async () => {
  await rm(folder, { recursive: true, force: true });
});

/** A fresh working folder for one case (no `.env` unless the case writes one). */
async function workFolder(name: string): Promise<string> {
  const dir = join(folder, `case-${name.replace(/\W+/g, '-')}`);
  await mkdir(dir, { recursive: true });
  return dir;
}

function expectNoStack(result: CliResult): void {
  expect(result.stderr).not.toMatch(stackTrace);
  expect(result.stdout).not.toMatch(stackTrace);
}

/** Bank files as they are on disk: name → text. */
async function snapshot(dir: string): Promise<Record<string, string>> {
  const names = (await readdir(dir)).sort();
  return Object.fromEntries(
    await Promise.all(names.map(async (name) => [name, await readFile(join(dir, name), 'utf8')] as const)),
  );
}

describe('prepbot generate with a wrong notes folder or output folder', () => {
  it('refuses to replace a bank with nothing when the notes folder is empty, and leaves the bank as it was', async () => {
    const cwd = await workFolder('empty notes');
    const bank = join(cwd, 'bank');
    expect((await runCli(['generate', '--notes', good, '--out', bank], { cwd })).code).toBe(0);
    const before = await snapshot(bank);
    await mkdir(join(cwd, 'empty'));
    const result = await runCli(['generate', '--notes', join(cwd, 'empty'), '--out', bank], { cwd });
    expect(result.code).toBe(1);
    expect(result.stderr).toContain(
      `no questions from ${join(cwd, 'empty')}: no notes files (.md, .markdown, .txt) were found there; the bank in ${bank} (1 question file) was left as it is`,
    );
    expectNoStack(result);
    expect(await snapshot(bank)).toEqual(before);
  });

  it('refuses when the notes give no question at all (a folder of prose), and leaves the bank as it was', async () => {
    const cwd = await workFolder('prose notes');
    const bank = join(cwd, 'bank');
    await runCli(['generate', '--notes', good, '--out', bank], { cwd });
    const before = await snapshot(bank);
    await mkdir(join(cwd, 'prose'));
    await writeFile(join(cwd, 'prose', 'diary.md'), '# Diary\n\nToday I walked to the harbour and back.\n');
    const result = await runCli(['generate', '--notes', join(cwd, 'prose'), '--out', bank], { cwd });
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/its 1 notes files gave no question.*was left as it is/);
    expect(await snapshot(bank)).toEqual(before);
  });

  const failures: Array<{ name: string; args: (cwd: string) => Promise<string[]>; uid?: number; message: RegExp }> = [
    {
      name: 'a notes folder that does not exist',
      args: async () => ['--notes', '/no/such/notes'],
      message: /NOTES_DIR: the folder \/no\/such\/notes does not exist/,
    },
    {
      name: 'a notes "folder" that is a file',
      args: async (cwd) => (await writeFile(join(cwd, 'notes.md'), queuesNote), ['--notes', join(cwd, 'notes.md')]),
      message: /NOTES_DIR: .*notes\.md is a file, not a folder of notes/,
    },
    {
      name: '--out naming a file',
      args: async (cwd) => (
        await writeFile(join(cwd, 'bank.json'), '{}'),
        ['--notes', good, '--out', join(cwd, 'bank.json')]
      ),
      message: /cannot write the question bank to .*bank\.json: it \(or a folder above it\) is a file, not a folder/,
    },
    {
      name: '--out below a file',
      args: async (cwd) => (
        await writeFile(join(cwd, 'plain'), 'x'),
        ['--notes', good, '--out', join(cwd, 'plain', 'bank')]
      ),
      message: /cannot write the question bank to .*plain\/bank: it \(or a folder above it\) is a file/,
    },
    {
      name: '--out in a folder the user cannot write',
      uid: nobody,
      args: async (cwd) => (
        await mkdir(join(cwd, 'locked'), { mode: 0o755 }),
        ['--notes', good, '--out', join(cwd, 'locked', 'bank')]
      ),
      message:
        /cannot write the question bank to .*locked\/bank: it cannot be written \(EACCES\)\. Choose another folder with --out/,
    },
  ];
  for (const { name, args, uid, message } of failures) {
    it(`says what is wrong with ${name}, exit 1, no stack trace`, async () => {
      const cwd = await workFolder(name);
      await chmod(cwd, 0o777);
      const result = await runCli(['generate', ...(await args(cwd))], { cwd, ...(uid !== undefined ? { uid } : {}) });
      expect(result.code).toBe(1);
      expect(result.stderr).toMatch(message);
      expectNoStack(result);
    });
  }
});

describe('notes the walk has to think about', () => {
  it('reads a subfolder it cannot open as a warning, and still generates from the rest (as a user who cannot read it)', async () => {
    const cwd = await workFolder('unreadable subfolder');
    await chmod(cwd, 0o777);
    const notes = join(cwd, 'notes');
    await mkdir(join(notes, 'private'), { recursive: true });
    await writeFile(join(notes, 'queues.md'), queuesNote);
    await writeFile(join(notes, 'private', 'storage.md'), storageNote);
    await chmod(join(notes, 'private'), 0o700);
    const result = await runCli(['generate', '--notes', notes, '--out', join(cwd, 'bank')], { cwd, uid: nobody });
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/private:0: folder cannot be read \(EACCES\): skipped/);
    expect(result.stdout).toMatch(/queues\.md\s+[1-9]/);
    expectNoStack(result);
  });

  it('starts the bot over notes with an unreadable subfolder, warning about it', async () => {
    const cwd = await workFolder('start unreadable subfolder');
    await chmod(cwd, 0o777);
    const notes = join(cwd, 'notes');
    await mkdir(join(notes, 'private'), { recursive: true });
    await writeFile(join(notes, 'queues.md'), queuesNote);
    await chmod(join(notes, 'private'), 0o700);
    const result = await runCli(['start'], {
      cwd,
      uid: nobody,
      input: '/limit retention\n',
      env: {
        NOTES_DIR: notes,
        QUESTIONS_DIR: join(import.meta.dirname, '..', 'fixtures', 'questions'),
        STORE_PATH: join(cwd, 'store', 'prepbot.json'),
        LOG_LEVEL: 'warn',
      },
    });
    expect(result.code).toBe(0);
    expect(result.stderr).toContain('private:0: folder cannot be read (EACCES): skipped');
    expect(result.stdout).toContain('14 days');
    expectNoStack(result);
  });

  it('follows a symlinked notes file and a symlinked notes repo, reading each once', async () => {
    const cwd = await workFolder('symlinks');
    const notes = join(cwd, 'notes');
    await mkdir(notes);
    await symlink(join(good, 'queues.md'), join(notes, 'queues.md'));
    await symlink(other, join(notes, 'team-repo'));
    await symlink(other, join(notes, 'same-repo-again'));
    const result = await runCli(['generate', '--notes', notes, '--out', join(cwd, 'bank')], { cwd });
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/queues\.md\s+[1-9]/);
    expect(result.stdout).toMatch(/same-repo-again\/storage\.md\s+[1-9]|team-repo\/storage\.md\s+[1-9]/);
    expect(result.stdout).toMatch(
      /(team-repo|same-repo-again):0: same folder as (same-repo-again|team-repo), read once: skipped/,
    );
    expect(await readdir(join(cwd, 'bank'))).toContain('queues.json');
  });

  it('reports a symlink loop and a broken link, and still generates', async () => {
    const cwd = await workFolder('loop');
    const notes = join(cwd, 'notes');
    await mkdir(join(notes, 'sub'), { recursive: true });
    await writeFile(join(notes, 'sub', 'queues.md'), queuesNote);
    await symlink(notes, join(notes, 'sub', 'back-to-top'));
    await symlink(join(cwd, 'gone.md'), join(notes, 'gone.md'));
    const result = await runCli(['generate', '--notes', notes, '--out', join(cwd, 'bank')], { cwd });
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(
      /sub\/back-to-top:0: link loop: leads back to the notes folder, which is already being read: skipped/,
    );
    expect(result.stdout).toMatch(/gone\.md:0: link points to nothing readable \(ENOENT\): skipped/);
    expect(result.stdout).toMatch(/sub\/queues\.md\s+[1-9]/);
    expectNoStack(result);
  });
});

describe('settings from .env, for every subcommand', () => {
  it('generate takes NOTES_DIR and QUESTIONS_DIR from .env', async () => {
    const cwd = await workFolder('env generate');
    await writeFile(join(cwd, '.env'), `NOTES_DIR=${other}\nQUESTIONS_DIR=${join(cwd, 'q')}\n`);
    const result = await runCli(['generate'], { cwd });
    expect(result.code).toBe(0);
    expect(result.stdout).toContain(`notes file in ${other} → 1 file in ${join(cwd, 'q', 'generated')}`);
    expect(await readdir(join(cwd, 'q', 'generated'))).toEqual(['_source-notes.json', 'storage.json']);
  });

  it('ask takes NOTES_DIR from .env', async () => {
    const cwd = await workFolder('env ask');
    await writeFile(
      join(cwd, '.env'),
      `NOTES_DIR=${other}\nQUESTIONS_DIR=${join(import.meta.dirname, '..', 'fixtures', 'questions')}\n`,
    );
    const result = await runCli(['ask', '/limit object size'], { cwd });
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('5 TB');
  });

  it('ask with a command the bot does not know prints its reply and exits 2, so a script notices', async () => {
    const cwd = await workFolder('ask unknown');
    const result = await runCli(['ask', '/limti object size'], {
      cwd,
      env: { NOTES_DIR: other, QUESTIONS_DIR: join(import.meta.dirname, '..', 'fixtures', 'questions') },
    });
    expect(result.code).toBe(2);
    expect(result.stdout).toContain("I don't know /limti");
    expectNoStack(result);
  });

  it.each([
    [
      'an unknown subcommand of /prepbot',
      '/prepbot frobnicate',
      '"frobnicate" is not a prepbot command. Usage: /prepbot',
    ],
    ['a period that does not exist', '/leaderboard forever', '"forever" is not a period. Usage: /leaderboard'],
    ['a lookup with nothing to look up', '/limit', 'What should I look up? Usage: /limit'],
  ])('ask with %s prints the usage line and exits 2', async (_, command, reply) => {
    const cwd = await workFolder(`ask ${command}`);
    const result = await runCli(['ask', command], {
      cwd,
      env: { NOTES_DIR: other, QUESTIONS_DIR: join(import.meta.dirname, '..', 'fixtures', 'questions') },
    });
    expect(result.code).toBe(2);
    expect(result.stdout).toContain(reply);
    expectNoStack(result);
  });

  it('ask exits 2 when one line of many from standard input is not a command, after answering them all; an empty command is refused', async () => {
    const cwd = await workFolder('ask stdin');
    const env = { NOTES_DIR: other, QUESTIONS_DIR: join(import.meta.dirname, '..', 'fixtures', 'questions') };
    const mixed = await runCli(['ask'], { cwd, env, input: '/limit object size\n/leaderbord\n/quiz NoSuchTopic\n' });
    expect(mixed.code).toBe(2);
    expect(mixed.stdout).toContain('5 TB');
    expect(mixed.stdout).toContain("I don't know /leaderbord");
    expect(mixed.stdout).toContain('No questions on "NoSuchTopic"');
    // A command understood whose answer is "none" is not a mistake of the script's.
    expect((await runCli(['ask'], { cwd, env, input: '/limit object size\n\n/quiz NoSuchTopic\n' })).code).toBe(0);
    const empty = await runCli(['ask', ' '], { cwd, env });
    expect(empty.code).toBe(2);
    expect(empty.stderr).toContain('prepbot ask: the command is empty');
    expectNoStack(empty);
  });

  it('register needs no notes folder: without Discord tokens it asks for them, not for NOTES_DIR', async () => {
    const cwd = await workFolder('register no notes');
    const result = await runCli(['register'], { cwd });
    expect(result.code).toBe(1);
    expect(result.stderr).toBe(
      'prepbot register: set DISCORD_TOKEN and DISCORD_APP_ID (in .env or the environment) first.\n',
    );
  });

  it('a bad value in .env stops generate with the settings message', async () => {
    const cwd = await workFolder('env bad');
    await writeFile(join(cwd, '.env'), `NOTES_DIR=${good}\nLOG_LEVEL=loud\n`);
    const result = await runCli(['generate', '--out', join(cwd, 'bank')], { cwd });
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/LOG_LEVEL: /);
    expectNoStack(result);
  });
});

describe('prepbot start with bad settings', () => {
  const questions = join(import.meta.dirname, '..', 'fixtures', 'questions');
  const cases: Array<{ name: string; env: Record<string, string>; named: RegExp[] }> = [
    {
      name: 'ten bad values',
      env: {
        CLOSE_AFTER_HOURS: 'abc',
        PORT: '99999',
        LOG_LEVEL: 'loud',
        STORE_BACKUPS: '-1',
        RETENTION_DAYS: '0',
        HEALTH_PORT: 'x',
        FEEDBACK_AT_CLOSE: 'maybe',
        DEFAULT_SCHEDULE: '0 25 * * *',
        DEFAULT_TIMEZONE: 'Mars/Base',
        NOTES_DIR: '/no/such/notes',
      },
      named: [
        /CLOSE_AFTER_HOURS/,
        / {2}- PORT/,
        /LOG_LEVEL/,
        /STORE_BACKUPS/,
        /RETENTION_DAYS/,
        /HEALTH_PORT/,
        /FEEDBACK_AT_CLOSE/,
        /DEFAULT_SCHEDULE: .*hour field "25"/,
        /DEFAULT_TIMEZONE: "Mars\/Base" is not a known IANA timezone/,
        /NOTES_DIR: the folder \/no\/such\/notes does not exist/,
        /10 settings are invalid/,
      ],
    },
    {
      name: 'February 30',
      env: { DEFAULT_SCHEDULE: '30 2 30 2 *' },
      named: [/DEFAULT_SCHEDULE: "30 2 30 2 \*" never fires: day 30 of February \(at most 29 days\) never occurs/],
    },
    {
      name: 'the 31st of April and June',
      env: { DEFAULT_SCHEDULE: '0 9 31 4,6 *' },
      named: [/day 31 of April \(at most 30 days\), June \(at most 30 days\) never occurs/],
    },
    {
      name: 'a yes/no that is neither',
      env: { FEEDBACK_AT_CLOSE: 'sometimes' },
      named: [/FEEDBACK_AT_CLOSE: expected true or false \(also yes\/no, on\/off, 1\/0\)/],
    },
    {
      name: 'a Slack app token without its bot token, beside a bad port',
      env: { SLACK_APP_TOKEN: 'xapp-1', PORT: 'http' },
      named: [/SLACK_BOT_TOKEN: required when SLACK_APP_TOKEN/, / {2}- PORT/],
    },
    {
      name: 'a Discord token without its app id, beside a bad timezone',
      env: { DISCORD_TOKEN: 'abc', DEFAULT_TIMEZONE: 'Europe/Nowhere' },
      named: [/DISCORD_APP_ID: required with DISCORD_TOKEN/, /DEFAULT_TIMEZONE: "Europe\/Nowhere"/],
    },
  ];
  for (const { name, env, named } of cases) {
    it(`names every bad setting at once: ${name}`, async () => {
      const cwd = await workFolder(`settings ${name}`);
      const result = await runCli(['start'], {
        cwd,
        env: { NOTES_DIR: good, QUESTIONS_DIR: questions, STORE_PATH: join(cwd, 'prepbot.json'), ...env },
      });
      expect(result.code).toBe(1);
      for (const pattern of named) expect(result.stderr).toMatch(pattern);
      expectNoStack(result);
      expect(await readdir(cwd)).toEqual([]);
    });
  }

  for (const value of ['TRUE', 'Yes', 'on', 'False', 'OFF']) {
    it(`takes FEEDBACK_AT_CLOSE=${value} as a yes/no`, async () => {
      const cwd = await workFolder(`flag ${value}`);
      const result = await runCli(['start'], {
        cwd,
        input: '/limit retention\n',
        env: {
          NOTES_DIR: good,
          QUESTIONS_DIR: questions,
          STORE_PATH: join(cwd, 'prepbot.json'),
          LOG_LEVEL: 'warn',
          FEEDBACK_AT_CLOSE: value,
        },
      });
      expect(result.stderr).toBe('');
      expect(result.code).toBe(0);
      expect(result.stdout).toContain('14 days');
    });
  }
});

describe('a busy port', () => {
  let server: Server;
  let port: number;
  beforeAll(async () => {
    server = createServer();
    await new Promise<void>((resolve) => server.listen(0, resolve));
    port = (server.address() as { port: number }).port;
  });
  afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

  it('HEALTH_PORT in use: says so naming the setting, exit 1, the store untouched', async () => {
    const cwd = await workFolder('busy health port');
    const store = join(cwd, 'prepbot.json');
    const result = await runCli(['start'], {
      cwd,
      env: {
        NOTES_DIR: good,
        QUESTIONS_DIR: join(import.meta.dirname, '..', 'fixtures', 'questions'),
        STORE_PATH: store,
        LOG_LEVEL: 'warn',
        HEALTH_PORT: String(port),
      },
    });
    expect(result.code).toBe(1);
    expect(result.stderr).toContain(
      `HEALTH_PORT ${port} is already in use by another program (another prepbot?): stop that program or set HEALTH_PORT to a free port.`,
    );
    expectNoStack(result);
    // Stopped cleanly: its lock is gone, so a next start is not refused.
    expect((await readdir(cwd)).filter((name) => name.endsWith('.lock'))).toEqual([]);
  });
});
