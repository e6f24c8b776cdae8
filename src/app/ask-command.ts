import { createInterface } from 'node:readline';
import type { Readable, Writable } from 'node:stream';
import { consoleChannel } from '../adapters/console/console-adapter.js';
import { toPlainText } from '../adapters/console/to-plain-text.js';
import type { CommandEvent } from '../chat/message.js';
import { parseCommand } from '../chat/parse-command.js';
import { UserFacingError } from '../chat/user-facing-error.js';
import { createLogger } from '../logging/create-logger.js';
import { initialQuizState } from '../quiz/state-schema.js';
import { systemClock } from '../schedule/clock.js';
import { loadSettings } from '../settings/load-settings.js';
import { createMemoryStore } from '../store/memory-store.js';
import { buildCore, loadKnowledge } from './load-core.js';
import { describeStartupError } from './startup-error.js';

const asker = { ...consoleChannel, user: 'you', name: 'you' };

/**
 * `prepbot ask`: what the bot would reply in chat to each command, as plain text, through the same
 * router the chat adapters use (over a throw-away in-memory store). One command from the argument, or
 * one per line from `stdin` (blank lines skipped); `json` prints `{"command", "text"}` per line.
 * Returns the exit code: 0; 2 when a command was not understood, i.e. not one the bot knows or with
 * arguments it cannot read (its reply, "I don't know /x" or the usage line, is still printed), or the
 * command argument is empty, so a script notices a typo; 1 when the notes, bank or settings cannot be
 * loaded. A command understood whose answer is "not found" (no such topic, no match) is still 0.
 */
export async function runAsk(
  options: { command?: string; notes?: string; json: boolean },
  io: { stdin: Readable; stdout: Writable; stderr?: Writable },
): Promise<number> {
  if (options.command !== undefined && options.command.trim() === '') {
    (io.stderr ?? process.stderr).write(
      'prepbot ask: the command is empty; give one, e.g. prepbot ask "/limit lambda timeout", or none to read them from standard input.\n',
    );
    return 2;
  }
  try {
    const settings = loadSettings(undefined, { NOTES_DIR: options.notes });
    const logger = createLogger({
      level: settings.LOG_LEVEL === 'info' ? 'warn' : settings.LOG_LEVEL,
      secrets: [],
      pretty: false,
    });
    const knowledge = await loadKnowledge(settings, logger);
    const store = createMemoryStore(initialQuizState());
    const core = buildCore({ settings, knowledge, store, chats: [], clock: systemClock, logger });
    const commands = options.command !== undefined ? [options.command] : readLines(io.stdin);
    let unknown = false;
    for await (const line of commands) {
      const command = line.trim();
      if (command === '') continue;
      const event = toCommandEvent(command);
      if (!understood(event)) unknown = true;
      const replies = await core.router(event);
      const text = replies.map((reply) => toPlainText(reply.message)).join('\n\n');
      io.stdout.write(options.json ? `${JSON.stringify({ command, text })}\n` : `${text}\n\n`);
    }
    return unknown ? 2 : 0;
  } catch (error) {
    (io.stderr ?? process.stderr).write(`${describeStartupError(error)}\n`);
    return 1;
  }
}

/** False when the router will answer with "I don't know /x" or a usage line. */
function understood(event: CommandEvent): boolean {
  try {
    parseCommand(event);
    return true;
  } catch (error) {
    if (error instanceof UserFacingError && (error.code === 'UNKNOWN_COMMAND' || error.code === 'USAGE')) return false;
    throw error;
  }
}

function toCommandEvent(line: string): CommandEvent {
  const match = /^\/?(\S+)\s*([\s\S]*)$/.exec(line)!;
  return {
    type: 'command',
    command: match[1]!.toLowerCase(),
    text: match[2] ?? '',
    user: asker,
    channel: consoleChannel,
  };
}

async function* readLines(input: Readable): AsyncGenerator<string> {
  yield* createInterface({ input, crlfDelay: Infinity, terminal: false });
}
