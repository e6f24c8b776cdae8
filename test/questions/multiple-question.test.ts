import { describe, expect, it } from 'vitest';
import { parseNote } from '../../src/knowledge/parse-note.js';
import { generateQuestions } from '../../src/questions/generate-questions.js';
import type { Question } from '../../src/questions/question-schema.js';
import { bankDefects } from './bank-defects.js';
import { kb } from './build-items.js';

/** The questions of one notes file. */
function questionsOf(text: string): Question[] {
  const questions = generateQuestions(kb(parseNote('sizing.md', text).items)).questions;
  expect(bankDefects(questions)).toEqual([]);
  return questions;
}

const pageFile = [
  '## Set Up a Page File on a Windows Workstation',
  '',
  "It's recommended to use about 1.5 times the amount of installed memory. So if you have 8GB, your page file could be 12GB.",
].join('\n');

describe('sizing rules written as a multiple of another amount', () => {
  it('asks the advised multiple, named by the heading word the sentence names, among other multiples', () => {
    const q = questionsOf(pageFile).find((question) => question.stem.includes('relative to'))!;
    expect(q.stem).toBe('About how much page file is recommended, relative to the installed memory?');
    expect(q.choices[q.answer]).toBe('1.5 times the installed memory');
    expect(q.choices).toHaveLength(4);
    expect(q.choices.every((choice) => / times the installed memory$/.test(choice))).toBe(true);
  });

  it('asks nothing of a multiple the notes only observe, or of one sizing nothing they name', () => {
    const observed = pageFile.replace("It's recommended to use", 'Reads take');
    expect(questionsOf(observed).some((q) => q.stem.includes('relative to'))).toBe(false);
    const unnamed = pageFile.replace(', your page file could be 12GB', '');
    expect(questionsOf(unnamed).some((q) => q.stem.includes('relative to'))).toBe(false);
  });
});
