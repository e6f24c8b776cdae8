import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseNote } from '../../src/knowledge/parse-note.js';
import { generateQuestions } from '../../src/questions/generate-questions.js';
import { kb } from './build-items.js';

// Notes in the shapes the last blind review found asking one value of a statement that gives more:
// a type's length limit beside the larger limit of its MAX form, and a list of terms; and type names
// under a heading of plain words, which the stem must not tack on.
const dir = path.resolve(import.meta.dirname, '..', 'fixtures', 'quantity-r7');
const questions = (() => {
  const { items } = parseNote('kestrel-types.md', readFileSync(path.join(dir, 'kestrel-types.md'), 'utf8'));
  return generateQuestions(kb(items))
    .questions.filter((q) => q.kind === 'quantity')
    .map((q) => [q.stem, q.choices[q.answer]!]);
})();

describe('a statement that gives more than one value', () => {
  it('never asks the limit of n as the type’s maximum when the line names a larger maximum of the same measure', () => {
    expect(questions.filter(([stem]) => /maximum number of bytes/.test(stem!))).toEqual([]);
    expect(questions).toContainEqual(['What is the maximum storage for BLOB and VARBLOB?', '1 GB']);
  });

  it('asks the limit of n as the parameter’s, kept in the stem, whether or not the line names a MAX form', () => {
    expect(questions).toContainEqual(['What is the largest n allowed in BLOB(n) and VARBLOB(n)?', '6,000']);
    expect(questions).toContainEqual(['What is the largest n allowed in WORD(n) and VARWORD(n)?', '3,000']);
  });

  it('never asks one value of a list ("1 and 3 years") as the answer', () => {
    expect(questions.filter(([stem]) => /lease/.test(stem!))).toEqual([]);
    expect(questions).toContainEqual(['What is the free trial period for Kestrel Cloud?', '30 days']);
  });
});

describe('names under a heading of plain words', () => {
  it('asks of the names alone, never "… in Unicode and Binary data"', () => {
    expect(questions.filter(([stem]) => /\bin Unicode\b/.test(stem!))).toEqual([]);
  });
});
