/** The error `change` and `close` reject with: part of the port's contract, so the core may catch it by type. */
export { StoreWriteError } from './store-errors.js';

/** What a store reports about its file, for /healthz and admin messages. */
export interface StoreHealth {
  /** 'failing' while the last write to disk failed (the store keeps retrying in the background). */
  state: 'ok' | 'failing';
  /** The last write error's message, while failing. */
  lastError?: string;
  /** Changes applied in memory that are not yet on disk. */
  pendingChanges: number;
}

/**
 * The store port: one JSON document held in memory and kept on disk. The core reads `data` and changes it
 * only through `change`; lowdb and the file format stay behind this interface.
 */
export interface JsonStore<T> {
  /** Current state. Read freely; change only through `change`. */
  readonly data: T;
  /** Applies `mutate` now (synchronously, in order) and resolves once a file containing the change is
   *  durably on disk. Changes arriving together are coalesced into one write and then all resolved.
   *  Rejects with StoreWriteError if the disk refuses (the change stays in memory, the store keeps
   *  retrying in the background and logs; the caller decides what to tell the user), or with
   *  StoreWriteError code STORE_CLOSED after `close` (then `mutate` is not applied). If `mutate`
   *  throws, change rejects with that error and schedules no write. */
  change(mutate: (data: T) => void): Promise<void>;
  /** Writes whatever is pending and stops retry timers. Rejects with StoreWriteError if that last
   *  write fails. */
  close(): Promise<void>;
  /** 'ok' | 'failing' (last write failed) — for /healthz and admin messages. */
  health(): StoreHealth;
}
