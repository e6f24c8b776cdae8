import { describe, expect, it } from 'vitest';
import { describeItemStats, itemStats, roundTally } from '../../src/quiz/item-stats.js';
import type { ItemTally } from '../../src/quiz/state-schema.js';

describe('item statistics: difficulty and discrimination', () => {
  // [answered, correct, top answered, top correct, bottom answered, bottom correct] → what a reviewer is told
  const cases: Array<
    [string, ItemTally, { difficulty?: number; discrimination?: number; verdicts: string[]; tooFew: boolean }]
  > = [
    ['nobody answered', [0, 0, 0, 0, 0, 0], { verdicts: [], tooFew: true }],
    [
      'too few answers: no verdict, even at 100% right',
      [9, 9, 3, 3, 3, 3],
      { difficulty: 1, discrimination: 0, verdicts: [], tooFew: true },
    ],
    [
      'too few answers: no verdict, even when the weaker do better',
      [6, 3, 2, 0, 2, 2],
      { difficulty: 0.5, discrimination: -1, verdicts: [], tooFew: true },
    ],
    [
      'a healthy question',
      [30, 18, 10, 9, 10, 3],
      { difficulty: 0.6, discrimination: 0.6, verdicts: [], tooFew: false },
    ],
    [
      'almost everyone right',
      [20, 19, 6, 6, 6, 5],
      { difficulty: 0.95, discrimination: 1 / 6, verdicts: ['too-easy'], tooFew: false },
    ],
    ['exactly the easy threshold', [10, 9, 0, 0, 0, 0], { difficulty: 0.9, verdicts: ['too-easy'], tooFew: false }],
    [
      'almost everyone wrong',
      [20, 2, 6, 1, 6, 1],
      { difficulty: 0.1, discrimination: 0, verdicts: ['too-hard'], tooFew: false },
    ],
    [
      'the weaker players do better',
      [30, 15, 10, 2, 10, 8],
      { difficulty: 0.5, discrimination: -0.6, verdicts: ['reversed'], tooFew: false },
    ],
    [
      'reversed, but thirds too small to say',
      [12, 6, 4, 1, 4, 3],
      { difficulty: 0.5, discrimination: -0.5, verdicts: [], tooFew: false },
    ],
    [
      'stronger and weaker level: not reversed',
      [30, 15, 10, 5, 10, 5],
      { difficulty: 0.5, discrimination: 0, verdicts: [], tooFew: false },
    ],
    [
      'no thirds counted (everyone level every round)',
      [15, 8, 0, 0, 0, 0],
      { difficulty: 8 / 15, verdicts: [], tooFew: false },
    ],
  ];
  for (const [name, tally, expected] of cases) {
    it(name, () => {
      const stats = itemStats(tally);
      expect(stats.verdicts).toEqual(expected.verdicts);
      expect(stats.tooFew).toBe(expected.tooFew);
      if (expected.difficulty === undefined) expect(stats.difficulty).toBeUndefined();
      else expect(stats.difficulty).toBeCloseTo(expected.difficulty);
      if (expected.discrimination === undefined) expect(stats.discrimination).toBeUndefined();
      else expect(stats.discrimination).toBeCloseTo(expected.discrimination);
    });
  }

  it('reads as a reviewer would want it', () => {
    expect(describeItemStats(itemStats(undefined))).toBe('not answered yet');
    expect(describeItemStats(itemStats([6, 3, 2, 0, 2, 2]))).toBe(
      '6 answered · 50% right · discrimination -1.00 · too few answers for a verdict (10 needed)',
    );
    expect(describeItemStats(itemStats([30, 15, 10, 2, 10, 8]))).toBe(
      '30 answered · 50% right · discrimination -0.60 · review: the weaker players get it right more often than the stronger',
    );
  });
});

describe('one round adds to its question: thirds by season points before the round', () => {
  const points: Record<string, number> = { a: 50, b: 40, c: 30, d: 20, e: 10, f: 0 };
  const answers = (rights: string) => Object.keys(points).map((user, i) => ({ user, correct: rights[i] === 'y' }));
  const cases: Array<[string, ReturnType<typeof answers>, (u: string) => number, ItemTally]> = [
    ['strong right, weak wrong', answers('yyyynn'), (u) => points[u]!, [6, 4, 2, 2, 2, 0]],
    ['weak right, strong wrong', answers('nnyyyy'), (u) => points[u]!, [6, 4, 2, 0, 2, 2]],
    ['everyone level: the thirds say nothing, only the counts go in', answers('yynnyy'), () => 0, [6, 4, 0, 0, 0, 0]],
    ['two answers: no thirds', answers('yn').slice(0, 2), (u) => points[u]!, [2, 1, 0, 0, 0, 0]],
    ['nobody answered', [], () => 0, [0, 0, 0, 0, 0, 0]],
  ];
  for (const [name, given, pointsOf, expected] of cases) {
    it(name, () => expect(roundTally(given, pointsOf)).toEqual(expected));
  }
});
