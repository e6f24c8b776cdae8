import type { Logger } from 'pino';
import type { CommandServices } from './command-definition.js';
import type { CommandEvent, Inbound, InboundHandler, Reply, UserRef } from './message.js';
import { readCommand, type ReadCommand } from './parse-command.js';
import { StoreWriteError } from '../store/json-store.js';
import { UserFacingError } from './user-facing-error.js';
import { APOLOGY, COULD_NOT_SAVE } from './apology.js';

export interface CommandRouterOptions extends CommandServices {
  /** Who may run /prepbot admin commands; defaults to `quiz.isAdmin` (chat platform admins + settings list). */
  isAdmin?: (user: UserRef) => Promise<boolean>;
  logger: Logger;
}

/**
 * The core's single entry point for inbound events: parses commands, checks admin rights for
 * /prepbot, hands clicks to the quiz. The one place errors are caught: a `UserFacingError` goes back
 * to the person privately as it is; a `StoreWriteError` (the change could not be written) tells the
 * person it could not be saved and to try again, and is logged as a warning without a stack; anything
 * else is logged with its stack and the person gets a short apology. Never rejects.
 */
export function createCommandRouter(options: CommandRouterOptions): InboundHandler {
  const isAdmin = options.isAdmin ?? ((user: UserRef) => options.quiz.isAdmin(user));
  const handle = async (event: Inbound): Promise<Reply[]> => {
    if (event.type === 'choice') return options.quiz.answer(event);
    if (event.type === 'flag') return options.quiz.flag(event);
    const read = readCommand(event);
    if (read.definition.adminOnly && !(await isAdmin(event.user))) {
      throw new UserFacingError('NOT_ADMIN', 'Only workspace admins can change how prepbot posts here.');
    }
    return run(options, event, read);
  };
  return async (event) => {
    try {
      return await handle(event);
    } catch (error) {
      if (error instanceof UserFacingError) return [{ visibility: 'private', message: { body: error.message } }];
      const about = {
        type: event.type,
        command: event.type === 'command' ? event.command : undefined,
        platform: event.channel.platform,
        workspace: event.channel.workspace,
      };
      if (error instanceof StoreWriteError) {
        options.logger.warn(
          { code: error.code, reason: error.message, event: about },
          'a change could not be saved; the person was asked to try again',
        );
        return [{ visibility: 'private', message: { body: COULD_NOT_SAVE } }];
      }
      options.logger.error({ err: error, event: about }, 'handling an inbound event failed');
      return [{ visibility: 'private', message: { body: APOLOGY } }];
    }
  };
}

/**
 * Runs the command with the table entry that parsed it. The cast is the one place the table's
 * per-entry types meet: `read.command` is what `read.definition.parse` returned.
 */
function run(services: CommandServices, event: CommandEvent, read: ReadCommand): Promise<Reply[]> | Reply[] {
  const runDefinition = read.definition.run as (
    services: CommandServices,
    event: CommandEvent,
    command: ReadCommand['command'],
  ) => Promise<Reply[]> | Reply[];
  return runDefinition(services, event, read.command);
}
