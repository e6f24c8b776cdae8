import { type ChildProcess, spawn } from 'node:child_process';
import { tmpdir } from 'node:os';
import { builtCli } from '../fakes/bot-process.js';

/** How a child ended, with all it wrote. */
export interface CliResult {
  code: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
}

/** A stack trace as node prints one: "    at fn (file.js:1:2)" or a node:internal frame. */
export const stackTrace = /^\s+at .+(:\d+:\d+\)?|node:internal)/m;

/**
 * The compiled `prepbot` (or `command` when given, e.g. npm) as a child process, as a person runs it:
 * only the environment given (plus PATH and HOME), in `cwd`, optionally as another user (`uid`, so a
 * folder root could read stays unreadable). Lines go in with `type`; `waitFor` polls the output.
 */
export class CliChild {
  stdout = '';
  stderr = '';
  readonly proc: ChildProcess;
  readonly exited: Promise<CliResult>;

  constructor(program: string, args: string[], options: { env?: Record<string, string>; cwd: string; uid?: number }) {
    this.proc = spawn(program, args, {
      cwd: options.cwd,
      env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? tmpdir(), ...options.env },
      stdio: ['pipe', 'pipe', 'pipe'],
      ...(options.uid !== undefined ? { uid: options.uid, gid: options.uid } : {}),
    });
    this.proc.stdout!.on('data', (chunk: Buffer) => (this.stdout += chunk.toString('utf8')));
    this.proc.stderr!.on('data', (chunk: Buffer) => (this.stderr += chunk.toString('utf8')));
    this.exited = new Promise((resolve) =>
      this.proc.once('close', (code, signal) => resolve({ code, signal, stdout: this.stdout, stderr: this.stderr })),
    );
  }

  type(line: string): void {
    this.proc.stdin!.write(`${line}\n`);
  }

  /** Resolves once stdout or stderr (as `stream` says) matches; rejects when the child ends first. */
  async waitFor(pattern: RegExp, stream: 'stdout' | 'stderr' = 'stdout', timeoutMs = 15_000): Promise<string> {
    const deadline = Date.now() + timeoutMs;
    let ended = false;
    void this.exited.then(() => (ended = true));
    for (;;) {
      const text = this[stream];
      if (pattern.test(text)) return text;
      if (ended)
        throw new Error(
          `the child ended before ${pattern} on ${stream}:\nstdout: ${this.stdout}\nstderr: ${this.stderr}`,
        );
      if (Date.now() > deadline)
        throw new Error(
          `timed out waiting for ${pattern} on ${stream}:\nstdout: ${this.stdout}\nstderr: ${this.stderr}`,
        );
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
  }

  /** Kills the child (SIGKILL) if it still runs: test clean-up. */
  async dispose(): Promise<void> {
    if (this.proc.exitCode === null && this.proc.signalCode === null) this.proc.kill('SIGKILL');
    await this.exited;
  }
}

/** `prepbot <args>` from the compiled build, left running. */
export async function startCli(
  args: string[],
  options: { env?: Record<string, string>; cwd: string; uid?: number },
): Promise<CliChild> {
  return new CliChild(process.execPath, [await builtCli(), ...args], options);
}

/** `prepbot <args>` with `input` on stdin (then closed), run to its end. */
export async function runCli(
  args: string[],
  options: { env?: Record<string, string>; cwd: string; uid?: number; input?: string; timeoutMs?: number },
): Promise<CliResult> {
  const child = await startCli(args, options);
  child.proc.stdin!.end(options.input ?? '');
  const timer = setTimeout(() => child.proc.kill('SIGKILL'), options.timeoutMs ?? 20_000);
  const result = await child.exited;
  clearTimeout(timer);
  return result;
}
