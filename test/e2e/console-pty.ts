import { type ChildProcess, spawn } from 'node:child_process';
import { tmpdir } from 'node:os';

/** Keys as a terminal sends them. */
export const keys = {
  enter: '\r',
  backspace: '\x7f',
  left: '\x1b[D',
  up: '\x1b[A',
  ctrlC: '\x03',
  ctrlD: '\x04',
} as const;

/** Escape sequences (colour, cursor moves, clears) and carriage returns removed: the text a person reads. */
function readable(raw: string): string {
  return raw.replace(/\x1b\[[0-9;?]*[A-Za-z]/g, '').replace(/\r/g, '');
}

/**
 * `prepbot start` in a real pseudo-terminal, as a person runs it in a terminal window: util-linux
 * `script` gives the child a pty (stdin and stdout are TTYs, readline goes raw), forwards what the
 * test types as key presses and copies the screen output back. `screen` is that output made readable.
 */
export class PtyBot {
  raw = '';
  private mark = 0;
  readonly proc: ChildProcess;
  readonly exited: Promise<number | null>;

  /** `prepbot start` from the built `cli`, or with `command` any shell command line (`npm start`). */
  constructor(
    cli: string,
    env: Record<string, string>,
    cwd: string,
    command = `exec '${process.execPath}' '${cli}' start`,
  ) {
    // -q: no "Script started" banner; -e: exit with the child's code; -f: flush at once; log to nowhere.
    this.proc = spawn('script', ['-q', '-e', '-f', '-c', command, '/dev/null'], {
      cwd,
      env: {
        PATH: process.env.PATH ?? '',
        HOME: process.env.HOME ?? tmpdir(),
        TERM: 'xterm-256color',
        COLUMNS: '120',
        LINES: '40',
        ...env,
      },
      stdio: ['pipe', 'pipe', 'pipe'],
    });
    this.proc.stdout!.on('data', (chunk: Buffer) => (this.raw += chunk.toString('utf8')));
    this.proc.stderr!.on('data', (chunk: Buffer) => (this.raw += chunk.toString('utf8')));
    this.exited = new Promise((resolve) => this.proc.once('exit', (code) => resolve(code)));
  }

  /** Everything shown since start, readable. */
  get screen(): string {
    return readable(this.raw);
  }

  /** What was shown since the last `type`. */
  get since(): string {
    return readable(this.raw.slice(this.mark));
  }

  /** Sends key presses (no Enter unless given). */
  type(...presses: string[]): void {
    this.mark = this.raw.length;
    for (const press of presses) this.proc.stdin!.write(press);
  }

  /** Types a line and presses Enter. */
  line(text: string): void {
    this.type(text, keys.enter);
  }

  /** Waits until the output since the last `type` matches, then returns it. */
  async waitFor(pattern: RegExp | string, timeoutMs = 10_000): Promise<string> {
    const deadline = Date.now() + timeoutMs;
    const matches = () => (typeof pattern === 'string' ? this.since.includes(pattern) : pattern.test(this.since));
    while (!matches()) {
      if (Date.now() > deadline || this.proc.exitCode !== null)
        throw new Error(`no ${String(pattern)} on the terminal, which shows:\n${this.since}`);
      await new Promise((resolve) => setTimeout(resolve, 10));
    }
    return this.since;
  }

  /** Waits for the prompt after the output so far (the chat is ready for the next line). */
  prompt(): Promise<string> {
    return this.waitFor(/\n> $/);
  }

  async dispose(): Promise<void> {
    if (this.proc.exitCode === null) this.proc.kill('SIGKILL');
    await this.exited;
  }
}
