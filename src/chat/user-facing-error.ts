/**
 * An expected failure whose message is written for the person who caused it (unknown command, bad
 * argument, not an admin, no such topic). The command router sends `message` back privately; any other
 * error is logged with its stack and the person gets a short apology instead.
 */
export class UserFacingError extends Error {
  override readonly name = 'UserFacingError';

  constructor(
    /** Stable machine-readable reason, e.g. `not-admin`, `usage`, `unknown-topic`. */
    readonly code: string,
    message: string,
    options?: { cause?: unknown },
  ) {
    super(message, options);
  }
}
