import { dirname } from 'node:path';
import { type Decoded, decodeStoreText, type StoreFormat } from './decode-store-text.js';
import { StoreFileError, type StoreFileErrorCode } from './store-errors.js';
import { backupPath, errorCode, type StoreFileSystem, tempPathFor } from './store-file-system.js';

/**
 * Opens the store file for use: creates its folder, proves the folder and the file can be written, then
 * reads, migrates and validates the file. Resolves to null when there is no file yet (and no backup
 * either). Anything wrong throws a StoreFileError naming the file and the newest backup that loads;
 * nothing here ever writes to the store file or its backups.
 */
export async function loadStoreFile<T>(
  fs: StoreFileSystem,
  path: string,
  format: StoreFormat<T>,
  backups: number,
): Promise<T | null> {
  const fail = async (code: StoreFileErrorCode, problem: string, cause?: unknown): Promise<never> => {
    const advice = await backupAdvice(fs, path, format, backups);
    const end = problem.includes('\n') ? '' : '.';
    throw new StoreFileError(
      `Cannot open the store file ${path}: it ${problem}${end}\n${advice}\nprepbot has not changed ${path}.`,
      code,
      path,
      { cause },
    );
  };
  const folder = dirname(path);
  try {
    await fs.mkdir(folder, { recursive: true });
    const probe = await fs.open(tempPathFor(path), 'w');
    await probe.close();
    await fs.unlink(tempPathFor(path));
  } catch (error) {
    return fail(
      'STORE_FILE_READ_ONLY',
      `cannot be saved because its folder ${folder} is not writable (${errorCode(error) ?? (error as Error).message}); make the folder writable or set STORE_PATH to a writable place`,
      error,
    );
  }
  let isFolder: boolean;
  try {
    isFolder = (await fs.stat(path)).isDirectory();
  } catch (error) {
    if (errorCode(error) !== 'ENOENT')
      return fail('STORE_FILE_UNREADABLE', `cannot be read (${errorCode(error) ?? (error as Error).message})`, error);
    if (await anyBackupExists(fs, path, backups))
      return fail(
        'STORE_FILE_MISSING',
        'is missing although backups of it exist (delete the backups too to start with an empty store)',
      );
    return null;
  }
  if (isFolder) return fail('STORE_FILE_UNREADABLE', 'is a folder, not a file');
  try {
    // Opening for update (no create, no truncate) proves later writes will be allowed, and changes nothing.
    await (await fs.open(path, 'r+')).close();
  } catch (error) {
    const code = errorCode(error);
    if (code === 'EACCES' || code === 'EPERM' || code === 'EROFS') {
      return fail(
        'STORE_FILE_READ_ONLY',
        `is read-only (${code}); prepbot must be able to write it: change its owner or permissions`,
        error,
      );
    }
    return fail('STORE_FILE_UNREADABLE', `cannot be opened (${code ?? (error as Error).message})`, error);
  }
  let text: string;
  try {
    text = await fs.readFile(path, 'utf8');
  } catch (error) {
    return fail('STORE_FILE_UNREADABLE', `cannot be read (${errorCode(error) ?? (error as Error).message})`, error);
  }
  const decoded = decodeStoreText(text, format);
  if (!decoded.ok) return fail(decoded.code, decoded.problem, decoded.cause);
  return decoded.data;
}

/** Names the newest backup that loads and how to restore it, or says why none does. */
async function backupAdvice<T>(
  fs: StoreFileSystem,
  path: string,
  format: StoreFormat<T>,
  backups: number,
): Promise<string> {
  const tried: string[] = [];
  for (let n = 1; n <= backups; n += 1) {
    const backup = backupPath(path, n);
    let decoded: Decoded<T>;
    let saved: Date;
    try {
      saved = (await fs.stat(backup)).mtime;
      decoded = decodeStoreText(await fs.readFile(backup, 'utf8'), format);
    } catch {
      continue;
    }
    if (decoded.ok) {
      return `The newest backup that loads is ${backup} (saved ${saved.toISOString()}). To restore it, stop prepbot and run:\n  cp '${backup}' '${path}'`;
    }
    tried.push(`${backup} ${decoded.problem.split('\n')[0]}`);
  }
  if (tried.length === 0) return `There is no backup to restore (${backupPath(path, 1)} does not exist).`;
  return `No backup loads either:\n${tried.map((line) => `  ${line}`).join('\n')}`;
}

async function anyBackupExists(fs: StoreFileSystem, path: string, backups: number): Promise<boolean> {
  for (let n = 1; n <= backups; n += 1) {
    try {
      await fs.stat(backupPath(path, n));
      return true;
    } catch {
      // not this one
    }
  }
  return false;
}
