import { describe, expect, it } from 'vitest';
import { pointsFor } from '../../src/quiz/scoring.js';

describe('pointsFor', () => {
  it.each([
    // correct, rightBefore, streakBefore → total, speed, streak
    [false, 0, 4, 0, 0, 0],
    [true, 0, 0, 13, 3, 0],
    [true, 1, 0, 12, 2, 0],
    [true, 2, 0, 11, 1, 0],
    [true, 3, 0, 10, 0, 0],
    [true, 40, 0, 10, 0, 0],
    [true, 5, 1, 11, 0, 1],
    [true, 5, 5, 15, 0, 5],
    [true, 5, 9, 15, 0, 5],
    [true, 0, 9, 18, 3, 5],
  ])(
    'correct=%s rightBefore=%i streakBefore=%i → %i points',
    (correct, rightBefore, streakBefore, total, speed, streak) => {
      const points = pointsFor({ correct, rightBefore, streakBefore });
      expect(points.total).toBe(total);
      expect(points.speedBonus).toBe(speed);
      expect(points.streakBonus).toBe(streak);
      expect(points.base + points.speedBonus + points.streakBonus).toBe(total);
    },
  );
});
