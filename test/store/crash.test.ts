import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCrashTrial } from './crash-harness.js';
import { freshFolder } from './toy-store.js';

describe('store under SIGKILL', () => {
  it('keeps every confirmed change exactly once, and the file always reopens (10 kills)', async () => {
    const path = join(await freshFolder(), 'state.json');
    const confirmedSoFar: string[] = [];
    for (let trial = 0; trial < 10; trial += 1) {
      // Kill points spread over the burst: right away, and up to ~60 ms into it.
      const result = await runCrashTrial({ path, prefix: `t${trial}`, killAfterMs: (trial * 7) % 61 });
      expect(result.loadError).toBeUndefined();
      expect(result.missing).toEqual([]);
      expect(result.duplicated).toEqual([]);
      confirmedSoFar.push(...result.confirmed);
      // Ids confirmed in earlier trials survive the later crashes too.
      expect(confirmedSoFar.filter((id) => !result.stored.includes(id))).toEqual([]);
    }
    expect(confirmedSoFar.length).toBeGreaterThan(50);
  }, 60_000);
});
