import { PrepbotError } from '../errors/prepbot-error.js';
/**
 * Errors the store throws. Each has a stable `code` and chains the file-system or zod error beneath it
 * as `cause`.
 */

/** Why a store file could not be opened. */
export type StoreFileErrorCode =
  | 'STORE_FILE_UNREADABLE'
  | 'STORE_FILE_EMPTY'
  | 'STORE_FILE_TRUNCATED'
  | 'STORE_FILE_NOT_JSON'
  | 'STORE_FILE_INVALID'
  | 'STORE_FILE_TOO_NEW'
  | 'STORE_FILE_MIGRATION_FAILED'
  | 'STORE_FILE_READ_ONLY'
  | 'STORE_FILE_MISSING'
  | 'STORE_FILE_LOCKED';

/** The store file (or its folder) cannot be used; the message names the file, the problem, and the
 *  newest backup that loads with how to restore it. The file itself has not been touched. */
export class StoreFileError extends PrepbotError {
  override readonly name = 'StoreFileError';
  constructor(
    message: string,
    readonly code: StoreFileErrorCode,
    readonly path: string,
    options: { cause?: unknown } = {},
  ) {
    super(message, { cause: options.cause });
  }
}

/** A change could not be written to disk (`STORE_WRITE_FAILED`; it stays in memory and the store
 *  retries), or the store was already closed (`STORE_CLOSED`). An expected condition, not a bug: the
 *  command router answers "could not be saved, please try again" and logs it as a warning, no stack. */
export class StoreWriteError extends PrepbotError {
  override readonly name = 'StoreWriteError';
  constructor(
    message: string,
    readonly code: 'STORE_WRITE_FAILED' | 'STORE_CLOSED',
    options: { cause?: unknown } = {},
  ) {
    super(message, { cause: options.cause });
  }
}
