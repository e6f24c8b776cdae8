import { mkdir, readFile, rm, rmdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openFileStore } from '../../src/store/file-store.js';
import { StoreWriteError } from '../../src/store/store-errors.js';
import { freshFolder, toyOptions } from './toy-store.js';

async function waitFor(condition: () => boolean, timeoutMs = 3000): Promise<void> {
  const start = Date.now();
  while (!condition()) {
    if (Date.now() - start > timeoutMs) throw new Error('condition not met in time');
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}

describe('file store', () => {
  it('starts from the initial data in a new folder, and a change survives reopening', async () => {
    const path = join(await freshFolder(), 'nested', 'state.json');
    const store = await openFileStore(toyOptions(path));
    expect(store.data).toEqual({ players: [] });
    await store.change((data) => data.players.push({ name: 'ada', score: 3 }));
    const text = await readFile(path, 'utf8');
    expect(text).toBe('{"schemaVersion":2,"players":[{"name":"ada","score":3}]}');
    await store.close();
    const again = await openFileStore(toyOptions(path));
    expect(again.data).toEqual({ players: [{ name: 'ada', score: 3 }] });
    await again.close();
  });

  it('coalesces 100 concurrent changes into far fewer writes and resolves them all', async () => {
    const path = join(await freshFolder(), 'state.json');
    const store = await openFileStore(toyOptions(path));
    const changes = Array.from({ length: 100 }, (_, i) =>
      store.change((data) => data.players.push({ name: `p${i}`, score: i })),
    );
    await Promise.all(changes);
    expect(store.writes).toBeLessThanOrEqual(2);
    expect(store.health()).toEqual({ state: 'ok', pendingChanges: 0 });
    const onDisk = JSON.parse(await readFile(path, 'utf8'));
    expect(onDisk.players).toHaveLength(100);
    await store.close();
  });

  it('queues changes made while a write is in flight into one next write', async () => {
    const path = join(await freshFolder(), 'state.json');
    const store = await openFileStore(toyOptions(path));
    const first = store.change((data) => data.players.push({ name: 'first', score: 1 }));
    await Promise.resolve();
    await Promise.resolve(); // the first write has started
    const later = Array.from({ length: 50 }, (_, i) =>
      store.change((data) => data.players.push({ name: `later${i}`, score: i })),
    );
    expect(store.health().pendingChanges).toBe(51);
    await Promise.all([first, ...later]);
    expect(store.writes).toBe(2);
    expect(JSON.parse(await readFile(path, 'utf8')).players).toHaveLength(51);
    await store.close();
  });

  it('keeps the last N good files as .bak-1..N, newest first', async () => {
    const path = join(await freshFolder(), 'state.json');
    const store = await openFileStore(toyOptions(path, { backups: 2, backupEveryMs: 0 }));
    for (const score of [1, 2, 3, 4]) await store.change((data) => void (data.players = [{ name: 'ada', score }]));
    const scoreIn = async (file: string) => JSON.parse(await readFile(file, 'utf8')).players[0].score;
    expect(await scoreIn(path)).toBe(4);
    expect(await scoreIn(`${path}.bak-1`)).toBe(3);
    expect(await scoreIn(`${path}.bak-2`)).toBe(2);
    await expect(readFile(`${path}.bak-3`)).rejects.toThrow(/ENOENT/);
    await store.close();
  });

  it('keeps backups minutes apart: a burst of writes leaves the file as it was found as .bak-1', async () => {
    const path = join(await freshFolder(), 'state.json');
    const first = await openFileStore(toyOptions(path));
    await first.change((data) => void (data.players = [{ name: 'ada', score: 1 }]));
    await first.close();
    const store = await openFileStore(toyOptions(path, { backupEveryMs: 60_000 }));
    for (const score of [2, 3, 4, 5]) await store.change((data) => void (data.players = [{ name: 'ada', score }]));
    const scoreIn = async (file: string) => JSON.parse(await readFile(file, 'utf8')).players[0].score;
    expect(await scoreIn(path)).toBe(5);
    expect(await scoreIn(`${path}.bak-1`)).toBe(1);
    await expect(readFile(`${path}.bak-2`)).rejects.toThrow(/ENOENT/);
    await store.close();
  });

  it('when the disk refuses: change rejects, health says failing, and the change is written once the disk is back', async () => {
    const path = join(await freshFolder(), 'state.json');
    const store = await openFileStore(toyOptions(path));
    await store.change((data) => data.players.push({ name: 'ada', score: 1 }));
    const before = await readFile(path, 'utf8');
    await mkdir(`${path}.tmp`); // the temp file cannot be created: every write fails

    const failed = store.change((data) => data.players.push({ name: 'bob', score: 2 }));
    await expect(failed).rejects.toBeInstanceOf(StoreWriteError);
    await expect(failed).rejects.toMatchObject({ code: 'STORE_WRITE_FAILED', message: expect.stringContaining(path) });
    expect(store.data.players.map((p) => p.name)).toEqual(['ada', 'bob']);
    const health = store.health();
    expect(health.state).toBe('failing');
    expect(health.lastError).toMatch(/EISDIR/);
    expect(health.pendingChanges).toBe(1);
    expect(await readFile(path, 'utf8')).toBe(before);

    await rmdir(`${path}.tmp`);
    await waitFor(() => store.health().state === 'ok');
    expect(store.health()).toEqual({ state: 'ok', pendingChanges: 0 });
    expect(JSON.parse(await readFile(path, 'utf8')).players.map((p: { name: string }) => p.name)).toEqual([
      'ada',
      'bob',
    ]);
    await store.close();
  });

  it('recreates the file if it was deleted while the store was open', async () => {
    const path = join(await freshFolder(), 'state.json');
    const store = await openFileStore(toyOptions(path));
    await store.change((data) => data.players.push({ name: 'ada', score: 1 }));
    await rm(path);
    await store.change((data) => data.players.push({ name: 'bob', score: 2 }));
    expect(JSON.parse(await readFile(path, 'utf8')).players).toHaveLength(2);
    await store.close();
  });

  it('close writes what is pending, and a change after close is refused', async () => {
    const path = join(await freshFolder(), 'state.json');
    const store = await openFileStore(toyOptions(path));
    void store.change((data) => data.players.push({ name: 'ada', score: 1 }));
    await store.close();
    expect(JSON.parse(await readFile(path, 'utf8')).players).toEqual([{ name: 'ada', score: 1 }]);
    await expect(store.change((data) => data.players.push({ name: 'late', score: 0 }))).rejects.toMatchObject({
      code: 'STORE_CLOSED',
    });
    expect(store.data.players).toHaveLength(1);
  });

  it('close while the disk still refuses rejects, and leaves the old file in place', async () => {
    const path = join(await freshFolder(), 'state.json');
    const store = await openFileStore(toyOptions(path));
    await store.change((data) => data.players.push({ name: 'ada', score: 1 }));
    const before = await readFile(path, 'utf8');
    await mkdir(`${path}.tmp`);
    await expect(store.change((data) => data.players.push({ name: 'bob', score: 2 }))).rejects.toMatchObject({
      code: 'STORE_WRITE_FAILED',
    });
    await expect(store.close()).rejects.toMatchObject({ name: 'StoreWriteError', code: 'STORE_WRITE_FAILED' });
    await rmdir(`${path}.tmp`);
    await new Promise((resolve) => setTimeout(resolve, 150)); // longer than the retry delays: no retry after close
    expect(await readFile(path, 'utf8')).toBe(before);
  });

  it('a change whose function throws rejects with that error and writes nothing', async () => {
    const path = join(await freshFolder(), 'state.json');
    const store = await openFileStore(toyOptions(path));
    await expect(
      store.change(() => {
        throw new Error('bad mutate');
      }),
    ).rejects.toThrow('bad mutate');
    expect(store.writes).toBe(0);
    await store.close();
  });

  it('migrates a version-1 file step by step and writes it back as version 2 on the next change', async () => {
    const path = join(await freshFolder(), 'state.json');
    const v1 = '{"schemaVersion":1,"names":["ada","bob"]}';
    await writeFile(path, v1);
    const store = await openFileStore(toyOptions(path));
    expect(store.data).toEqual({
      players: [
        { name: 'ada', score: 0 },
        { name: 'bob', score: 0 },
      ],
    });
    expect(await readFile(path, 'utf8')).toBe(v1);
    await store.change((data) => void (data.players[0]!.score = 5));
    expect(JSON.parse(await readFile(path, 'utf8'))).toEqual({
      schemaVersion: 2,
      players: [
        { name: 'ada', score: 5 },
        { name: 'bob', score: 0 },
      ],
    });
    expect(await readFile(`${path}.bak-1`, 'utf8')).toBe(v1);
    await store.close();
  });
});
