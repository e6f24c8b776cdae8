import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseNote } from '../../src/knowledge/parse-note.js';
import { generateQuestions } from '../../src/questions/generate-questions.js';
import { kb } from './build-items.js';

// A note in the shape of the limits the last blind review found with odd wrong choices ("53" beside
// 200 stacks, "124 days" beside 90, "7" and "8" drives beside RAID 6's 4): other lines of the same
// notes hold such numbers, about other things.
const dir = path.resolve(import.meta.dirname, '..', 'fixtures', 'quantity-r7');
const questions = (() => {
  const { items } = parseNote('lark-storage.md', readFileSync(path.join(dir, 'lark-storage.md'), 'utf8'));
  return generateQuestions(kb(items))
    .questions.filter((q) => q.kind === 'quantity')
    .map((q) => ({ stem: q.stem, choices: q.choices, answer: q.choices[q.answer]! }));
})();
const asked = (stem: string) => questions.find((q) => q.stem === stem);
const wrong = (q: { choices: string[]; answer: string } | undefined) => q?.choices.filter((choice) => choice !== q.answer) ?? [];

describe('wrong choices for a count or a time', () => {
  it('takes a table row’s wrong choices from the table’s own values and their neighbours', () => {
    const six = asked('What is the minimum number of disks for the LZ 6?');
    expect(six?.answer).toBe('4');
    expect(wrong(six)).toHaveLength(3);
    // 2 and 3 are the other layouts' minimums, the only values below 4 a reader would weigh.
    expect(wrong(six).filter((c) => Number(c) < 4)).toEqual([expect.stringMatching(/^[23]$/)]);
    // The history table's 9 and 13 are no layout's disks: only neighbours and doubles stand beside them.
    const layouts = questions.filter((q) => q.stem.includes('LZ'));
    expect(layouts.length).toBeGreaterThanOrEqual(3);
    for (const q of layouts) expect(q.choices.filter((c) => ['9', '13', '53'].includes(c))).toEqual([]);
  });

  it('never borrows a number less round than a round answer from an unrelated line', () => {
    const pools = asked('What is the maximum number of pools per cluster for the Lark storage?');
    const volumes = asked('What is the maximum number of volumes per pool for the Lark storage?');
    const retention = asked('What is the maximum retention of deleted volumes for the Lark storage?');
    expect([pools?.answer, volumes?.answer, retention?.answer]).toEqual(['200', '500', '90 days']);
    for (const q of [pools, volumes, retention]) expect(wrong(q).filter((c) => /^(?:53|13|9|124 days)$/.test(c))).toEqual([]);
  });

  it('never keys a minimum to the smallest choice', () => {
    const minimums = questions.filter((q) => /\bminimum\b/.test(q.stem));
    expect(minimums.length).toBeGreaterThanOrEqual(2);
    for (const q of minimums) {
      const values = q.choices.map((c) => Number.parseInt(c, 10));
      expect(Math.min(...values)).not.toBe(Number.parseInt(q.answer, 10));
    }
  });

  it('rounds a halved count as a person would: 12 records, never 13', () => {
    const batch = asked('What is the maximum number of records for Lark batches?');
    expect(batch?.answer).toBe('25 records');
    expect(wrong(batch)).toHaveLength(3);
    expect(wrong(batch)).not.toContain('13 records');
    for (const choice of wrong(batch)) expect(Number.parseInt(choice, 10) % 2 === 0 || Number.parseInt(choice, 10) % 5 === 0).toBe(true);
  });
});
