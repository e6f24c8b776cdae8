import { describe, expect, it } from 'vitest';
import { parseNote } from '../../src/knowledge/parse-note.js';
import { generateQuestions } from '../../src/questions/generate-questions.js';
import { kb } from './build-items.js';

// A guide page gives a batch call's limit in prose; a summary sheet in another file gives the same call
// another value in a table row. Written here in the shape of such notes, with made-up names.
const guide = `# Fernstore

## Calls

### FernBatch

Write or remove up to 25 records in one or more ledgers.
`;
const sheet = (row: string) => `# Limits sheet

| Service | Limit | Value |
| ------- | ----- | ----- |
| FERN | ${row} | 100 records, 16 MB |
`;

const askBatch = (row: string) => {
  const items = [...parseNote('fernstore.md', guide).items, ...parseNote('limits.md', sheet(row)).items];
  const question = generateQuestions(kb(items)).questions.find((q) => /FernBatch/.test(q.stem) && q.kind === 'quantity');
  if (!question) throw new Error('no question on FernBatch');
  return { stem: question.stem, answer: question.choices[question.answer], choices: question.choices };
};

describe('a value the notes give the same subject and attribute elsewhere is never a wrong choice', () => {
  it('leaves out the value another file’s table gives the same call’s records', () => {
    const question = askBatch('How many records FernBatch can take, and its size');
    expect(question.stem).toBe('What is the maximum number of records for FernBatch?');
    expect(question.answer).toBe('25 records');
    expect(question.choices).toHaveLength(4);
    expect(question.choices).not.toContain('100 records');
  });

  it('still offers that value when the table row is about another call', () => {
    const question = askBatch('How many records FernQuery can take, and its size');
    expect(question.answer).toBe('25 records');
    expect(question.choices).toContain('100 records');
  });
});
