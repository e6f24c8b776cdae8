/**
 * The base of every error prepbot throws on purpose. Each area has its own subclass with a typed `code`
 * (SCREAMING_SNAKE, the area first where it helps: STORE_WRITE_FAILED, SETTINGS_INVALID) and keeps what
 * went wrong underneath in `cause`. Entry points catch once: an error that is a PrepbotError already says
 * what and where, and is shown as it is; anything else is a bug in prepbot, logged with its stack, and
 * the person sees the one apology (src/chat/apology.ts).
 */
export abstract class PrepbotError extends Error {
  /** Stable and machine-readable; tests and callers compare it, never the message. */
  abstract readonly code: string;

  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
  }
}

/** True for errors prepbot threw on purpose (their message is for people), false for bugs and system errors. */
export function isPrepbotError(error: unknown): error is PrepbotError {
  return error instanceof PrepbotError;
}
