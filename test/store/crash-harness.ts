import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { openFileStore } from '../../src/store/file-store.js';
import { idStoreOptions } from './id-store.js';

const child = join(import.meta.dirname, 'crash-child.ts');

/** What one kill left behind: ids confirmed by the child, and how the file compares. */
export interface CrashTrialResult {
  /** Ids the child printed, i.e. whose change() had resolved before the kill. */
  confirmed: string[];
  /** Confirmed ids absent from the reopened file (must be empty). */
  missing: string[];
  /** Ids present more than once in the reopened file (must be empty). */
  duplicated: string[];
  /** Why the file did not reopen, if it did not (must be undefined). */
  loadError?: string;
  /** All ids in the reopened file. */
  stored: string[];
}

/**
 * Starts the child on the store at `path`, lets it write until it has confirmed `killAfterConfirmed`
 * changes (default 0: as soon as it is ready) and then for `killAfterMs` more, SIGKILLs it
 * and reopens the file with the real file store. Reusable for longer runs (call it in a loop on one path:
 * each trial also proves the previous trials' file reopens).
 */
export async function runCrashTrial(options: {
  path: string;
  prefix: string;
  killAfterMs: number;
  killAfterConfirmed?: number;
}): Promise<CrashTrialResult> {
  const proc = spawn(process.execPath, ['--import', 'tsx', child, options.path, options.prefix], {
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const confirmed: string[] = [];
  const exited = new Promise<void>((resolve) => proc.once('exit', () => resolve()));
  const lines = createInterface({ input: proc.stdout });
  const closed = new Promise<void>((resolve) => lines.once('close', () => resolve()));
  let timer: NodeJS.Timeout | undefined;
  const armAt = options.killAfterConfirmed ?? 0;
  const arm = () => (timer ??= setTimeout(() => proc.kill('SIGKILL'), options.killAfterMs));
  lines.on('line', (line) => {
    if (line !== 'ready') confirmed.push(line);
    if (confirmed.length >= armAt && (line !== 'ready' || armAt === 0)) arm();
  });
  await Promise.all([exited, closed]);
  clearTimeout(timer);
  try {
    const store = await openFileStore(idStoreOptions(options.path));
    const stored = [...store.data.ids];
    await store.close();
    const counts = new Map<string, number>();
    for (const id of stored) counts.set(id, (counts.get(id) ?? 0) + 1);
    return {
      confirmed,
      stored,
      missing: confirmed.filter((id) => !counts.has(id)),
      duplicated: [...counts].filter(([, n]) => n > 1).map(([id]) => id),
    };
  } catch (error) {
    return { confirmed, stored: [], missing: confirmed, duplicated: [], loadError: (error as Error).message };
  }
}
