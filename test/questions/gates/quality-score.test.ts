import { describe, expect, it } from 'vitest';
import { qualityScore } from '../../../src/questions/gates/quality-score.js';

describe('qualityScore', () => {
  it('ranks a situation above a membership question, and alike choices above uneven ones', () => {
    const alike = ['Lambda', 'Fargate', 'Batch', 'EC2'];
    expect(qualityScore({ kind: 'usecase', choices: alike })).toBeGreaterThan(qualityScore({ kind: 'membership', choices: alike }));
    expect(qualityScore({ kind: 'quantity', choices: ['1 GB', '2 GB', '4 GB'] })).toBeGreaterThan(qualityScore({ kind: 'quantity', choices: ['1 GB', '2,048 megabytes in all', '4 GB'] }));
    expect(qualityScore({ kind: 'quantity', choices: ['1 GB', '2 GB'], qualified: true })).toBeGreaterThan(qualityScore({ kind: 'quantity', choices: ['1 GB', '2 GB'] }));
  });

  it('stays within 0 and 1', () => {
    for (const kind of ['usecase', 'membership', 'quantity'] as const) {
      const score = qualityScore({ kind, choices: ['a', 'a much longer choice than the other one', 'b'], farShare: 1, qualified: true });
      expect(score).toBeGreaterThanOrEqual(0);
      expect(score).toBeLessThanOrEqual(1);
    }
  });
});
