import type { Message, Platform } from './message.js';

/** One usage line per command, shown by /help and after a mistake. */
export const usage = {
  quiz: '/quiz [topic] — a practice question just for you (spaced repetition)',
  limit: '/limit <words> — look up a number from the notes, e.g. /limit lambda timeout',
  define: '/define <term> — what the notes say a service or concept is',
  score: '/score [person] — points, rank, accuracy, streaks, practice and weakest topics',
  leaderboard:
    '/leaderboard [week|month|all] [season N] — the top ten (default: the whole season; an earlier season by its number)',
  help: '/help — this list',
  // Kept short: it follows every refusal of a /prepbot command (season reset then asks for its confirm itself).
  prepbot: '/prepbot here | schedule <cron> [tz] | pause | resume | next | season reset | flags | retire|restore <id>',
} as const;

export type KnownCommand = keyof typeof usage;

export function isKnownCommand(command: string): command is KnownCommand {
  return Object.hasOwn(usage, command);
}

/**
 * Commands only the terminal chat has (the console adapter handles them itself): there is no button
 * to click and no channel to scroll back to, and the chat has to be left.
 */
export const terminalUsage = {
  daily: '/daily [letter] — show the question of the day again; with a letter, answer it (also: daily B)',
  flag: '/flag [reason] — right after a revealed question or a practice answer, flag it: wrong, unclear, easy or useless',
  quit: '/quit — leave the chat (Ctrl-C and Ctrl-D too)',
} as const;

/** The /help message; the terminal's says how to answer by typing and lists its own commands. */
export function helpMessage(platform?: Platform): Message {
  const commands = [usage.quiz, usage.limit, usage.define, usage.score, usage.leaderboard, usage.help];
  if (platform === 'console') {
    return {
      title: 'prepbot commands',
      body: [...commands, terminalUsage.daily, terminalUsage.flag, terminalUsage.quit].join('\n'),
      fields: [
        {
          label: 'Answering',
          value:
            'type the letter of a choice (A, B, …) to answer the question shown last; the reply names the question it answered. Only your first answer to the question of the day counts.',
        },
        { label: 'Editing', value: 'arrow keys move in the line, Up and Down bring back earlier lines.' },
        {
          label: 'Schedule',
          value: `you run the bot here, so you are its admin: ${usage.prepbot.replace(' — admins', '')}`,
        },
      ],
      context: 'Example schedule: /prepbot schedule 0 9 * * 1-5 Europe/Berlin (weekdays 09:00)',
    };
  }
  return {
    title: 'prepbot commands',
    body: commands.join('\n'),
    fields: [
      { label: 'Daily question', value: 'Click a choice on the question of the day; your first click counts.' },
      { label: 'Admins', value: usage.prepbot },
    ],
    context: 'Example schedule: /prepbot schedule 0 9 * * 1-5 Europe/Berlin (weekdays 09:00)',
  };
}
