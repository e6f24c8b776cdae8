import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { z } from 'zod';
import type { FileStoreOptions } from '../../src/store/file-store.js';

/** A small store schema for the store tests: version 2 of a scoreboard. */
const toySchema = z.object({
  players: z.array(z.object({ name: z.string(), score: z.number() })),
});
export type Toy = z.infer<typeof toySchema>;

/** Version 1 stored only the names; version 2 gives each a score. */
const toyMigrations = {
  2: (old: { names: string[] }) => ({ players: old.names.map((name) => ({ name, score: 0 })) }),
};

/** A fresh folder under the system temp folder. */
export function freshFolder(): Promise<string> {
  return mkdtemp(join(tmpdir(), 'prepbot-store-'));
}

/** Options for a toy store at `path`, retrying fast so tests need not wait. */
export function toyOptions(path: string, extra: Partial<FileStoreOptions<Toy>> = {}): FileStoreOptions<Toy> {
  return {
    path,
    schema: toySchema,
    currentVersion: 2,
    migrations: toyMigrations,
    initial: () => ({ players: [] }),
    retry: { firstMs: 20, maxMs: 100 },
    ...extra,
  };
}
