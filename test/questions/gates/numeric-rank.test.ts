import { describe, expect, it } from 'vitest';
import { orderByValue, wantedRank } from '../../../src/questions/gates/numeric-rank.js';
import { numberIn } from '../../../src/questions/quantity-question.js';

describe('numeric rank', () => {
  it('draws every rank, smallest and largest included, evenly over many questions', () => {
    const counts = [0, 0, 0, 0];
    for (let i = 0; i < 400; i += 1) counts[wantedRank(`q-${i}`, 3)]! += 1;
    for (const count of counts) expect(count).toBeGreaterThan(60);
  });

  it('shows number choices in ascending order and reports where the answer landed', () => {
    expect(orderByValue('15 minutes', ['30 minutes', '5 minutes', '10 minutes'], (t) => numberIn(t)!)).toEqual({ choices: ['5 minutes', '10 minutes', '15 minutes', '30 minutes'], answer: 2 });
    expect(numberIn('$0.20 per 1M requests')).toBe(0.2);
    expect(numberIn('1,024 bytes')).toBe(1024);
  });
});
