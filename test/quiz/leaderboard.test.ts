import { describe, expect, it } from 'vitest';
import { leaderboard, rankScores, totalsOf } from '../../src/quiz/leaderboard.js';

describe('rankScores', () => {
  it.each<[string, Array<[string, number, number]>, string[]]>([
    [
      'more points first',
      [
        ['a', 10, 1],
        ['b', 30, 1],
        ['c', 20, 1],
      ],
      ['b', 'c', 'a'],
    ],
    [
      'equal points: reached earlier first',
      [
        ['a', 10, 50],
        ['b', 10, 20],
      ],
      ['b', 'a'],
    ],
    [
      'equal points and time: user key',
      [
        ['z', 10, 5],
        ['m', 10, 5],
        ['a', 10, 5],
      ],
      ['a', 'm', 'z'],
    ],
  ])('%s', (_name, lines, order) => {
    const ranked = rankScores(lines.map(([user, points, reachedAt]) => ({ user, points, reachedAt })));
    expect(ranked.map((s) => s.user)).toEqual(order);
    expect(ranked.map((s) => s.rank)).toEqual(order.map((_, i) => i + 1));
  });

  it('gives the same order whatever the input order', () => {
    const lines = Array.from({ length: 30 }, (_, i) => ({ user: `u${i}`, points: (i * 7) % 5, reachedAt: i % 3 }));
    const forward = rankScores(lines).map((s) => s.user);
    expect(rankScores([...lines].reverse()).map((s) => s.user)).toEqual(forward);
  });
});

describe('leaderboard', () => {
  const lines = Array.from({ length: 15 }, (_, i) => ({
    user: `u${String(i).padStart(2, '0')}`,
    points: 100 - i,
    reachedAt: 0,
  }));

  it('shows the top ten and the caller when further down', () => {
    const board = leaderboard(lines, 'u13');
    expect(board.top.map((s) => s.user)).toEqual(lines.slice(0, 10).map((l) => l.user));
    expect(board.caller).toMatchObject({ user: 'u13', rank: 14, points: 87 });
    expect(board.ranked).toBe(15);
  });

  it('does not repeat a caller who is already in the top ten', () => {
    expect(leaderboard(lines, 'u03').caller).toBeUndefined();
  });

  it('has no caller line for someone not ranked', () => {
    expect(leaderboard(lines, 'nobody').caller).toBeUndefined();
  });
});

describe('totalsOf', () => {
  it('sums points per person and keeps when the last points came', () => {
    const totals = totalsOf([
      { user: 'a', points: 13, at: 100 },
      { user: 'b', points: 0, at: 50 },
      { user: 'a', points: 10, at: 300 },
      { user: 'c', points: 12, at: 200 },
    ]);
    expect(totals).toEqual([
      { user: 'a', points: 23, reachedAt: 300 },
      { user: 'c', points: 12, reachedAt: 200 },
    ]);
  });
});
