import { spawn } from 'node:child_process';
import { mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const root = join(import.meta.dirname, '..', '..');
const bankDir = join(root, 'test', 'fixtures', 'console-bank');

/** Runs `prepbot <args>` as a person would (from the source, through tsx), with `input` on stdin. */
function prepbot(args: string[], options: { input?: string; env?: Record<string, string> } = {}) {
  return new Promise<{ code: number | null; stdout: string; stderr: string }>((resolve) => {
    const child = spawn(process.execPath, ['--import', 'tsx', join(root, 'src', 'cli.ts'), ...args], {
      cwd: root,
      env: { PATH: process.env.PATH, LOG_LEVEL: 'warn', QUESTIONS_DIR: bankDir, ...options.env },
      stdio: ['pipe', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk));
    child.on('close', (code) => resolve({ code, stdout, stderr }));
    child.stdin.end(options.input ?? '');
  });
}

let work: string;
beforeAll(async () => {
  work = await mkdtemp(join(tmpdir(), 'prepbot-cli-'));
});
afterAll(() => rm(work, { recursive: true, force: true }));

describe('the prepbot command', () => {
  it('lists its subcommands in --help', async () => {
    const { code, stdout } = await prepbot(['--help']);
    expect(code).toBe(0);
    for (const command of ['start', 'generate', 'ask', 'register']) expect(stdout).toContain(command);
  });

  it('start with piped input and no tokens answers in the terminal and exits when input ends', async () => {
    const { code, stdout } = await prepbot(['start'], {
      input: '/limit lambda timeout\n',
      env: { STORE_PATH: join(work, 'piped', 'prepbot.json') },
    });
    expect(code).toBe(0);
    expect(stdout).toContain('15 minutes (900 seconds)');
    expect(stdout).toMatch(/Source: .*lambda/);
  });

  it('ask prints the chat reply for one command, and JSON lines for commands on standard input', async () => {
    const one = await prepbot(['ask', '/define eventbridge']);
    expect(one.code).toBe(0);
    expect(one.stdout.toLowerCase()).toContain('event bus');

    const many = await prepbot(['ask', '--json'], { input: '/limit lamda ram\n/define dyanmodb\n' });
    expect(many.code).toBe(0);
    const lines = many.stdout
      .trim()
      .split('\n')
      .map((line) => JSON.parse(line) as { command: string; text: string });
    expect(lines.map((l) => l.command)).toEqual(['/limit lamda ram', '/define dyanmodb']);
    expect(lines[0]!.text).toContain('10 GB');
    expect(lines[1]!.text).toContain('DynamoDB');
  });

  it('generate writes the bank and prints its summary as JSON', async () => {
    const out = join(work, 'generated');
    const { code, stdout } = await prepbot([
      'generate',
      '--notes',
      join(root, 'test', 'fixtures', 'notes'),
      '--out',
      out,
      '--json',
    ]);
    expect(code).toBe(0);
    const summary = JSON.parse(stdout) as { questions: number; byKind: Record<string, number> };
    expect(summary.questions).toBeGreaterThan(0);
    expect((await readdir(out)).filter((f) => f.endsWith('.json')).length).toBeGreaterThan(0);
  });

  it('refuses to start on invalid settings, naming every bad one in one message', async () => {
    const { code, stderr } = await prepbot(['start'], {
      env: { CLOSE_AFTER_HOURS: 'abc', PORT: '99999', STORE_PATH: join(work, 'never', 'prepbot.json') },
    });
    expect(code).toBe(1);
    expect(stderr).toContain('CLOSE_AFTER_HOURS');
    expect(stderr).toContain('PORT');
  });

  it('refuses to start when the notes folder does not exist, naming it', async () => {
    const { code, stderr } = await prepbot(['start', '--notes', join(work, 'no-such-notes')], {
      env: { STORE_PATH: join(work, 'x', 'prepbot.json') },
    });
    expect(code).toBe(1);
    expect(stderr).toContain('no-such-notes');
  });
});
