import { describe, expect, it } from 'vitest';
import { createMemoryStore } from '../../src/store/memory-store.js';

describe('memory store', () => {
  it('applies changes in order on its own copy and reports healthy', async () => {
    const initial = { count: 0, log: [] as string[] };
    const store = createMemoryStore(initial);
    const a = store.change((data) => void (data.count += 1));
    const b = store.change((data) => void data.log.push(`count was ${data.count}`));
    await Promise.all([a, b]);
    expect(store.data).toEqual({ count: 1, log: ['count was 1'] });
    expect(initial).toEqual({ count: 0, log: [] });
    expect(store.health()).toEqual({ state: 'ok', pendingChanges: 0 });
    expect(store.writes).toBe(2);
  });

  it('refuses changes after close, like the file store', async () => {
    const store = createMemoryStore({ count: 0 });
    await store.close();
    await expect(store.change((data) => void (data.count += 1))).rejects.toMatchObject({
      name: 'StoreWriteError',
      code: 'STORE_CLOSED',
    });
    expect(store.data.count).toBe(0);
  });
});
