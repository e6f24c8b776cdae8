import * as fsPromises from 'node:fs/promises';

/**
 * The part of node:fs/promises the file store uses. Passing another one (for instance the real one with
 * `open` failing as on a read-only mount) lets tests reproduce disk failures that root would not see.
 */
export type StoreFileSystem = Pick<
  typeof fsPromises,
  'open' | 'readFile' | 'rename' | 'link' | 'copyFile' | 'unlink' | 'mkdir' | 'stat'
>;

/** The real file system. */
export const nodeFileSystem: StoreFileSystem = fsPromises;

/** The error code node attached to a file-system error, if any. */
export function errorCode(error: unknown): string | undefined {
  const code = (error as { code?: unknown } | null)?.code;
  return typeof code === 'string' ? code : undefined;
}

/** The temp file a write goes through: same folder as the store, so the final rename is atomic. */
export function tempPathFor(path: string): string {
  return `${path}.tmp`;
}

/** The n-th newest backup of the store file (1 = the file as it was before the last write). */
export function backupPath(path: string, n: number): string {
  return `${path}.bak-${n}`;
}
