import { PrepbotError } from '../errors/prepbot-error.js';
/**
 * An expected failure whose message is written for the person who caused it (unknown command, bad
 * argument, not an admin, no such topic). The command router sends `message` back privately; any other
 * error is logged with its stack and the person gets a short apology instead.
 */
/** Why a command was refused, one code per reason a person can meet. */
export type UserFacingCode =
  | 'USAGE'
  | 'UNKNOWN_COMMAND'
  | 'NOT_ADMIN'
  | 'NOT_SET_UP'
  | 'BAD_SCHEDULE'
  | 'CANNOT_POST'
  | 'EMPTY_BANK'
  | 'ALL_RETIRED'
  | 'UNKNOWN_TOPIC'
  | 'UNKNOWN_PERSON'
  | 'UNKNOWN_QUESTION'
  | 'UNKNOWN_SEASON'
  | 'RESET_NOT_REQUESTED'
  | 'RESET_EXPIRED'
  | 'RESET_SUPERSEDED';

export class UserFacingError extends PrepbotError {
  override readonly name = 'UserFacingError';

  constructor(
    /** Stable machine-readable reason, e.g. `NOT_ADMIN`, `USAGE`, `UNKNOWN_TOPIC`. */
    readonly code: UserFacingCode,
    message: string,
    options?: { cause?: unknown },
  ) {
    super(message, options);
  }
}
