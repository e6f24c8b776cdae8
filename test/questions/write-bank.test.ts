import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { generateQuestions } from '../../src/questions/generate-questions.js';
import { loadQuestionBank } from '../../src/questions/load-bank.js';
import { bankFileName, writeBank } from '../../src/questions/write-bank.js';
import { definition, kb, serviceDefinitions } from './build-items.js';

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'prepbot-write-'));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

const questions = () =>
  generateQuestions(
    kb([
      ...serviceDefinitions(),
      ...[
        ['DynamoDB Streams', 'Tracks item changes in tables for processing in near real time'],
        ['Time to live', 'Deletes expired items from a table automatically'],
        ['Global tables', 'Replicates a table to several regions for disaster recovery'],
      ].map(([term, text]) => definition(term!, text!, { topic: 'DynamoDB', source: { file: 'db/dynamo.md', line: 3, section: ['DynamoDB'] } })),
    ]),
  ).questions;

describe('writeBank', () => {
  it.each([
    ['lambda.md', 'lambda.json'],
    ['containers/fargate.md', 'containers__fargate.json'],
    ['regions.txt', 'regions.json'],
    ['eventbridge.markdown', 'eventbridge.json'],
  ])('names the bank file for %s %s', (notes, bank) => {
    expect(bankFileName(notes)).toBe(bank);
  });

  it('writes one file per notes file, stable bytes, and the loader reads them back', async () => {
    const out = join(dir, 'generated');
    expect(await writeBank(out, questions())).toEqual(['db__dynamo.json', 'services.json']);
    const text = await readFile(join(out, 'services.json'), 'utf8');
    expect(text.endsWith('}\n')).toBe(true);
    expect(text.startsWith('{\n  "generatedBy": "prepbot generate",\n  "notes": "services.md",\n  "questions": [\n    {\n      "id": "q-')).toBe(true);
    await writeBank(out, questions());
    expect(await readFile(join(out, 'services.json'), 'utf8')).toBe(text);
    const loaded = await loadQuestionBank(dir);
    expect(loaded.length).toBe(questions().length);
  });

  it('removes its own stale files and leaves custom questions and foreign files alone', async () => {
    const out = join(dir, 'generated');
    await mkdir(join(out, 'custom'), { recursive: true });
    await writeFile(join(out, 'old.json'), JSON.stringify({ generatedBy: 'prepbot generate', questions: [] }));
    await writeFile(join(out, 'hand.json'), JSON.stringify({ questions: [] }));
    await writeFile(join(out, 'custom', 'mine.json'), JSON.stringify({ generatedBy: 'prepbot generate', questions: [] }));
    await writeBank(out, generateQuestions(kb([...serviceDefinitions(), definition('SQS', 'A managed message queue between producers and consumers')])).questions);
    expect((await readdir(out)).sort()).toEqual(['custom', 'hand.json', 'services.json']);
    expect(await readdir(join(out, 'custom'))).toEqual(['mine.json']);
  });
});

describe('bank files keep the quality score', () => {
  it('writes a question\'s quality so the daily chooser can prefer the best', async () => {
    const { bankFileText } = await import('../../src/questions/write-bank.js');
    const text = bankFileText('a.md', [{ id: 'q-1', kind: 'quantity', topic: 'T', stem: 'What is it?', choices: ['1 GB', '2 GB', '4 GB'], answer: 0, explanation: 'x.', source: { file: 'a.md', line: 1, section: '' }, quality: 0.8 }]);
    expect(JSON.parse(text).questions[0].quality).toBe(0.8);
  });
});
