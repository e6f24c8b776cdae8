import { describe, expect, it } from 'vitest';
import { buildFactDesk } from '../../src/lookup/build-fact-desk.js';
import type { Item } from '../../src/knowledge/item.js';
import { SAMPLE_ITEMS, bestOf, memoryRange, NOTES_LEXICON } from './sample-items.js';

const desk = buildFactDesk(SAMPLE_ITEMS, { lexicon: NOTES_LEXICON });

describe('autocomplete', () => {
  it('offers the facts a partial query leads to, best first', () => {
    const choices = desk.complete('limit', 'lambda mem');
    expect(choices.slice(0, 2).sort()).toEqual(['lambda memory', 'lambda memory allocation']);
  });

  it('completes the word being typed, however short', () => {
    expect(desk.complete('limit', 'xray po')).toContain('x-ray port');
    expect(desk.complete('define', 'ev')).toEqual(['eventbridge']);
    expect(desk.complete('define', 'dyn')[0]).toBe('dynamodb');
  });

  it('tolerates typos while completing', () => {
    expect(desk.complete('define', 'dyanmodb')).toContain('dynamodb');
    expect(desk.complete('limit', 'lamda timout')[0]).toBe('lambda execution timeout');
  });

  it('every suggestion, typed back, finds the item it names', () => {
    for (const label of desk.complete('limit', 'lambda')) {
      expect(desk.limit(label).body, label).not.toMatch(/^The notes don't say/u);
    }
    expect(bestOf(desk.limit('lambda memory allocation'))).toContain('128 MB to 10 GB');
  });

  it('writes a possessive or an apostrophe out of a label, not as a stray letter', () => {
    const runTime: Item = {
      ...memoryRange,
      id: 'f-run',
      attribute: "function's run time",
      text: "Each function's run time is billed",
    };
    const withRunTime = buildFactDesk([...SAMPLE_ITEMS, runTime], { lexicon: NOTES_LEXICON });
    const labels = withRunTime.complete('limit', 'lambda fun');
    expect(labels).toContain('lambda function run time');
    expect(labels.join(' ')).not.toMatch(/\bs\b/u);
    expect(withRunTime.limit('lambda function run time').title).toBe("Lambda quotas — function's run time");
  });

  it('offers starting points for an empty partial', () => {
    const choices = desk.complete('limit', '');
    expect(choices.length).toBeGreaterThan(5);
    expect(new Set(choices).size).toBe(choices.length);
  });

  it('keeps to the platform limits: at most 25 (or max) choices of at most 100 characters', () => {
    const many: Item[] = Array.from({ length: 60 }, (_, i) => ({
      ...memoryRange,
      id: `m${i}`,
      // Labels are a few words (longer ones are sentences, not offered); one long word tests the cut at 100.
      attribute: `memory allocation v${i}${'x'.repeat(120)}`,
    }));
    const big = buildFactDesk(many, { lexicon: NOTES_LEXICON });
    const choices = big.complete('limit', 'lambda memory');
    expect(choices).toHaveLength(25);
    for (const choice of choices) expect(Array.from(choice).length).toBeLessThanOrEqual(100);
    expect(big.complete('limit', 'lambda memory', 3)).toHaveLength(3);
    expect(big.complete('limit', 'lambda memory', 500)).toHaveLength(25);
    expect(big.complete('limit', 'lambda memory', 0)).toEqual([]);
  });

  it('returns nothing, without throwing, for hostile input', () => {
    expect(desk.complete('define', '\u0000\u202e🙂'.repeat(3000))).toEqual([]);
    expect(desk.complete('limit', undefined as unknown as string)).toEqual(expect.any(Array));
  });
});
