import type { Message } from './message.js';

/** One usage line per command, shown by /help and after a mistake. */
export const usage = {
  quiz: '/quiz [topic] — a practice question just for you (spaced repetition)',
  limit: '/limit <words> — look up a number from the notes, e.g. /limit lambda timeout',
  define: '/define <term> — what the notes say a service or concept is',
  score: '/score [person] — points, rank, accuracy, streaks, practice and weakest topics',
  leaderboard: '/leaderboard [week|month|all] [season N] — the top ten (default: the whole season; an earlier season by its number)',
  help: '/help — this list',
  prepbot: '/prepbot here | schedule <cron> [timezone] | pause | resume | next | season reset — admins only',
} as const;

export type KnownCommand = keyof typeof usage;

export function isKnownCommand(command: string): command is KnownCommand {
  return Object.hasOwn(usage, command);
}

/** The /help message. */
export function helpMessage(): Message {
  return {
    title: 'prepbot commands',
    body: [usage.quiz, usage.limit, usage.define, usage.score, usage.leaderboard, usage.help].join('\n'),
    fields: [
      { label: 'Daily question', value: 'Click a choice on the question of the day; your first click counts.' },
      { label: 'Admins', value: usage.prepbot },
    ],
    context: 'Example schedule: /prepbot schedule 0 9 * * 1-5 Europe/Berlin (weekdays 09:00)',
  };
}
