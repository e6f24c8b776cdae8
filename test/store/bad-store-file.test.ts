import * as realFs from 'node:fs/promises';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openFileStore } from '../../src/store/file-store.js';
import { StoreFileError } from '../../src/store/store-errors.js';
import type { StoreFileSystem } from '../../src/store/store-file-system.js';
import { freshFolder, toyOptions } from './toy-store.js';

const good = '{"schemaVersion":2,"players":[{"name":"ada","score":3}]}';

async function openError(path: string, fs?: StoreFileSystem): Promise<StoreFileError> {
  const error = await openFileStore(toyOptions(path, fs ? { fs } : {})).then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(StoreFileError);
  return error as StoreFileError;
}

/** The real file system, except that opening `path` for writing fails as on a read-only mount. */
function readOnlyAt(path: string): StoreFileSystem {
  return {
    ...realFs,
    open: (async (file: string, flags?: string) => {
      if (file === path && flags !== 'r')
        throw Object.assign(new Error(`EROFS: read-only file system, open '${file}'`), { code: 'EROFS' });
      return realFs.open(file, flags);
    }) as StoreFileSystem['open'],
  };
}

const badFiles: Array<{ kind: string; text: string; code: string; says: RegExp }> = [
  {
    kind: 'truncated',
    text: good.slice(0, 30),
    code: 'STORE_FILE_TRUNCATED',
    says: /is cut short \(it stops at line 1, column 31/,
  },
  { kind: 'not JSON', text: 'players: [ada]\n', code: 'STORE_FILE_NOT_JSON', says: /is not valid JSON/ },
  { kind: 'empty', text: '', code: 'STORE_FILE_EMPTY', says: /is empty/ },
  {
    kind: 'wrong shape',
    text: '{"schemaVersion":2,"players":[{"name":"ada","score":"three"}]}',
    code: 'STORE_FILE_INVALID',
    says: /players\.0\.score: expected number, received string/,
  },
  {
    kind: 'without schemaVersion',
    text: '{"players":[]}',
    code: 'STORE_FILE_INVALID',
    says: /schemaVersion: expected a whole number/,
  },
  {
    kind: 'from a newer version',
    text: '{"schemaVersion":3,"players":[]}',
    code: 'STORE_FILE_TOO_NEW',
    says: /newer prepbot \(schemaVersion 3; this version reads up to 2\)/,
  },
];

describe('opening a bad store file', () => {
  for (const bad of badFiles) {
    it(`${bad.kind}: names the file, the problem and the newest backup that loads, and leaves the file alone`, async () => {
      const path = join(await freshFolder(), 'state.json');
      await writeFile(path, bad.text);
      await writeFile(`${path}.bak-1`, '{"schemaVersion":2,"play'); // a broken backup is skipped
      await writeFile(`${path}.bak-2`, good);
      const error = await openError(path);
      expect(error.code).toBe(bad.code);
      expect(error.message).toContain(`Cannot open the store file ${path}: it `);
      expect(error.message).toMatch(bad.says);
      expect(error.message).toContain(`The newest backup that loads is ${path}.bak-2`);
      expect(error.message).toContain(`cp '${path}.bak-2' '${path}'`);
      expect(await readFile(path, 'utf8')).toBe(bad.text);
      expect(await readFile(`${path}.bak-1`, 'utf8')).toBe('{"schemaVersion":2,"play');
    });
  }

  it('lists at most ten zod issues', async () => {
    const path = join(await freshFolder(), 'state.json');
    const players = Array.from({ length: 14 }, () => ({ name: 1, score: 2 }));
    await writeFile(path, JSON.stringify({ schemaVersion: 2, players }));
    const error = await openError(path);
    expect(error.message.match(/players\.\d+\.name: expected string/g)).toHaveLength(10);
    expect(error.message).toContain('… and 4 more');
    expect(error.message).toContain(`There is no backup to restore (${path}.bak-1 does not exist)`);
  });

  it('says so when no backup loads either', async () => {
    const path = join(await freshFolder(), 'state.json');
    await writeFile(path, 'nope');
    await writeFile(`${path}.bak-1`, '{"schemaVersion":9}');
    const error = await openError(path);
    expect(error.message).toContain(`No backup loads either:\n  ${path}.bak-1 was written by a newer prepbot`);
  });

  it('a read-only file is reported at open, naming the file and the backup', async () => {
    const path = join(await freshFolder(), 'state.json');
    await writeFile(path, good);
    await writeFile(`${path}.bak-1`, good);
    const error = await openError(path, readOnlyAt(path));
    expect(error.code).toBe('STORE_FILE_READ_ONLY');
    expect(error.message).toContain(`Cannot open the store file ${path}: it is read-only (EROFS)`);
    expect(error.message).toContain(`The newest backup that loads is ${path}.bak-1`);
    expect(await readFile(path, 'utf8')).toBe(good);
  });

  it('a folder where nothing can be created is reported at open', async () => {
    const folder = await freshFolder();
    const path = join(folder, 'state.json');
    const error = await openError(path, readOnlyAt(`${path}.tmp`));
    expect(error.code).toBe('STORE_FILE_READ_ONLY');
    expect(error.message).toContain(`its folder ${folder} is not writable (EROFS)`);
    await expect(readFile(path)).rejects.toThrow(/ENOENT/);
  });

  it('a path that cannot be read as a file is reported', async () => {
    const path = join(await freshFolder(), 'state.json');
    await mkdir(path);
    const error = await openError(path);
    expect(error.code).toBe('STORE_FILE_UNREADABLE');
    expect(error.message).toContain(`Cannot open the store file ${path}: it is a folder, not a file`);
  });

  it('a missing file whose backups exist is not silently replaced by an empty store', async () => {
    const path = join(await freshFolder(), 'state.json');
    await writeFile(`${path}.bak-1`, good);
    const error = await openError(path);
    expect(error.code).toBe('STORE_FILE_MISSING');
    expect(error.message).toContain(`cp '${path}.bak-1' '${path}'`);
    await expect(readFile(path)).rejects.toThrow(/ENOENT/);
  });

  it('a migration that throws is reported with the versions involved', async () => {
    const path = join(await freshFolder(), 'state.json');
    await writeFile(path, '{"schemaVersion":1,"names":null}');
    const error = await openError(path);
    expect(error.code).toBe('STORE_FILE_MIGRATION_FAILED');
    expect(error.message).toContain('could not be migrated from schemaVersion 1 to 2');
    expect(error.cause).toBeInstanceOf(TypeError);
  });
});
