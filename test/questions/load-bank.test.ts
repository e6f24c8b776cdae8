import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { loadQuestionBank, QuestionBankError } from '../../src/questions/load-bank.js';

const good = (id: string) => ({
  id,
  kind: 'custom',
  topic: 'Lambda',
  stem: 'What is the maximum run time of a Lambda function?',
  choices: ['5 minutes', '15 minutes', '30 minutes', '1 hour'],
  answer: 1,
  explanation: 'A Lambda function runs for at most 15 minutes.',
  source: { file: 'lambda.md', line: 3, section: 'Lambda › Limits' },
});

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'prepbot-bank-'));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

async function problemsOf(): Promise<string[]> {
  const error = await loadQuestionBank(dir).then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(QuestionBankError);
  expect((error as QuestionBankError).code).toBe('QUESTION_BANK_INVALID');
  return (error as QuestionBankError).problems;
}

describe('loadQuestionBank', () => {
  it('reads JSON and YAML files in subfolders, in file order', async () => {
    await mkdir(join(dir, 'custom'));
    await writeFile(join(dir, 'b.json'), JSON.stringify({ generatedBy: 'prepbot generate', questions: [good('q-2')] }));
    await writeFile(join(dir, 'custom', 'mine.yaml'), `questions:\n  - id: q-1\n    kind: custom\n    topic: S3\n    stem: Which storage class is cheapest?\n    choices: [Standard, Glacier Deep Archive, One Zone-IA]\n    answer: 1\n    explanation: Deep Archive costs least.\n    source: { file: custom, line: 1, section: '' }\n`);
    await writeFile(join(dir, 'README.md'), '# not a bank file');
    const questions = await loadQuestionBank(dir);
    expect(questions.map((q) => q.id)).toEqual(['q-2', 'q-1']);
    expect(questions[1]!.choices[questions[1]!.answer]).toBe('Glacier Deep Archive');
  });

  it('accepts a bare list of questions', async () => {
    await writeFile(join(dir, 'list.yml'), JSON.stringify([good('q-1')]));
    expect(await loadQuestionBank(dir)).toHaveLength(1);
  });

  it.each([
    ['a wrong type', { ...good('q-1'), answer: '1' }, 'bank.json: question q-1 (#0): answer: expected number, received string'],
    ['a missing field', (({ stem: _stem, ...rest }) => rest)(good('q-1')), 'bank.json: question q-1 (#0): stem: expected string, but it is missing'],
    ['an answer out of range', { ...good('q-1'), answer: 4 }, 'bank.json: question q-1 (#0): answer: index 4 is out of range for 4 choices'],
    ['a duplicate choice', { ...good('q-1'), choices: ['5 minutes', '15 minutes', ' 15 Minutes'] }, 'bank.json: question q-1 (#0): choices.2: duplicate choice " 15 Minutes"'],
    ['an unknown kind', { ...good('q-1'), kind: 'essay' }, 'bank.json: question q-1 (#0): kind:'],
    ['an empty choice', { ...good('q-1'), choices: ['', 'b', 'c'] }, 'bank.json: question q-1 (#0): choices.0:'],
  ])('reports %s with file, id, index and field', async (_name, question, expected) => {
    await writeFile(join(dir, 'bank.json'), JSON.stringify({ questions: [good('q-0'), question].slice(1) }));
    const problems = await problemsOf();
    expect(problems).toHaveLength(1);
    expect(problems[0]).toContain(expected);
  });

  // A file under custom/ with a generated question's id is an edit that replaces it (see curation-files.test.ts);
  // a hand-written file anywhere else that reuses one is a mistake, reported against that file.
  it.each([
    ['sorts before the generated folder', 'a-mine.yaml'],
    ['sorts after it', 'zz-mine.json'],
  ])('reports an id clash against the hand-written file when it %s, naming the generated one', async (_, custom) => {
    await mkdir(join(dir, 'custom'));
    await mkdir(join(dir, 'generated'));
    await writeFile(join(dir, 'generated', 'lambda.json'), JSON.stringify({ generatedBy: 'prepbot generate', questions: [good('q-0'), good('q-1')] }));
    await writeFile(join(dir, custom), JSON.stringify({ questions: [good('q-1'), good('q-2')] }));
    expect(await problemsOf()).toEqual([`${custom}: question q-1 (#0): id: duplicate id, already used in generated/lambda.json (written by prepbot generate: give the question here another id)`]);
  });

  it('reports a clash between two custom files against the later one', async () => {
    await writeFile(join(dir, 'a.yaml'), JSON.stringify([good('q-1')]));
    await writeFile(join(dir, 'b.yaml'), JSON.stringify([good('q-2'), good('q-1')]));
    expect(await problemsOf()).toEqual(['b.yaml: question q-1 (#1): id: duplicate id, already used in a.yaml']);
  });

  it('lists every problem at once, including duplicate ids across files and broken files', async () => {
    await writeFile(join(dir, 'a.json'), JSON.stringify({ questions: [good('q-1'), { ...good('q-2'), choices: 'x' }] }));
    await writeFile(join(dir, 'b.json'), JSON.stringify({ questions: [good('q-1')] }));
    await writeFile(join(dir, 'c.json'), '{ "questions": [ oops');
    await writeFile(join(dir, 'd.yaml'), 'questions:\n  - id: [unclosed\n');
    await writeFile(join(dir, 'e.json'), JSON.stringify({ items: [] }));
    const problems = await problemsOf();
    expect(problems, problems.join("\n")).toHaveLength(5);
    expect(problems[0]).toMatch(/^a\.json: question q-2 \(#1\): choices: expected array/);
    expect(problems[1]).toBe('b.json: question q-1 (#0): id: duplicate id, already used in a.json');
    expect(problems[2]).toMatch(/^c\.json: not valid JSON: /);
    expect(problems[3]).toMatch(/^d\.yaml: not valid YAML at line \d+: /);
    expect(problems[4]).toBe('e.json: expected an object with a "questions" list (or a list of questions)');
  });

  it('refuses an empty bank and a missing folder', async () => {
    expect(await problemsOf()).toEqual([`${dir}: no questions found (expected .json, .yaml or .yml files with a "questions" list)`]);
    await expect(loadQuestionBank(join(dir, 'missing'))).rejects.toThrow(/missing: cannot read the folder/);
  });
});
