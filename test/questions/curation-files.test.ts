import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { CurationFileError } from '../../src/questions/curation-file-error.js';
import { loadRetired, loadReviewed, saveRetired } from '../../src/questions/curation-files.js';
import { loadQuestionBank } from '../../src/questions/load-bank.js';

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'prepbot-curation-files-'));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

const question = (id: string, stem: string, kind = 'quantity') => ({ id, kind, topic: 'Queues', stem, choices: ['4 days', '14 days'], answer: 1, explanation: 'Up to 14 days.', source: { file: 'queues.md', line: 3, section: 'Queues' } });

async function problemsOf(text: string): Promise<string[]> {
  await writeFile(join(dir, 'retired.yaml'), text);
  const error = await loadRetired(dir).catch((e: unknown) => e);
  expect(error).toBeInstanceOf(CurationFileError);
  return (error as CurationFileError).problems.map((p) => p.slice(dir.length + 1));
}

describe('retired.yaml and reviewed.yaml', () => {
  it('a missing file is an empty list; what is saved reads back', async () => {
    expect(await loadRetired(dir)).toEqual([]);
    expect(await loadReviewed(dir)).toEqual([]);
    await saveRetired(dir, [{ id: 'q-1', reason: 'wrong answer', date: '2026-12-01' }]);
    expect(await loadRetired(dir)).toEqual([{ id: 'q-1', reason: 'wrong answer', date: '2026-12-01' }]);
  });

  it.each([
    ['a bad date, on its line', 'retired:\n  - id: q-1\n    reason: wrong\n    date: 2026-12-01\n  - id: q-2\n    reason: wrong\n    date: 1/12/2026\n', 'retired.yaml:7: retired.1.date: expected a date as YYYY-MM-DD'],
    ['a missing reason, at its entry', 'retired:\n  - id: q-1\n    date: 2026-12-01\n', 'retired.yaml:2: retired.0.reason: expected string, but it is missing'],
    ['a bare list is fine, its problems still have lines', '- id: q-1\n  reason: wrong\n  date: soon\n', 'retired.yaml:3: retired.0.date: expected a date as YYYY-MM-DD'],
    ['not YAML at all', 'retired: [unclosed\n', 'retired.yaml:2: not valid YAML'],
  ])('%s', async (_name, text, expected) => {
    expect((await problemsOf(text))[0]).toContain(expected);
  });
});

describe('the bank with the reviewers\' files', () => {
  it('a custom question replaces the generated one of the same id, where it stood; retired.yaml is not a question file', async () => {
    await mkdir(join(dir, 'generated'));
    await mkdir(join(dir, 'custom'));
    await writeFile(join(dir, 'generated', 'queues.json'), JSON.stringify({ questions: [question('q-1', 'Generated one?'), question('q-2', 'Generated two?')] }));
    await writeFile(join(dir, 'custom', 'q-1.yaml'), JSON.stringify({ questions: [question('q-1', 'Edited one?')] }));
    await saveRetired(dir, [{ id: 'q-2', reason: 'unclear', date: '2026-12-01' }]);
    const bank = await loadQuestionBank(dir);
    expect(bank.map((q) => [q.id, q.stem])).toEqual([
      ['q-1', 'Edited one?'],
      ['q-2', 'Generated two?'],
    ]);
  });

  it('two custom questions with one id are still a mistake', async () => {
    await mkdir(join(dir, 'custom'));
    await writeFile(join(dir, 'custom', 'a.json'), JSON.stringify([question('q-1', 'One?', 'custom')]));
    await writeFile(join(dir, 'custom', 'b.json'), JSON.stringify([question('q-1', 'Other?', 'custom')]));
    await expect(loadQuestionBank(dir)).rejects.toThrow(/custom\/b\.json: question q-1 \(#0\): id: duplicate id, already used in custom\/a\.json/);
  });
});
