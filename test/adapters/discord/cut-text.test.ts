import { describe, expect, test } from 'vitest';
import { cutText } from '../../../src/adapters/discord/cut-text.js';

describe('cutText', () => {
  test.each([
    { text: 'short', max: 10, expected: 'short' },
    { text: 'exactly ten', max: 11, expected: 'exactly ten' },
    { text: 'the quick brown fox jumps', max: 16, expected: 'the quick brown…' },
    { text: 'abcdefghijklmnopqrstuvwxyz', max: 10, expected: 'abcdefghi…' },
    { text: 'anything', max: 1, expected: '…' },
    { text: 'anything', max: 0, expected: '' },
  ])('$text to $max → $expected', ({ text, max, expected }) => {
    expect(cutText(text, max)).toBe(expected);
  });

  test('never splits an emoji (surrogate pair)', () => {
    const cut = cutText('ab😀😀😀😀', 5);
    expect(cut).toBe('ab😀…');
    expect(cut.length).toBeLessThanOrEqual(5);
  });

  test('never leaves a dangling markdown escape', () => {
    expect(cutText('abcdefgh\\*rest of it', 10)).toBe('abcdefgh…');
    expect(cutText('abcdefg\\\\more text', 10)).toBe('abcdefg\\\\…');
  });

  test('result is always within the limit', () => {
    for (let max = 1; max < 60; max += 1) expect(cutText('word '.repeat(30), max).length).toBeLessThanOrEqual(max);
  });
});
