import type { CommandDefinition } from './command-definition.js';
import type { Message, Platform } from './message.js';

/** What /help needs of each command: its usage line, and whether it is for admins. */
type HelpEntry = Pick<CommandDefinition, 'usage' | 'adminOnly'>;

/**
 * Commands only the terminal chat has (the console adapter handles them itself): there is no button
 * to click and no channel to scroll back to, and the chat has to be left.
 */
const terminalUsage = {
  daily: '/daily [letter] — show the question of the day again; with a letter, answer it (also: daily B)',
  flag: '/flag [reason] — right after a revealed question or a practice answer, flag it: wrong, unclear, easy or useless',
  quit: '/quit — leave the chat (Ctrl-C and Ctrl-D too)',
} as const;

/** The /help message, from the command table's usage lines; the terminal's says how to answer by typing and lists its own commands. */
export function helpMessage(platform: Platform | undefined, table: readonly HelpEntry[]): Message {
  const commands = table.filter((command) => !command.adminOnly).map((command) => command.usage);
  const admin = table
    .filter((command) => command.adminOnly)
    .map((command) => command.usage)
    .join('\n');
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
          value: `you run the bot here, so you are its admin: ${admin.replace(' — admins', '')}`,
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
      { label: 'Admins', value: admin },
    ],
    context: 'Example schedule: /prepbot schedule 0 9 * * 1-5 Europe/Berlin (weekdays 09:00)',
  };
}
