import type { Logger } from 'pino';
import type { FactDesk } from '../lookup/fact-desk.js';
import type { QuizEngine } from '../quiz/quiz-engine.js';
import { helpMessage } from './command-usage.js';
import type { CommandEvent, Inbound, InboundHandler, Reply, UserRef } from './message.js';
import { parseCommand, type ParsedCommand } from './parse-command.js';
import { StoreWriteError } from '../store/json-store.js';
import { UserFacingError } from './user-facing-error.js';
import { APOLOGY, COULD_NOT_SAVE } from './apology.js';

/** The quiz operations the router calls (QuizEngine implements them). */
export type QuizCommands = Pick<
  QuizEngine,
  | 'answer'
  | 'practice'
  | 'score'
  | 'leaderboard'
  | 'here'
  | 'schedule'
  | 'pause'
  | 'resume'
  | 'next'
  | 'seasonReset'
  | 'isAdmin'
  | 'flag'
  | 'flags'
  | 'retire'
  | 'restore'
>;

export interface CommandRouterOptions {
  quiz: QuizCommands;
  factDesk: FactDesk;
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
  const run = async (event: Inbound): Promise<Reply[]> => {
    if (event.type === 'choice') return options.quiz.answer(event);
    if (event.type === 'flag') return options.quiz.flag(event);
    const command = parseCommand(event);
    if (command.name === 'admin' && !(await isAdmin(event.user))) {
      throw new UserFacingError('NOT_ADMIN', 'Only workspace admins can change how prepbot posts here.');
    }
    return dispatch(options, event, command);
  };
  return async (event) => {
    try {
      return await run(event);
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

async function dispatch(options: CommandRouterOptions, event: CommandEvent, command: ParsedCommand): Promise<Reply[]> {
  const { quiz, factDesk } = options;
  const { user, channel } = event;
  switch (command.name) {
    case 'quiz':
      return quiz.practice(user, channel, command.topic);
    case 'limit':
      return [{ visibility: 'private', message: factDesk.limit(command.query) }];
    case 'define':
      return [{ visibility: 'private', message: factDesk.define(command.query) }];
    case 'score':
      return quiz.score(user, channel, command.target);
    case 'leaderboard':
      return quiz.leaderboard(user, channel, command.period, command.season);
    case 'help':
      return [{ visibility: 'private', message: helpMessage(channel.platform) }];
    case 'admin':
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
}
