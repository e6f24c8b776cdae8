import { type ChildProcess, execFile, spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { mkdir, readdir, readFile, rename, rm, stat } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { createInterface } from 'node:readline';
import { promisify } from 'node:util';

const root = join(import.meta.dirname, '..', '..');
const srcDir = join(root, 'src');
const cacheDir = join(root, 'node_modules', '.cache', 'prepbot-test-bot');

/**
 * The prepbot command compiled to JavaScript, as `npm run build` makes it, but into a cache folder keyed
 * by the sources' content: test files that run the real bot as a child share one build, and a child
 * starts in ~0.6 s instead of ~1.9 s under tsx. Type errors do not stop the emit (tsc checks elsewhere).
 */
export async function builtCli(): Promise<string> {
  const outDir = join(cacheDir, await sourceHash());
  const cli = join(outDir, 'cli.js');
  if (existsSync(cli)) return cli;
  const building = `${outDir}.${process.pid}.${Date.now()}`;
  const tsc = join(root, 'node_modules', 'typescript', 'bin', 'tsc');
  await promisify(execFile)(
    process.execPath,
    [
      tsc,
      '-p',
      join(root, 'tsconfig.build.json'),
      '--noCheck',
      '--incremental',
      'false',
      '--sourceMap',
      'false',
      '--outDir',
      building,
    ],
    { cwd: root },
  ).catch((error: { stdout?: string }) => {
    // With --noCheck only syntax errors fail the build; the emit still happened for the rest.
    if (!existsSync(join(building, 'cli.js')))
      throw new Error(`could not build the bot for the test: ${error.stdout ?? String(error)}`);
  });
  // Another test file may have built the same sources meanwhile: either copy is fine.
  await rename(building, outDir).catch(() => rm(building, { recursive: true, force: true }));
  await pruneOldBuilds(outDir);
  return cli;
}

/** Removes builds of earlier sources not touched for an hour (one is made per change of src/). */
async function pruneOldBuilds(keep: string): Promise<void> {
  const hourAgo = Date.now() - 3_600_000;
  for (const name of await readdir(cacheDir)) {
    const path = join(cacheDir, name);
    if (path !== keep && (await stat(path)).mtimeMs < hourAgo) await rm(path, { recursive: true, force: true });
  }
}

async function sourceHash(): Promise<string> {
  const hash = createHash('sha256');
  const walk = async (dir: string): Promise<void> => {
    for (const entry of (await readdir(dir, { withFileTypes: true })).sort((a, b) => (a.name < b.name ? -1 : 1))) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) await walk(path);
      else if (entry.name.endsWith('.ts'))
        hash
          .update(relative(srcDir, path))
          .update('\0')
          .update(await readFile(path))
          .update('\0');
    }
  };
  await walk(srcDir);
  hash.update(await readFile(join(root, 'tsconfig.build.json'))).update(await readFile(join(root, 'tsconfig.json')));
  return hash.digest('hex').slice(0, 16);
}

/** A TCP port that was free a moment ago on 127.0.0.1. */
export async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.address() as { port: number }).port;
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}

/** A fresh temporary folder (for a store file and the child's working directory). */
export async function tempFolder(prefix = 'prepbot-faults-'): Promise<string> {
  const dir = join(tmpdir(), `${prefix}${process.pid}-${Math.random().toString(36).slice(2)}`);
  await mkdir(dir, { recursive: true });
  return dir;
}

/** How a child bot ended. */
export interface BotExit {
  code: number | null;
  signal: NodeJS.Signals | null;
  /** Milliseconds from `kill()` (if it was called) to the exit. */
  msAfterSignal?: number;
}

/**
 * `prepbot <args>` running as a child process with exactly the environment given (plus PATH and
 * HOME), in its own working folder so no `.env` is picked up. Collects standard error line by line.
 */
export class BotProcess {
  readonly stderrLines: string[] = [];
  stdout = '';
  readonly exited: Promise<BotExit>;
  readonly proc: ChildProcess;
  #signalledAt: number | undefined;

  constructor(cli: string, args: string[], env: Record<string, string>, cwd: string) {
    this.proc = spawn(process.execPath, [cli, ...args], {
      cwd,
      env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? tmpdir(), ...env },
      stdio: ['pipe', 'pipe', 'pipe'],
    });
    this.proc.stdout!.on('data', (chunk: Buffer) => (this.stdout += chunk.toString('utf8')));
    createInterface({ input: this.proc.stderr! }).on('line', (line) => this.stderrLines.push(line));
    const stderrClosed = new Promise<void>((resolve) => this.proc.stderr!.once('close', () => resolve()));
    this.exited = new Promise<BotExit>((resolve) => {
      this.proc.once('exit', (code, signal) => {
        const at = Date.now();
        // Wait for the last stderr lines too, so a test reads everything the child wrote.
        void stderrClosed.then(() =>
          resolve({
            code,
            signal,
            ...(this.#signalledAt !== undefined ? { msAfterSignal: at - this.#signalledAt } : {}),
          }),
        );
      });
    });
  }

  /** Everything written to standard error so far. */
  get stderr(): string {
    return this.stderrLines.join('\n');
  }

  /** Sends a signal; the exit's `msAfterSignal` counts from here. */
  kill(signal: NodeJS.Signals): void {
    this.#signalledAt ??= Date.now();
    this.proc.kill(signal);
  }

  /** Resolves once `probe` holds, polling every 10 ms; rejects when the child exits first or after `timeoutMs`. */
  async waitFor<T>(
    what: string,
    probe: () => T | undefined | false | Promise<T | undefined | false>,
    timeoutMs = 15_000,
  ): Promise<T> {
    const deadline = Date.now() + timeoutMs;
    let gone = false;
    void this.exited.then(() => (gone = true));
    for (;;) {
      const value = await probe();
      if (value !== undefined && value !== false) return value;
      if (gone) throw new Error(`the bot exited while waiting for ${what}:\n${this.stderr}`);
      if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}:\n${this.stderr}`);
      await new Promise((resolve) => setTimeout(resolve, 10));
    }
  }

  /** Waits until an HTTP server answers on `url` (any status). */
  waitForHttp(url: string, timeoutMs?: number): Promise<true> {
    const probe = async () => {
      try {
        const response = await fetch(url, { method: 'POST', body: '' });
        await response.body?.cancel();
        return true as const;
      } catch {
        return false as const;
      }
    };
    return this.waitFor(`${url} to answer`, probe, timeoutMs);
  }

  /** SIGKILLs the child if it is still running (test clean-up). */
  async dispose(): Promise<void> {
    if (this.proc.exitCode === null && this.proc.signalCode === null) this.proc.kill('SIGKILL');
    await this.exited;
  }
}

/** Runs `prepbot <args>` from the compiled build; see BotProcess. */
export async function startBot(args: string[], env: Record<string, string>, cwd: string): Promise<BotProcess> {
  return new BotProcess(await builtCli(), args, env, cwd);
}

/** Runs `prepbot <args>` to its end and returns its exit code and output. */
export async function runBotToEnd(
  args: string[],
  env: Record<string, string>,
  cwd: string,
  timeoutMs = 20_000,
): Promise<{ code: number | null; stdout: string; stderr: string }> {
  const bot = await startBot(args, env, cwd);
  bot.proc.stdin!.end();
  const timer = setTimeout(() => bot.proc.kill('SIGKILL'), timeoutMs);
  const exit = await bot.exited;
  clearTimeout(timer);
  return { code: exit.code, stdout: bot.stdout, stderr: bot.stderr };
}
