import { describe, expect, it } from 'vitest';
import { parseNote } from '../../src/knowledge/parse-note.js';
import { definitionsOverlap } from '../../src/questions/definition-overlap.js';
import { scopeContrast } from '../../src/questions/parallel-set.js';
import { generateQuestions } from '../../src/questions/generate-questions.js';
import type { Question } from '../../src/questions/question-schema.js';
import { kb } from './build-items.js';

// Three kinds of one thing, each defined alike ("keeps …"), written all in lower case: the first
// definition, too long to ask whole, has a second sentence starting with a lower-case word.
const copies = `# Storage operations

## Copies of data
- snapshot copies: keeps a read-only image of every block on the volume as it stood at one moment in time. once the image is written, the change log that tracks dirty blocks is cleared for the next cycle of copies
- rolling copies: keeps only the blocks that changed since the most recent snapshot or rolling copy.
  - only blocks flagged as dirty are written
- delta copies: keeps all blocks that changed since the most recent snapshot
  - however, a delta copy does not clear the dirty flag
`;

// Three kinds of one thing defined in three different forms: no closed parallel set.
const mixed = `# Storage operations

## Copies of data
- snapshot copies: keeps a read-only image of the whole volume at one point in time
- rolling copies: a chain of small images, each holding the blocks changed since the one before
- delta copies: the blocks changed since the most recent snapshot, written to a second disk
`;

const questionsOf = (notes: string): Question[] => generateQuestions(kb(parseNote('copies.md', notes).items)).questions;
const about = (questions: Question[], term: string): Question | undefined => questions.find((q) => q.stem.includes(term) || q.choices[q.answer] === term);

describe('a closed set of three kinds defined alike', () => {
  it('asks which definition fits one kind, the other two kinds as the wrong choices', () => {
    const delta = about(questionsOf(copies), 'delta copies');
    expect(delta?.kind).toBe('term-to-definition');
    expect(delta?.stem).toBe('Which of these best describes delta copies?');
    expect(delta?.choices[delta.answer]).toBe('Keeps all blocks that changed since the most recent snapshot');
    expect([...delta!.choices].sort()).toEqual([
      'Keeps a read-only image of every block on the volume as it stood at one moment in time',
      'Keeps all blocks that changed since the most recent snapshot',
      'Keeps only the blocks that changed since the most recent snapshot or rolling copy',
    ]);
  });

  it('asks the kind the others are told apart by (they name it) from its definition instead', () => {
    const snapshot = about(questionsOf(copies), 'snapshot copies');
    expect(snapshot?.kind).toBe('definition-to-term');
    expect(snapshot?.stem).toBe('Which of these keeps a read-only image of every block on the volume as it stood at one moment in time?');
  });

  it('never offers a definition naming the asked kind itself, and skips the kind its own definition names', () => {
    const questions = questionsOf(copies);
    expect(questions.some((q) => q.stem.includes('rolling copies') || q.choices[q.answer] === 'rolling copies')).toBe(false);
  });

  it('keeps asking three descriptions only beside three other definitions when the forms differ', () => {
    const questions = questionsOf(mixed);
    expect(questions.filter((q) => q.kind === 'term-to-definition')).toEqual([]);
  });

  it('reads "all" against "only" as a contrast of scope, and only that', () => {
    const wide = 'copies all pages edited since the last full export';
    const narrow = 'copies only the pages edited since the last full or partial export';
    expect(definitionsOverlap(wide, narrow)).toBe(true);
    expect(scopeContrast(wide, narrow)).toBe(true);
    expect(scopeContrast(wide, 'copies all pages edited since the last full export to tape')).toBe(false);
    expect(scopeContrast(narrow, 'copies only all the pages edited since the last partial export')).toBe(false);
  });
});
