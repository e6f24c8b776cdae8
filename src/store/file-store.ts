import { Low } from 'lowdb';
import type { Logger } from 'pino';
import type { z } from 'zod';
import { DurableJsonFile } from './durable-json-file.js';
import type { JsonStore } from './json-store.js';
import { StoreWriteError } from './store-errors.js';
import { nodeFileSystem, type StoreFileSystem } from './store-file-system.js';
import { acquireStoreLock } from './store-lock.js';
import { type RetryDelays, WriteCoalescer } from './write-coalescer.js';

/** Options of `openFileStore`. */
export interface FileStoreOptions<T> {
  /** The JSON file; its folder is created when missing. Backups sit next to it as `<path>.bak-1..N`. */
  path: string;
  /** zod schema of the data (without `schemaVersion`, which the store writes as the file's first key). */
  schema: z.ZodType<T>;
  /** The version this program writes. */
  currentVersion: number;
  /** `migrations[n]` turns version n-1 data into version n data (keyed by the version it produces). */
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- an older version's data has no type of its own
  migrations: Record<number, (old: any) => unknown>;
  /** The data of a new store (no file yet). */
  initial: () => T;
  /** How many previous good files to keep (default 3). */
  backups?: number;
  /** The least time between two backups (default 10 minutes); the first write after opening always keeps one. */
  backupEveryMs?: number;
  logger?: Logger;
  /** Background retry after a failed write (default 1 s doubling to 60 s). */
  retry?: RetryDelays;
  /** The file system to use (default node's); tests pass one that fails on purpose. */
  fs?: StoreFileSystem;
}

/** A store kept in a JSON file; `writes` counts the writes that reached the disk. */
export interface FileStore<T> extends JsonStore<T> {
  readonly path: string;
  readonly writes: number;
}

/**
 * Opens (or creates) the store file, migrating and validating it, and locks it for this process (see
 * acquireStoreLock) until `close`. Throws StoreFileError, naming the file, the problem and the newest
 * backup that loads, if the file is unusable (the file is then left untouched), or STORE_FILE_LOCKED
 * naming the live process that holds it.
 */
export async function openFileStore<T extends object>(options: FileStoreOptions<T>): Promise<FileStore<T>> {
  const file = new DurableJsonFile<T>(options.path, options, {
    fs: options.fs ?? nodeFileSystem,
    backups: options.backups ?? 3,
    backupEveryMs: options.backupEveryMs ?? 10 * 60_000,
  });
  const fs = options.fs ?? nodeFileSystem;
  const db = new Low<T>(file, options.initial());
  await db.read();
  // Taken after the read proved the folder writable, so a bad folder keeps its own clear message.
  const lock = await acquireStoreLock(fs, options.path);
  const coalescer = new WriteCoalescer(() => db.write(), {
    describe: options.path,
    retry: options.retry ?? { firstMs: 1000, maxMs: 60_000 },
    ...(options.logger ? { logger: options.logger } : {}),
  });
  let closed = false;
  return {
    path: options.path,
    get data() {
      return db.data;
    },
    get writes() {
      return coalescer.writes;
    },
    change(mutate) {
      if (closed)
        return Promise.reject(
          new StoreWriteError(`the store ${options.path} is closed; the change was not applied`, 'STORE_CLOSED'),
        );
      try {
        mutate(db.data);
      } catch (error) {
        return Promise.reject(error);
      }
      return coalescer.request();
    },
    async close() {
      closed = true;
      try {
        await coalescer.close();
      } finally {
        await lock.release();
      }
    },
    health: () => coalescer.health(),
  };
}
