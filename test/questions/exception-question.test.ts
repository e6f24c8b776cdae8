import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseNote } from '../../src/knowledge/parse-note.js';
import { readException } from '../../src/questions/exception-question.js';
import { generateQuestions } from '../../src/questions/generate-questions.js';
import { kb } from './build-items.js';

describe('an exception clause under a list', () => {
  it('reads the kind, the names excepted and what they do, completing an elided object from the rule', () => {
    expect(readException('All of these relays switch on the 12V coil, except for the Reed relays and Coaxial relays, which switch on 5V.')).toEqual({
      kind: 'relays',
      names: ['Reed relays', 'Coaxial relays'],
      exception: 'switch on the 5V coil',
    });
    expect(readException('All of these storage tiers keep data for a day, except Cold tier, which keeps it for a year')).toMatchObject({ kind: 'storage tiers', names: ['Cold tier'] });
  });

  it('reads no exception from a rule without one, or one that says nothing of what the exception does', () => {
    expect(readException('All of these relays switch on the 12V coil.')).toBeUndefined();
    expect(readException('All storage classes can move down a class except for Cold tier')).toBeUndefined();
  });

  const file = 'relays.md';
  const notes = parseNote(file, readFileSync(path.resolve(import.meta.dirname, '..', 'fixtures', 'exception-clause', file), 'utf8'));
  const { questions, summary } = generateQuestions(kb(notes.items));
  const about = (line: number) => questions.filter((q) => q.source.line === line);

  it('asks which member does the exception, the members that follow the rule as the wrong choices', () => {
    const [question, ...more] = about(11);
    expect(more).toEqual([]);
    expect(question!.stem).toBe('Which of these relays switch on the 5V coil?');
    expect(question!.choices[question!.answer]).toBe('Reed relays');
    // The other exception is a second right answer: never a choice.
    expect(question!.choices).not.toContain('Coaxial relays');
    expect(new Set(question!.choices)).toEqual(new Set(['Reed relays', 'Latching relays', 'Solid-state relays', 'Thermal relays']));
    expect(question!.explanation).toContain('except for the Reed relays and Coaxial relays');
  });

  it('never asks the number of the rule as if it were the value of the line', () => {
    const [question, ...more] = about(20);
    expect(more).toEqual([]);
    expect(question!.stem).toBe('Which of these valves hold pressure up to 400 bar?');
    expect(question!.choices[question!.answer]).toBe('Needle valves');
    expect(questions.some((q) => q.kind === 'quantity' && /40 bar|400 bar/.test(q.choices.join(' ')))).toBe(false);
  });

  it('skips an exception with no list above it that holds the names', () => {
    expect(about(22)).toEqual([]);
    expect(summary.skipped['exception clause with no list above it']).toBe(1);
  });
});
