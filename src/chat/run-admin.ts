import type { CommandServices } from './command-definition.js';
import type { CommandEvent, Reply } from './message.js';
import type { AdminCommand } from './parse-admin.js';

/** Carries out a /prepbot admin command (the router has already checked the person is an admin). */
export function runAdmin(
  { quiz }: CommandServices,
  { user, channel }: CommandEvent,
  command: AdminCommand,
): Promise<Reply[]> {
  switch (command.op) {
    case 'here':
      return quiz.here(channel, user);
    case 'schedule':
      return quiz.schedule(channel, command.cron, command.timezone);
    case 'pause':
      return quiz.pause(channel);
    case 'resume':
      return quiz.resume(channel);
    case 'next':
      return quiz.next(channel);
    case 'season-reset':
      return quiz.seasonReset(user, channel, command.confirmed);
    case 'flags':
      return quiz.flags(channel);
    case 'retire':
      return quiz.retire(channel, user, command.question);
    case 'restore':
      return quiz.restore(channel, command.question);
  }
}
