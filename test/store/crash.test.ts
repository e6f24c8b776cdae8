import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCrashTrial } from './crash-harness.js';
import { freshFolder } from './toy-store.js';

describe('store under SIGKILL', () => {
  it('keeps every confirmed change exactly once, and the file always reopens (10 kills)', async () => {
    const path = join(await freshFolder(), 'state.json');
    const confirmedSoFar: string[] = [];
    for (let trial = 0; trial < 10; trial += 1) {
      // Kill points spread over the burst: after 0 to 18 confirmed changes (so the kills land mid-burst
      // however busy the machine is), then up to ~12 ms more.
      const result = await runCrashTrial({
        path,
        prefix: `t${trial}`,
        killAfterConfirmed: trial * 2,
        killAfterMs: (trial * 7) % 13,
      });
      expect(result.loadError).toBeUndefined();
      expect(result.missing).toEqual([]);
      expect(result.duplicated).toEqual([]);
      confirmedSoFar.push(...result.confirmed);
      // Ids confirmed in earlier trials survive the later crashes too.
      expect(confirmedSoFar.filter((id) => !result.stored.includes(id))).toEqual([]);
    }
    // The trials did write: at least the 90 changes the kill points wait for were confirmed and kept.
    expect(confirmedSoFar.length).toBeGreaterThanOrEqual(90);
  }, 60_000);
});
