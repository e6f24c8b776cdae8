import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { FactItem } from '../../src/knowledge/item.js';
import { parseNote } from '../../src/knowledge/parse-note.js';
import { generateQuestions } from '../../src/questions/generate-questions.js';
import { kb } from '../questions/build-items.js';

// Prose whose value is said of a noun phrase the words around it scope ("… for every worker",
// "… for a failed batch") or a key of several words a heading reader would take for a name.
const file = path.resolve(import.meta.dirname, '..', 'fixtures', 'said-of', 'kiln-queue.md');
const items = parseNote('kiln-queue.md', readFileSync(file, 'utf8')).items;
const facts = items.filter((i): i is FactItem => i.kind === 'fact' && i.quantity !== undefined);
const read = (line: number) =>
  facts.filter((f) => f.source.line === line).map((f) => [f.subject, f.attribute, f.quantity!.text, f.role]);

describe('the attribute a value is said of', () => {
  it('is the object of a setting verb, not the words after the value', () => {
    expect(read(5)).toEqual([['Kiln Queue', 'lease timeout', '45 seconds', 'default']]);
  });

  it('reads an opening "By default," as the role of the first value only', () => {
    expect(read(17).map((r) => [r[2], r[3]])).toEqual([
      ['7 days', 'default'],
      ['up to 90 days', 'maximum'],
    ]);
  });

  it('is the phrase before the preposition in "the X for Y is V", and a later role-only value keeps it', () => {
    expect(read(7)).toEqual([
      ['Kiln Queue', 'retry delay', '20 seconds', undefined],
      ['Kiln Queue', 'retry delay', '6 hours', 'maximum'],
    ]);
  });

  it('is a several-word key ending in what its value measures, not a name', () => {
    expect(read(13)).toEqual([['Kiln Queue', 'poll interval', '15s', undefined]]);
    expect(read(14)).toEqual([['Kiln Queue', 'drain window', '2 minutes', undefined]]);
  });

  it('keeps the earlier readings where no such frame names it', () => {
    // A key that names a thing stays the subject; "Billed for run time" names what follows "for".
    expect(read(15)).toEqual([['Kiln Relay', 'port', 'port 7070', undefined]]);
    expect(read(9).map((r) => r[1])).toEqual(['run time']);
  });

  it('asks the setting by its name', () => {
    const stems = generateQuestions(kb(items))
      .questions.filter((q) => q.kind === 'quantity')
      .map((q) => [q.stem, q.choices[q.answer]]);
    expect(stems).toContainEqual(['What is the default lease timeout for Kiln Queue, per worker?', '45 seconds']);
    expect(stems).toContainEqual(['What is the retry delay for Kiln Queue?', '20 seconds']);
    expect(stems.filter(([stem]) => /failed batch|HealthCheck|Poll Interval\b/.test(stem!))).toEqual([]);
  });
});
