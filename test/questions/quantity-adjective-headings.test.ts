import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseNote } from '../../src/knowledge/parse-note.js';
import { generateQuestions } from '../../src/questions/generate-questions.js';
import { kb } from './build-items.js';

// Headings that are adjectives ("## Buccal" under "# 3. Uptake"): the value is of the parent's noun so qualified.
const dir = path.resolve(import.meta.dirname, '..', 'fixtures', 'quantity-r9');
const stems = (() => {
  const { items } = parseNote('tern-dosing.md', readFileSync(path.join(dir, 'tern-dosing.md'), 'utf8'));
  return generateQuestions(kb(items))
    .questions.filter((q) => q.kind === 'quantity')
    .map((q) => [q.stem, q.choices[q.answer]!]);
})();

describe('a heading that is an adjective', () => {
  it('asks the value of the parent heading’s noun the adjective qualifies', () => {
    expect(stems).toContainEqual(['What is the yield for the buccal uptake?', '45 %']);
    expect(stems).toContainEqual(['What is the yield for the intranasal uptake?', '65 %']);
  });

  it('never asks "for <adjective>", and drops one whose parent gives no noun', () => {
    expect(stems.filter(([stem]) => /\bfor (?:Buccal|Intranasal|Topical|Oral)\b/.test(stem!))).toEqual([]);
    expect(stems.filter(([, answer]) => answer === '35 %')).toEqual([]);
  });
});
