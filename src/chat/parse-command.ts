import { usage, isKnownCommand } from './command-usage.js';
import { echoText } from './echo-text.js';
import type { CommandEvent } from './message.js';
import { UserFacingError } from './user-facing-error.js';

/** A command understood, with its arguments. */
export type ParsedCommand =
  | { name: 'quiz'; topic?: string }
  | { name: 'limit'; query: string }
  | { name: 'define'; query: string }
  | { name: 'score'; target?: string }
  | { name: 'leaderboard'; period: 'week' | 'month' | 'all'; season?: number }
  | { name: 'help' }
  | { name: 'admin'; op: 'here' | 'pause' | 'resume' | 'next' | 'flags' }
  | { name: 'admin'; op: 'season-reset'; confirmed: boolean }
  | { name: 'admin'; op: 'retire' | 'restore'; question: string }
  | { name: 'admin'; op: 'schedule'; cron: string; timezone?: string };

/** Longest argument accepted; longer input is refused rather than searched or echoed. */
export const maxArgumentLength = 200;

const timezonePattern = /^(UTC|GMT|Etc\/[A-Za-z0-9+-]+|[A-Za-z]+(?:\/[A-Za-z0-9_+-]+)+)$/;

function usageError(command: string, problem?: string): UserFacingError {
  const line = isKnownCommand(command) ? usage[command] : undefined;
  return new UserFacingError('USAGE', [problem, line ? `Usage: ${line}` : undefined].filter(Boolean).join(' '));
}

/**
 * Reads a slash command: control and format characters become spaces, whitespace is collapsed, the
 * command name is matched without case. Unknown commands and bad arguments throw a `UserFacingError`
 * (code `usage`) whose message is a short usage line; echoed input is cut short.
 */
export function parseCommand(event: Pick<CommandEvent, 'command' | 'text'>): ParsedCommand {
  const command = event.command.replace(/^\//, '').toLowerCase();
  const text = event.text
    .replace(/[\p{Cc}\p{Cf}]/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  if (!isKnownCommand(command))
    throw new UserFacingError(
      'UNKNOWN_COMMAND',
      `I don't know /${echoText(command, 30)}. Try /help for the list of commands.`,
    );
  if (text.length > maxArgumentLength)
    throw usageError(command, `That is too long (at most ${maxArgumentLength} characters).`);
  const words = text ? text.split(' ') : [];
  switch (command) {
    case 'quiz':
      return text ? { name: 'quiz', topic: text } : { name: 'quiz' };
    case 'limit':
    case 'define':
      if (!text) throw usageError(command, `What should I look up?`);
      return { name: command, query: text };
    case 'score':
      return text ? { name: 'score', target: text } : { name: 'score' };
    case 'leaderboard': {
      // "[week|month|all] [season N]"; Discord's options arrive as "all 2" (period, then season number).
      const rest = words.map((word) => word.toLowerCase());
      let season: number | undefined;
      if (rest.length > 0 && /^\d{1,4}$/.test(rest.at(-1)!)) {
        season = Number(rest.pop());
        if (rest.at(-1) === 'season') rest.pop();
        if (season < 1) throw usageError(command, 'Seasons count from 1.');
      }
      const period = rest[0] ?? 'all';
      if (rest.length > 1 || (period !== 'week' && period !== 'month' && period !== 'all'))
        throw usageError(command, `"${echoText(text)}" is not a period.`);
      if (season !== undefined && period !== 'all')
        throw usageError(command, `An earlier season is shown whole: /leaderboard season ${season}.`);
      return season === undefined ? { name: 'leaderboard', period } : { name: 'leaderboard', period, season };
    }
    case 'help':
      return { name: 'help' };
    case 'prepbot':
      return parseAdmin(words);
  }
}

function parseAdmin(words: string[]): ParsedCommand {
  const [sub = '', ...rest] = words;
  const op = sub.toLowerCase();
  if ((op === 'here' || op === 'pause' || op === 'resume' || op === 'next' || op === 'flags') && rest.length === 0)
    return { name: 'admin', op };
  if (op === 'retire' || op === 'restore') {
    if (rest.length !== 1)
      throw usageError('prepbot', `/prepbot ${op} takes one question id (/prepbot flags lists them).`);
    return { name: 'admin', op, question: rest[0]! };
  }
  const [second, third, ...more] = rest.map((word) => word.toLowerCase());
  if (op === 'season' && second === 'reset' && more.length === 0 && (third === undefined || third === 'confirm'))
    return { name: 'admin', op: 'season-reset', confirmed: third === 'confirm' };
  if (op === 'schedule') {
    const last = rest[rest.length - 1];
    const timezone = last && timezonePattern.test(last) ? last : undefined;
    const fields = timezone ? rest.slice(0, -1) : rest;
    if (fields.length < 5 || fields.length > 6)
      throw usageError('prepbot', 'A schedule is 5 cron fields (e.g. 0 9 * * 1-5), then optionally a timezone.');
    return timezone
      ? { name: 'admin', op: 'schedule', cron: fields.join(' '), timezone }
      : { name: 'admin', op: 'schedule', cron: fields.join(' ') };
  }
  throw usageError('prepbot', sub ? `"${echoText(words.join(' '))}" is not a prepbot command.` : undefined);
}
