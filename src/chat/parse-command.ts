import { commandTable, findCommand, type ParsedCommand } from './command-table.js';
import { echoText } from './echo-text.js';
import type { CommandDefinition } from './command-definition.js';
import type { CommandEvent } from './message.js';
import { UserFacingError } from './user-facing-error.js';

export type { ParsedCommand } from './command-table.js';

/** Longest argument accepted; longer input is refused rather than searched or echoed. */
const maxArgumentLength = 200;

/** A command read: the table entry it names and what that entry's `parse` made of its text. */
export interface ReadCommand {
  definition: (typeof commandTable)[number];
  command: ParsedCommand;
}

/**
 * Reads a slash command: control and format characters become spaces, whitespace is collapsed, the
 * command name is matched without case. Unknown commands and bad arguments throw a `UserFacingError`
 * (code `usage`) whose message is a short usage line; echoed input is cut short.
 */
export function readCommand(event: Pick<CommandEvent, 'command' | 'text'>): ReadCommand {
  const name = event.command.replace(/^\//, '').toLowerCase();
  const text = event.text
    .replace(/[\p{Cc}\p{Cf}]/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  const definition = findCommand(name);
  if (!definition)
    throw new UserFacingError(
      'UNKNOWN_COMMAND',
      `I don't know /${echoText(name, 30)}. Try /help for the list of commands.`,
    );
  const fail = usageFailure(definition);
  if (text.length > maxArgumentLength) throw fail(`That is too long (at most ${maxArgumentLength} characters).`);
  return { definition, command: definition.parse(text, fail) };
}

/** `readCommand` without the table entry: the command and its arguments. */
export function parseCommand(event: Pick<CommandEvent, 'command' | 'text'>): ParsedCommand {
  return readCommand(event).command;
}

function usageFailure(definition: Pick<CommandDefinition, 'usage'>) {
  return (problem?: string) =>
    new UserFacingError('USAGE', [problem, `Usage: ${definition.usage}`].filter(Boolean).join(' '));
}
