import { describe, expect, it } from 'vitest';
import { parseNote } from '../../src/knowledge/parse-note.js';
import { generateQuestions } from '../../src/questions/generate-questions.js';
import type { Question } from '../../src/questions/question-schema.js';
import { bankDefects } from './bank-defects.js';
import { kb } from './build-items.js';

/** The "In …, which <kind> …?" questions of one notes file. */
function glossQuestions(text: string): Question[] {
  const questions = generateQuestions(kb(parseNote('joins.md', text).items)).questions.filter((q) => q.stem.startsWith('In '));
  expect(bankDefects(questions)).toEqual([]);
  return questions;
}

const answerOf = (q: Question): string => q.choices[q.answer]!;

const notes = (lines: string[]): string => ['## Hash Joins', 'A hash join needs three inputs:', ...lines].join('\n');

describe('glossed bullet questions', () => {
  it('asks which of the kind a bullet glossed with it describes, its glossed siblings as choices', () => {
    const questions = glossQuestions(
      notes([
        '- Which table is read first to fill the hash table(*build* input)',
        '- Which table is streamed against the hash table(*probe* input)',
        '- The memory reserved for the hash table(*grant* input)',
      ]),
    );
    const probe = questions.find((q) => answerOf(q) === 'Probe input')!;
    expect(probe.stem).toBe('In Hash Joins, which input answers “Which table is streamed against the hash table”?');
    expect([...probe.choices].sort()).toEqual(['Build input', 'Grant input', 'Probe input']);
    const grant = questions.find((q) => answerOf(q) === 'Grant input')!;
    expect(grant.stem).toBe('In Hash Joins, which input is the memory reserved for the hash table?');
  });

  it('writes a heading that names an activity in lower case', () => {
    const questions = glossQuestions(
      notes([
        '- Which table is read first to fill the hash table(*build* input)',
        '- Which table is streamed against the hash table(*probe* input)',
        '- The memory reserved for the hash table(*grant* input)',
      ]).replace('## Hash Joins', '## Joining Tables'),
    );
    expect(questions.map((q) => q.stem)).toContain('In joining tables, which input answers “Which table is streamed against the hash table”?');
  });

  it('asks nothing of fewer than three glosses of one head word', () => {
    expect(
      glossQuestions(
        notes([
          '- Which table is read first to fill the hash table(*build* input)',
          '- Which table is streamed against the hash table(*probe* input)',
          '- The memory granted for the hash table(*grant* size)',
        ]),
      ),
    ).toEqual([]);
  });
});
