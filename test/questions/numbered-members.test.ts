import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseNote } from '../../src/knowledge/parse-note.js';
import { generateQuestions } from '../../src/questions/generate-questions.js';
import { kb } from './build-items.js';

// "## Beta 1" over what it is: a word and a numeral name one member of a series, defined by its paragraph.
const file = path.resolve(import.meta.dirname, '..', 'fixtures', 'numbered-members', 'ocean-zones.md');
const { items } = parseNote('ocean-zones.md', readFileSync(file, 'utf8'));
const questions = generateQuestions(kb(items)).questions;

describe('a heading that numbers one member of a series', () => {
  it('is defined by the paragraph under it and asked among the other members', () => {
    const asked = questions.filter((q) => q.kind === 'definition-to-term');
    expect(asked.length).toBeGreaterThan(0);
    for (const q of asked) expect(q.choices.every((choice) => /^Zone [123]$/.test(choice))).toBe(true);
    expect(asked.map((q) => q.choices[q.answer])).toContain('Zone 3');
  });

  it('never takes a numbered step of the notes for a thing', () => {
    expect(items.filter((item) => item.kind === 'definition' && /step/i.test(item.term))).toEqual([]);
    expect(questions.flatMap((q) => q.choices).filter((choice) => /step/i.test(choice))).toEqual([]);
  });
});
