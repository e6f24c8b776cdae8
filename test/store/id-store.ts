import { z } from 'zod';
import type { FileStoreOptions } from '../../src/store/file-store.js';

/** The crash tests' store: a list of ids, appended to in bursts. */
export const idSchema = z.object({ ids: z.array(z.string()) });

export function idStoreOptions(path: string): FileStoreOptions<z.infer<typeof idSchema>> {
  return {
    path,
    schema: idSchema,
    currentVersion: 1,
    migrations: {},
    initial: () => ({ ids: [] }),
    retry: { firstMs: 20, maxMs: 100 },
  };
}
