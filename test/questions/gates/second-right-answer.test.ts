import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { generateQuestions } from '../../../src/questions/generate-questions.js';
import { definitionQuestions } from '../../../src/questions/definition-question.js';
import { nameSaysStem } from '../../../src/questions/gates/second-right-answer.js';
import { buildContext } from '../../../src/questions/generation-context.js';
import type { Question } from '../../../src/questions/question-schema.js';
import { parseNote } from '../../../src/knowledge/parse-note.js';
import { kb } from '../build-items.js';

describe('a choice the notes also describe as the stem says is never offered', () => {
  // Written like a notes page: each dye on a "- **Name**: text" line; Madder is defined twice, the
  // second time under another heading, and that definition is the one a sibling pool offers.
  const notes = (madder: string) => `# Dyes

## Mordant traits

These traits apply to the common dyes:
- **Weld**: the alum mordant means its yellow
- **Woad**: leaf dye giving a pale blue after fermenting
- **Indigo**: vat dye giving a dark blue after oxidising
- **Madder**: ${madder}

## Dye sources

- **Madder**: a root dug from plants three years old
`;
  const askWeld = (madder: string): Question => {
    const context = buildContext(kb(parseNote('dyes.md', notes(madder)).items));
    const weld = context.definitions.find((item) => item.term === 'Weld')!;
    const [outcome] = definitionQuestions(weld, context);
    if (!outcome || !('question' in outcome)) throw new Error(`no question: ${JSON.stringify(outcome)}`);
    return outcome.question;
  };

  it('leaves out a choice another of whose definitions says the stem, in a later sentence', () => {
    const question = askWeld('root dye giving a deep red on wool while chrome turns it a dull purple. The alum mordant means its yellow');
    expect(question.stem).toContain('The alum mordant means its yellow');
    expect(question.choices[question.answer]).toBe('Weld');
    expect(question.choices).not.toContain('Madder');
  });

  it('still offers a sibling whose sentences say other things', () => {
    const question = askWeld('root dye giving a deep red on wool while chrome turns it a dull purple. The tin mordant means its orange');
    expect(question.choices).toContain('Madder');
  });
});

describe('nameSaysStem: a choice named with the stem\'s own words', () => {
  it('catches a camel-case name made of words the stem says', () => {
    expect(nameSaysStem('Which of these is described as “The request header is expired”?', 'ExpiredHeader')).toBe(true);
    expect(nameSaysStem('Which of these is described as “The signing token has lapsed”?', 'ExpiredHeader')).toBe(false);
    // One word is a shared subject, not a name for the statement.
    expect(nameSaysStem('Which of these is described as “The request header is expired”?', 'HeaderTooLarge')).toBe(false);
  });
});

describe('a choice whose own notes use every piece of code the stem is about is never offered', () => {
  // A notes page in the shape of a database's lock modes: "Explicit locks" are held with TAKE LOCK and
  // read with @@LOCKDEPTH, and the nested-locks section says TAKE LOCK raises @@LOCKDEPTH.
  const file = path.resolve(import.meta.dirname, '..', '..', 'fixtures', 'stem-code', 'locks.md');
  const questions = generateQuestions(kb(parseNote('locks.md', readFileSync(file, 'utf8')).items)).questions;
  const asked = (pattern: RegExp) => {
    const question = questions.find((q) => pattern.test(q.stem));
    if (!question) throw new Error(`no question matching ${pattern}`);
    return { answer: question.choices[question.answer], choices: question.choices };
  };

  it('leaves out explicit locks from "TAKE LOCK raises @@LOCKDEPTH", which holds of them too', () => {
    const question = asked(/@@LOCKDEPTH goes up/);
    expect(question.answer).toBe('Nested Locks');
    // The list's "Explicit locks" and the heading's "Explicit Locks" alike.
    expect(question.choices.map((choice) => choice.toLowerCase())).not.toContain('explicit locks');
    expect(question.choices).toContain('Implicit locks');
  });

  it('keeps nested locks beside a stem with code of which their notes use only a part', () => {
    const question = asked(/TAKE LCK/);
    expect(question.answer).toBe('Explicit Locks');
    expect(question.choices).toContain('Nested Locks');
  });
});
