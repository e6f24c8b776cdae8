import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { hostname, tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { acquireStoreLock, lockPathFor } from '../../src/store/store-lock.js';
import { nodeFileSystem } from '../../src/store/store-file-system.js';

let dir: string;
let store: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'prepbot-lock-'));
  store = join(dir, 'prepbot.json');
});
afterEach(() => rm(dir, { recursive: true, force: true }));

const holder = (pid: number, host = hostname()) =>
  JSON.stringify({ pid, host, startedAt: '2026-12-01T08:00:00.000Z', command: 'prepbot start' });

/** The pid of a process that has run and exited (so no process has it, for now). */
function deadPid(): number {
  return spawnSync(process.execPath, ['-e', '0']).pid!;
}

describe('acquireStoreLock', () => {
  it('writes who holds the store, and removes the file on release', async () => {
    const lock = await acquireStoreLock(nodeFileSystem, store);
    expect(JSON.parse(await readFile(lockPathFor(store), 'utf8'))).toMatchObject({
      pid: process.pid,
      host: hostname(),
    });
    await lock.release();
    expect(existsSync(lockPathFor(store))).toBe(false);
  });

  it('refuses while a live process on this host holds it, naming that process', async () => {
    await writeFile(lockPathFor(store), holder(process.ppid));
    await expect(acquireStoreLock(nodeFileSystem, store)).rejects.toMatchObject({
      code: 'STORE_FILE_LOCKED',
      message: expect.stringContaining(`in use by prepbot process ${process.ppid} on ${hostname()}`),
    });
    expect(await readFile(lockPathFor(store), 'utf8')).toBe(holder(process.ppid));
  });

  it('takes over the lock of a process that is gone', async () => {
    await writeFile(lockPathFor(store), holder(deadPid()));
    const lock = await acquireStoreLock(nodeFileSystem, store);
    expect(JSON.parse(await readFile(lockPathFor(store), 'utf8')).pid).toBe(process.pid);
    await lock.release();
  });

  it('leaves a lock on release that is no longer its own', async () => {
    const lock = await acquireStoreLock(nodeFileSystem, store);
    await writeFile(lockPathFor(store), holder(process.ppid));
    await lock.release();
    expect(await readFile(lockPathFor(store), 'utf8')).toBe(holder(process.ppid));
  });
});
