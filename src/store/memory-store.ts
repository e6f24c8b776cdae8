import type { JsonStore, StoreHealth } from './json-store.js';
import { StoreWriteError } from './store-errors.js';

/** The in-memory twin of the file store, for tests: same contract, nothing on disk. */
export interface MemoryStore<T> extends JsonStore<T> {
  /** How many changes were "written" (one per change; there is no disk to coalesce for). */
  readonly writes: number;
}

/** A store over a private copy of `initial`; every change resolves on the next microtask. */
export function createMemoryStore<T>(initial: T): MemoryStore<T> {
  const data = structuredClone(initial);
  let writes = 0;
  let closed = false;
  return {
    get data() {
      return data;
    },
    get writes() {
      return writes;
    },
    async change(mutate) {
      if (closed) throw new StoreWriteError('the store is closed; the change was not applied', 'STORE_CLOSED');
      mutate(data);
      writes += 1;
    },
    async close() {
      closed = true;
    },
    health(): StoreHealth {
      return { state: 'ok', pendingChanges: 0 };
    },
  };
}
