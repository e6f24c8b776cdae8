import { unlinkSync } from 'node:fs';
import { utimes } from 'node:fs/promises';
import { hostname } from 'node:os';
import { StoreFileError } from './store-errors.js';
import { errorCode, type StoreFileSystem } from './store-file-system.js';

/** Who holds a store: written as JSON into `<store>.lock`. */
interface LockHolder {
  pid: number;
  host: string;
  startedAt: string;
  command: string;
}

/** A held lock; `release` is idempotent and removes the file only while it is still ours. */
export interface StoreLock {
  readonly path: string;
  release(): Promise<void>;
}

/** How often a holder touches its lock file, and after how long without a touch the lock counts as
 *  abandoned whoever holds it (the only way to judge a holder on another host, as on a shared volume
 *  after its container was killed and replaced). */
const lockHeartbeatMs = 10_000;
const lockAbandonedAfterMs = 60_000;

/** The lock file of a store file. */
export function lockPathFor(storePath: string): string {
  return `${storePath}.lock`;
}

/**
 * Makes this process the only writer of `storePath`: creates `<storePath>.lock` exclusively (O_EXCL),
 * holding this process's pid, host and start time. A lock left by a holder that is gone (its pid no
 * longer runs on this host, or is this very process, as when a container restarts as PID 1 again; or,
 * on any host, it has not been touched for lockAbandonedAfterMs) is taken over; a live holder makes
 * this throw StoreFileError STORE_FILE_LOCKED naming it. The holder touches the file every
 * lockHeartbeatMs. The file is
 * removed by `release` and, failing that, when the process exits; after kill -9 it stays and the next
 * start takes it over.
 */
export async function acquireStoreLock(fs: StoreFileSystem, storePath: string): Promise<StoreLock> {
  const path = lockPathFor(storePath);
  const me: LockHolder = {
    pid: process.pid,
    host: hostname(),
    startedAt: new Date().toISOString(),
    command: process.argv.slice(1).join(' '),
  };
  const text = `${JSON.stringify(me)}\n`;
  for (let attempt = 0; attempt < 5; attempt += 1) {
    try {
      const handle = await fs.open(path, 'wx');
      try {
        await handle.writeFile(text, 'utf8');
        await handle.sync();
      } finally {
        await handle.close();
      }
      return holding(fs, path, text);
    } catch (error) {
      if (errorCode(error) !== 'EEXIST') throw error;
    }
    const found = await readHolder(fs, path);
    if (found === 'gone') continue;
    if (found.holder && isAlive(found.holder) && !(await abandoned(fs, path)))
      throw lockedError(storePath, path, found.holder);
    await takeOver(fs, path, found.text);
  }
  throw lockedError(storePath, path, undefined);
}

function holding(fs: StoreFileSystem, path: string, text: string): StoreLock {
  // A process.exit() (for instance the 5-second stop deadline) skips `release`: remove the file then.
  const onExit = () => {
    try {
      unlinkSync(path);
    } catch {
      // already gone
    }
  };
  process.once('exit', onExit);
  const heartbeat = setInterval(() => {
    const now = new Date();
    // A failing disk is reported by the store's own writes; a missed touch only ages the lock.
    utimes(path, now, now).catch(() => undefined);
  }, lockHeartbeatMs);
  heartbeat.unref();
  let released = false;
  return {
    path,
    async release() {
      if (released) return;
      released = true;
      clearInterval(heartbeat);
      process.removeListener('exit', onExit);
      const found = await readHolder(fs, path);
      if (found !== 'gone' && found.text === text) await fs.unlink(path).catch(() => undefined);
    },
  };
}

async function readHolder(
  fs: StoreFileSystem,
  path: string,
): Promise<'gone' | { text: string; holder: LockHolder | undefined }> {
  let text: string;
  try {
    text = await fs.readFile(path, 'utf8');
  } catch (error) {
    if (errorCode(error) === 'ENOENT') return 'gone';
    throw error;
  }
  try {
    const parsed = JSON.parse(text) as Partial<LockHolder>;
    if (typeof parsed.pid === 'number' && typeof parsed.host === 'string')
      return { text, holder: parsed as LockHolder };
  } catch {
    // A holder killed between creating the file and writing it leaves it empty or cut short.
  }
  return { text, holder: undefined };
}

async function abandoned(fs: StoreFileSystem, path: string): Promise<boolean> {
  try {
    return Date.now() - (await fs.stat(path)).mtimeMs > lockAbandonedAfterMs;
  } catch {
    return false;
  }
}

/** Whether the holder may still be running. On another host we cannot tell, so it counts as alive. */
function isAlive(holder: LockHolder): boolean {
  if (holder.host !== hostname()) return true;
  if (holder.pid === process.pid) return false;
  try {
    process.kill(holder.pid, 0);
    return true;
  } catch (error) {
    return errorCode(error) === 'EPERM';
  }
}

/**
 * Removes a stale lock, but only the one we judged stale: it is renamed away first (of two processes
 * taking over at once only one rename succeeds) and put back if, in between, someone else's fresh
 * lock had replaced it.
 */
async function takeOver(fs: StoreFileSystem, path: string, staleText: string): Promise<void> {
  const aside = `${path}.stale-${process.pid}`;
  try {
    await fs.rename(path, aside);
  } catch (error) {
    if (errorCode(error) === 'ENOENT') return;
    throw error;
  }
  const moved = await fs.readFile(aside, 'utf8').catch(() => staleText);
  if (moved !== staleText) await fs.link(aside, path).catch(() => undefined);
  await fs.unlink(aside).catch(() => undefined);
}

function lockedError(storePath: string, path: string, holder: LockHolder | undefined): StoreFileError {
  const who = holder
    ? `prepbot process ${holder.pid} on ${holder.host} (started ${holder.startedAt}${holder.command ? `: ${holder.command}` : ''})`
    : 'another prepbot process';
  return new StoreFileError(
    `Cannot open the store file ${storePath}: it is in use by ${who}.\nTwo bots on one store would lose each other's answers. Stop the other one first, or set STORE_PATH to another file.\nIf no prepbot is running there any more, delete ${path} (or wait a minute: a lock no one touches for ${lockAbandonedAfterMs / 1000} s is taken over).`,
    'STORE_FILE_LOCKED',
    storePath,
  );
}
