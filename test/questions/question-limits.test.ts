import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { loadQuestionBank, QuestionBankError } from '../../src/questions/load-bank.js';
import { questionLimits } from '../../src/questions/question-schema.js';

/** Issue 13, point 3: a hand-written question that would break a button or be cut is refused at load, naming file, id and field. */

const fine = {
  id: 'retention-max',
  kind: 'custom',
  topic: 'Queues',
  stem: 'How long does a queue keep an unread message at most?',
  choices: ['1 day', '4 days', '14 days'],
  answer: 2,
  explanation: 'The notes give 14 days.',
  source: { file: 'queues.md', line: 4, section: 'Queues' },
};

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'prepbot-limits-'));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

async function problemsFor(question: Record<string, unknown>): Promise<string[]> {
  await writeFile(join(dir, 'team.json'), JSON.stringify({ questions: [question] }));
  const error = await loadQuestionBank(dir).then(() => undefined, (e: unknown) => e);
  expect(error).toBeInstanceOf(QuestionBankError);
  return (error as QuestionBankError).problems;
}

describe('question limits', () => {
  it('accepts a question at every limit', async () => {
    const atLimits = { ...fine, id: 'a'.repeat(questionLimits.idLength), stem: 's'.repeat(questionLimits.stemLength), choices: Array.from({ length: 6 }, (_, i) => `${i}`.repeat(questionLimits.choiceLength)), answer: 5 };
    await writeFile(join(dir, 'team.json'), JSON.stringify({ questions: [atLimits] }));
    expect(await loadQuestionBank(dir)).toHaveLength(1);
  });

  it.each([
    ['an id over 80 characters', { id: 'x'.repeat(81) }, /^team\.json: question x{81} \(#0\): id: at most 80 characters/],
    ['an id with a line break', { id: 'my\nquestion' }, /^team\.json: question my\nquestion \(#0\): id: printable characters on one line/],
    ['an id ending in a space', { id: 'retention ' }, /^team\.json: question retention {2}\(#0\): id: printable characters on one line/],
    ['a stem over 1,000 characters', { stem: 'w '.repeat(501) }, /^team\.json: question retention-max \(#0\): stem: at most 1000 characters/],
    ['a choice over 300 characters', { choices: ['1 day', 'y'.repeat(301), '14 days'] }, /^team\.json: question retention-max \(#0\): choices\.1: at most 300 characters per choice/],
    ['seven choices', { choices: ['1', '2', '3', '4', '5', '6', '7'] }, /^team\.json: question retention-max \(#0\): choices: at most 6 choices/],
    ['one choice', { choices: ['14 days'], answer: 0 }, /^team\.json: question retention-max \(#0\): choices: at least 2 choices/],
    ['a topic over 100 characters', { topic: 't'.repeat(101) }, /^team\.json: question retention-max \(#0\): topic: at most 100 characters/],
  ])('refuses %s, naming file, id and field', async (_name, change, expected) => {
    const problems = await problemsFor({ ...fine, ...change });
    expect(problems.some((p) => expected.test(p))).toBe(true);
  });
});
