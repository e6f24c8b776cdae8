import { closeSync, mkdirSync, openSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { Readable, Writable } from 'node:stream';
import { ConsoleAdapter, consoleChannel } from '../adapters/console/console-adapter.js';
import type { Settings } from '../settings/settings-schema.js';
import type { Core } from './load-core.js';
import type { Adapter } from './pick-adapters.js';

/** The terminal the console chat talks through. */
export interface ConsoleIo {
  input: Readable;
  output: Writable;
  /** A person at a terminal (welcome, prompt, line editing); default: both streams are terminals. */
  interactive?: boolean;
  /** Where the logs go, named in the welcome. */
  logFile?: string;
}

/** Where the process logs: standard error unless `file` is set. */
export interface LogDestination {
  level: Settings['LOG_LEVEL'];
  file?: string;
}

/** The chat runs in the terminal when no chat platform has its tokens. */
export function usesTerminalChat(
  settings: Pick<Settings, 'SLACK_BOT_TOKEN' | 'DISCORD_TOKEN' | 'DISCORD_APP_ID'>,
): boolean {
  return !settings.SLACK_BOT_TOKEN && !(settings.DISCORD_TOKEN && settings.DISCORD_APP_ID);
}

/**
 * The process's own terminal and where logs go, so that they never interleave with the terminal chat:
 * with a person at the terminal, into `prepbot.log` beside the store file (named in the welcome;
 * standard error at warn if that file cannot be opened); with piped input or output, on standard
 * error, the default level info lowered to warn (as `prepbot ask` does). With a chat platform, the
 * logs stay on standard error at LOG_LEVEL.
 */
export function processTerminal(
  settings: Settings,
  streams: { input: Readable & { isTTY?: boolean }; output: Writable & { isTTY?: boolean } } = {
    input: process.stdin,
    output: process.stdout,
  },
): { io: ConsoleIo; log: LogDestination } {
  const { input, output } = streams;
  if (!usesTerminalChat(settings)) return { io: { input, output }, log: { level: settings.LOG_LEVEL } };
  const interactive = input.isTTY === true && output.isTTY === true;
  const quiet = settings.LOG_LEVEL === 'info' ? 'warn' : settings.LOG_LEVEL;
  if (!interactive) return { io: { input, output, interactive }, log: { level: quiet } };
  const file = join(dirname(settings.STORE_PATH), 'prepbot.log');
  if (!canAppend(file)) return { io: { input, output, interactive }, log: { level: quiet } };
  return { io: { input, output, interactive, logFile: file }, log: { level: settings.LOG_LEVEL, file } };
}

function canAppend(file: string): boolean {
  try {
    mkdirSync(dirname(file), { recursive: true });
    closeSync(openSync(file, 'a'));
    return true;
  } catch {
    return false;
  }
}

/** The console adapter over `io`, with a promise that settles when its input has ended (or /quit, Ctrl-C). */
export function createConsoleAdapterFor(io: ConsoleIo): Adapter & { console: ConsoleAdapter; ended: Promise<void> } {
  let ended!: () => void;
  const done = new Promise<void>((resolve) => (ended = resolve));
  const port = new ConsoleAdapter({
    input: io.input,
    output: io.output,
    onEnd: () => ended(),
    ...(io.interactive !== undefined ? { interactive: io.interactive } : {}),
    ...(io.logFile ? { logFile: io.logFile } : {}),
  });
  return { port, console: port, ended: done, health: () => ({ platform: 'console', connected: true }) };
}

/** Starts reading the terminal once the core exists: the welcome and /daily ask it for the question of the day. */
export async function startConsoleChat(adapter: Adapter, core: Pick<Core, 'router' | 'engine'>): Promise<void> {
  const port = adapter.port;
  if (!(port instanceof ConsoleAdapter)) return port.start(core.router);
  return port.start(core.router, { daily: () => core.engine.daily(consoleChannel, port.user) });
}
