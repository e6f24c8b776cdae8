import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseNote } from '../../src/knowledge/parse-note.js';
import { generateQuestions } from '../../src/questions/generate-questions.js';
import { kb } from './build-items.js';

// Values the notes give as limits: under a "Quotas" / "Limits" heading, or with "max" after the number.
const dir = path.resolve(import.meta.dirname, '..', 'fixtures', 'quantity-r9');
const stems = (() => {
  const { items } = parseNote('heron-limits.md', readFileSync(path.join(dir, 'heron-limits.md'), 'utf8'));
  return generateQuestions(kb(items))
    .questions.filter((q) => q.kind === 'quantity')
    .map((q) => [q.stem, q.choices[q.answer]!]);
})();
const asking = (pattern: RegExp) => stems.filter(([stem]) => pattern.test(stem!));

describe('a limit is asked as a maximum', () => {
  it('asks a size with "max" after its number as the maximum', () => {
    expect(asking(/buffered reply/)).toEqual([['What is the maximum size of the buffered reply for Heron Functions?', '30 MB']]);
  });

  it('asks a size under a heading of quotas as the maximum', () => {
    expect(asking(/function tags/)).toEqual([['What is the maximum size of the function tags for Heron Functions?', '8 KB']]);
  });

  it('asks a value as the maximum another line of the file bounds the same thing by', () => {
    expect(asking(/packed bundle/)).toEqual([['What is the maximum size of the packed bundle for Heron Functions?', '75 MB']]);
  });

  it('keeps a size under "Limits" that no line bounds as the notes state it', () => {
    expect(asking(/log buffer/)).toEqual([['What is the size of the log buffer for Heron Functions?', '16 KB']]);
  });
});
