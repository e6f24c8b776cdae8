import { describe, expect, it } from 'vitest';
import { formatChoice, minimumKeyedToSmallest } from '../../src/questions/quantity-choice.js';

describe('minimumKeyedToSmallest', () => {
  it.each([
    ['What is the minimum retention?', ['1 day', '7 days', '30 days', '90 days'], 0, true],
    ['What is the minimum retention?', ['90 days', '30 days', '7 days', '1 day'], 3, true],
    ['How long does a warm site take at least?', ['48 hours', '24 hours', '12 hours', '2 hours'], 2, false],
    ['What is the maximum retention?', ['1 day', '7 days', '30 days', '90 days'], 0, false],
    ['What is the minimum part size?', ['5 MB', '1,000 MB', '2 MB', '10 MB'], 0, false],
    ['What is the minimum cache size?', ['500 MB', '1 GB', '2 GB', '5 GB'], 0, true],
    ['What is the minimum cache size?', ['1 GB', '500 MB', '250 MB', '2 GB'], 0, false],
  ])('%s keyed to choice %#', (stem, choices, answer, expected) => {
    expect(minimumKeyedToSmallest(stem, choices, answer as number)).toBe(expected);
  });
});

describe('formatChoice', () => {
  it('writes one counted thing in the singular, several in the plural', () => {
    expect(formatChoice(1, { dimension: 'count', noun: 'read replicas' })).toBe('1 read replica');
    expect(formatChoice(1, { dimension: 'count', noun: 'policies' })).toBe('1 policy');
    expect(formatChoice(5, { dimension: 'count', noun: 'read replicas' })).toBe('5 read replicas');
  });
});
