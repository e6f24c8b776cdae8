import { describe, expect, it } from 'vitest';
import { parseNote } from '../../src/knowledge/parse-note.js';
import { generateQuestions } from '../../src/questions/generate-questions.js';
import type { Question } from '../../src/questions/question-schema.js';
import { bankDefects } from './bank-defects.js';
import { kb } from './build-items.js';

/** The "What permissions do … default to …?" questions of one notes file. */
function modeQuestions(text: string): Question[] {
  const questions = generateQuestions(kb(parseNote('modes.md', text).items)).questions;
  expect(bankDefects(questions)).toEqual([]);
  return questions.filter((q) => q.stem.startsWith('What permissions do'));
}

const uploads = [
  '## Shared upload area',
  '- uploads (such as sftp puts) default to 640 permissions on files',
  '- the private key should have 400 perms',
  '- new folders created by the daemon would default to 750 mode for directories',
].join('\n');

describe('default permission modes said in prose', () => {
  it('asks the default mode, the example in brackets left out, among other modes', () => {
    const [files, folders] = modeQuestions(uploads);
    expect(files!.stem).toBe('What permissions do uploads default to on files?');
    expect(files!.choices[files!.answer]).toBe('640');
    // A mode the notes write beside it is a wrong choice first; the others are usual modes.
    expect(files!.choices).toContain('750');
    expect(files!.choices).toHaveLength(4);
    expect(files!.choices.every((choice) => /^[0-7]{3}$/.test(choice))).toBe(true);
    expect(folders!.stem).toBe('What permissions do new folders created by the daemon default to for directories?');
    expect(folders!.choices[folders!.answer]).toBe('750');
  });

  it('asks nothing of a mode the notes only say a thing should have', () => {
    expect(modeQuestions(uploads).some((q) => q.choices[q.answer] === '400')).toBe(false);
  });
});
