import { dirname } from 'node:path';
import { backupPath, errorCode, type StoreFileSystem, tempPathFor } from './store-file-system.js';

/**
 * Replaces `path` with `text` so that a crash at any moment leaves either the old or the new complete
 * file: write a temp file in the same folder, fsync it, keep the old file as backup 1 (when `backups` > 0
 * and `keepOld`), rename the temp file over `path`, fsync the folder so the rename itself survives.
 */
export async function writeDurably(
  fs: StoreFileSystem,
  path: string,
  text: string,
  options: { backups: number; keepOld: boolean },
): Promise<void> {
  const temp = tempPathFor(path);
  const handle = await fs.open(temp, 'w');
  try {
    await handle.writeFile(text, 'utf8');
    await handle.sync();
  } finally {
    await handle.close();
  }
  if (options.keepOld && options.backups > 0) await rotateBackups(fs, path, options.backups);
  await fs.rename(temp, path);
  await syncFolder(fs, dirname(path));
}

/**
 * Shifts `<path>.bak-1..N-1` up by one (dropping the oldest) and makes `<path>.bak-1` a second name for
 * the current file. Only renames and a hard link, so a multi-megabyte store costs nothing extra; the
 * current file keeps its name throughout, so a crash here never leaves the store missing.
 */
async function rotateBackups(fs: StoreFileSystem, path: string, backups: number): Promise<void> {
  for (let n = backups - 1; n >= 1; n -= 1)
    await ignoreMissing(fs.rename(backupPath(path, n), backupPath(path, n + 1)));
  const newest = backupPath(path, 1);
  await ignoreMissing(fs.unlink(newest));
  try {
    await fs.link(path, newest);
  } catch (error) {
    // The file was deleted under us: nothing to keep, the write recreates it.
    if (errorCode(error) === 'ENOENT') return;
    // Some file systems (FAT, some network mounts) have no hard links: fall back to a copy.
    if (!['EPERM', 'ENOTSUP', 'EOPNOTSUPP', 'EXDEV', 'ENOSYS'].includes(errorCode(error) ?? '')) throw error;
    await fs.copyFile(path, newest);
  }
}

async function syncFolder(fs: StoreFileSystem, folder: string): Promise<void> {
  // Windows cannot open a folder for fsync; its rename is durable enough for us there.
  if (process.platform === 'win32') return;
  const handle = await fs.open(folder, 'r');
  try {
    await handle.sync();
  } finally {
    await handle.close();
  }
}

async function ignoreMissing(operation: Promise<unknown>): Promise<void> {
  try {
    await operation;
  } catch (error) {
    if (errorCode(error) !== 'ENOENT') throw error;
  }
}
