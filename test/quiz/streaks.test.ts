import { describe, expect, it } from 'vitest';
import { currentStreak, recordResult, streakBefore, streaksOf } from '../../src/quiz/streaks.js';

const R = true;
const W = false;

describe('streaksOf', () => {
  it.each<[string, Array<[number, boolean]>, number, number, number]>([
    ['nothing answered', [], 3, 0, 0],
    ['one right, latest round', [[1, R]], 1, 1, 1],
    [
      'three right in a row',
      [
        [1, R],
        [2, R],
        [3, R],
      ],
      3,
      3,
      3,
    ],
    [
      'wrong answer ends the run',
      [
        [1, R],
        [2, R],
        [3, W],
      ],
      3,
      0,
      2,
    ],
    [
      'a skipped round ends the run',
      [
        [1, R],
        [2, R],
        [4, R],
      ],
      4,
      1,
      2,
    ],
    [
      'run not alive once a later round closed unanswered',
      [
        [1, R],
        [2, R],
      ],
      3,
      0,
      2,
    ],
    [
      'run alive while the next round is still open',
      [
        [1, R],
        [2, R],
      ],
      2,
      2,
      2,
    ],
    [
      'best kept after a longer old run',
      [
        [1, R],
        [2, R],
        [3, R],
        [4, W],
        [5, R],
      ],
      5,
      1,
      3,
    ],
    [
      'order of results does not matter',
      [
        [3, R],
        [1, R],
        [2, R],
      ],
      3,
      3,
      3,
    ],
  ])('%s', (_name, results, closedSeq, current, best) => {
    expect(
      streaksOf(
        results.map(([seq, correct]) => ({ seq, correct })),
        closedSeq,
      ),
    ).toEqual({ current, best });
  });
});

describe('streakBefore', () => {
  it('counts the run leading straight into the round', () => {
    const record = recordResult(recordResult(undefined, 1, true), 2, true);
    expect(streakBefore(record, 3)).toBe(2);
    expect(streakBefore(record, 4)).toBe(0);
    expect(streakBefore(undefined, 1)).toBe(0);
  });

  it('ignores a result for a round older than the last one recorded', () => {
    const record = recordResult(undefined, 5, true);
    expect(recordResult(record, 4, false)).toEqual(record);
    expect(currentStreak(record, 5)).toBe(1);
  });
});
