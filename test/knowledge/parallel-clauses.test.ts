import { copyFileSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { FactItem } from '../../src/knowledge/item.js';
import { loadNotes } from '../../src/knowledge/load-notes.js';
import { parseNote } from '../../src/knowledge/parse-note.js';
import { findQuantities } from '../../src/knowledge/parse-quantity.js';
import { generateQuestions } from '../../src/questions/generate-questions.js';

// A note that packs several facts into one line, each clause with its own subject and value
// (test/fixtures/note-forms/Render Farm.md), and lines whose clauses share one subject.
const file = 'Render Farm.md';
const fixture = path.resolve(import.meta.dirname, '..', 'fixtures', 'note-forms', file);
const notes = readFileSync(fixture, 'utf8');
const parsed = parseNote(file, notes);
const facts = parsed.items.filter((i): i is FactItem => i.kind === 'fact' && i.quantity !== undefined);
const noteLines = notes.split('\n');
const onLine = (line: number): string[] =>
  facts
    .filter((f) => f.source.line === line)
    .map((f) => `${f.subject} | ${f.attribute} | ${f.quantity!.text}${f.role ? ` [${f.role}]` : ''}`);

describe('a line whose clauses each have their own subject and value', () => {
  it('gives one fact per clause, about that clause\'s subject: "A has x, B has y, and C has z"', () => {
    expect(onLine(5)).toEqual([
      'Bronze nodes | memory | 8 GB',
      'Silver nodes | memory | 32 GB',
      'Gold nodes | memory | 128 GB',
    ]);
  });

  it('reads an elided verb from the first clause: "A has a time limit of x; B y"', () => {
    expect(onLine(7)).toEqual([
      'Draft jobs | time limit | 20 minutes [maximum]',
      'Final jobs | time limit | 6 hours [maximum]',
    ]);
    expect(onLine(8)).toEqual([
      'Shared queues | jobs | up to 200 jobs per hour [maximum]',
      'Private queues | jobs | up to 1,500 jobs per hour [maximum]',
    ]);
  });

  it('takes the attribute from the key when the value holds the clauses: "Scratch disk: A x, B y"', () => {
    expect(onLine(9)).toEqual(['Bronze | scratch disk | 100 GB', 'Gold | scratch disk | 2 TB']);
  });

  it('splits sentences too, and cites each at the line its clause starts on', () => {
    expect(onLine(10)).toEqual(['Preview pool | retention | 3 days', 'Archive pool | retention | 90 days']);
    expect(onLine(13)).toEqual(['Small scenes | render time | 5 minutes']);
    expect(onLine(14)).toEqual(['Large scenes | render time | 2 hours']);
  });

  it('keeps every value in its own clause: the item states that clause alone, and its line holds it', () => {
    const split = facts.filter((f) => f.source.section.at(-1) === 'Node classes');
    expect(split).toHaveLength(13);
    for (const fact of split) {
      expect(findQuantities(fact.text).map((q) => q.text)).toEqual([fact.quantity!.text]);
      expect(fact.text.startsWith(fact.subject) || fact.text.startsWith(`The ${fact.subject}`)).toBe(true);
      expect(noteLines[fact.source.line - 1]).toContain(fact.text.split(' ').slice(0, 3).join(' '));
      expect(fact.topic).toBe(fact.subject);
    }
  });
});

describe('a line left whole', () => {
  const whole = (line: number): void => {
    const here = facts.filter((f) => f.source.line === line);
    expect(here.length).toBeGreaterThan(0);
    for (const fact of here) {
      expect(fact.subject).toBe('Job limits');
      expect(noteLines[line - 1]).toContain(fact.text);
    }
  };

  it('when its clauses share one subject ("A job can use x and y", "… 16 MB parts, up to 10,000 parts")', () => {
    whole(18);
    whole(20);
    expect(onLine(18)).toEqual([
      'Job limits | memory | up to 64 GB [maximum]',
      'Job limits | run time | up to 48 hours [maximum]',
    ]);
  });

  it('when a clause opens with a role, an attribute or a pronoun, not a name', () => {
    for (const line of [19, 21, 22]) whole(line);
  });

  it('when the split is unsure: no clause names an attribute, a subject repeats, or the values differ in kind', () => {
    for (const line of [23, 24, 25]) whole(line);
  });

  it('reads each value\'s attribute and role from its own clause: "the default … is x and the maximum is y"', () => {
    expect(onLine(19)).toEqual([
      'Job limits | timeout | 30 minutes [default]',
      'Job limits | timeout | 12 hours [maximum]',
    ]);
  });
});

describe('questions from a split line', () => {
  it("ask about the clause's own subject and key the clause's own value", async () => {
    const folder = mkdtempSync(path.join(tmpdir(), 'prepbot-clauses-'));
    copyFileSync(fixture, path.join(folder, file));
    const { questions } = generateQuestions(await loadNotes(folder));
    const about = (line: number) => questions.filter((q) => q.source.line === line && q.kind === 'quantity');
    const memory = about(5);
    // Each clause is its own fact about its own subject: all three are asked, not only the first.
    expect(memory.length).toBe(3);
    for (const q of memory) {
      const subject = ['Bronze nodes', 'Silver nodes', 'Gold nodes'].find((s) => q.stem.includes(s));
      expect(subject).toBeDefined();
      const value = { 'Bronze nodes': '8 GB', 'Silver nodes': '32 GB', 'Gold nodes': '128 GB' }[subject!];
      expect(q.choices[q.answer]).toBe(value);
    }
    const large = about(14);
    expect(large.map((q) => [q.stem, q.choices[q.answer]])).toEqual([
      ['What is the render time for Large scenes?', '2 hours'],
    ]);
  });
});
