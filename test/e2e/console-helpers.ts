import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import { runBot, type RunningBot } from '../../src/app/run-bot.js';
import { createLogger } from '../../src/logging/create-logger.js';
import { ManualClock } from '../../src/schedule/clock.js';
import { ManualScheduler } from '../../src/schedule/manual-scheduler.js';
import { loadSettings } from '../../src/settings/load-settings.js';
import bank from '../fixtures/console-bank/bank.json' with { type: 'json' };

export const bankDir = join(import.meta.dirname, '..', 'fixtures', 'console-bank');
export const notesDir = join(import.meta.dirname, '..', '..', 'data', 'notes');

/** A temporary folder for one test's store file. */
export async function tempStoreDir(): Promise<{ path: string; remove: () => Promise<void> }> {
  const dir = await mkdtemp(join(tmpdir(), 'prepbot-console-'));
  return { path: join(dir, 'prepbot.json'), remove: () => rm(dir, { recursive: true, force: true }) };
}

/**
 * The whole bot in console mode, as `npm start` runs it with no tokens, but with an injected clock and
 * streams: type lines with `say`, read what the terminal shows with `screen` / `waitFor`.
 */
export class ConsoleSession {
  private text = '';
  private mark = 0;
  readonly input = new PassThrough();
  readonly output = new PassThrough();
  bot!: RunningBot;

  private constructor(readonly clock: ManualClock) {
    this.output.on('data', (chunk: Buffer) => (this.text += chunk.toString('utf8')));
  }

  static async start(storePath: string, clock: ManualClock, env: Record<string, string> = {}): Promise<ConsoleSession> {
    const settings = loadSettings({
      NOTES_DIR: notesDir,
      QUESTIONS_DIR: bankDir,
      STORE_PATH: storePath,
      LOG_LEVEL: 'silent',
      ...env,
    });
    const logger = createLogger({ level: 'silent', secrets: [], pretty: false });
    const session = new ConsoleSession(clock);
    session.bot = await runBot({
      settings,
      io: { input: session.input, output: session.output },
      clock,
      scheduler: new ManualScheduler(clock),
      logger,
    });
    return session;
  }

  /** Everything shown since the last `say` (or since start). */
  get screen(): string {
    return this.text.slice(this.mark);
  }

  /** Everything shown since start. */
  get all(): string {
    return this.text;
  }

  /** Types one line, as a person at the terminal would. */
  say(line: string): void {
    this.mark = this.text.length;
    this.input.write(`${line}\n`);
  }

  /** Waits until the text since the last `say` matches. */
  async waitFor(pattern: RegExp | string, timeoutMs = 5_000): Promise<string> {
    const started = Date.now();
    const matches = () => (typeof pattern === 'string' ? this.screen.includes(pattern) : pattern.test(this.screen));
    while (!matches()) {
      if (Date.now() - started > timeoutMs)
        throw new Error(`timed out waiting for ${String(pattern)}; the terminal shows:\n${this.screen}`);
      await new Promise((resolve) => setTimeout(resolve, 5));
    }
    return this.screen;
  }

  /** Runs the minute check the cron job runs, at the clock's time. */
  async tick(): Promise<void> {
    this.mark = this.text.length;
    await this.bot.core.engine.tick();
  }

  async stop(): Promise<void> {
    await this.bot.stop();
  }
}

/** The letter of the right choice for the question shown in `text`, from the fixture bank. */
export function rightLetter(text: string): string {
  const question = bank.questions.find((q) => text.includes(q.stem));
  if (!question) throw new Error(`no fixture question in:\n${text}`);
  return 'ABCD'[question.answer]!;
}

/** A wrong letter for the question shown in `text`. */
export function wrongLetter(text: string): string {
  const right = rightLetter(text);
  return right === 'A' ? 'B' : 'A';
}
