import { describe, expect, it } from 'vitest';
import { parseNote } from '../../src/knowledge/parse-note.js';
import { generateQuestions } from '../../src/questions/generate-questions.js';
import { kb } from './build-items.js';

// Two ways to do one job, each a heading that names a tool: a numbered procedure under one, a bullet
// that says what the tool is under the other.
const notes = (marker: string): string =>
  [
    '# Storing backups',
    '## Ways to set up a vault',
    '### AWS Console',
    `${marker} Create a new backup vault`,
    `${marker} Attach a retention policy to it`,
    `${marker} Start the first backup job`,
    '### AWS CLI',
    '- Script that creates vaults from a terminal session',
    '',
  ].join('\n');

const read = (marker: string) => {
  const { items } = parseNote('backups.md', notes(marker));
  return { items, questions: generateQuestions(kb(items)).questions };
};

describe('a numbered list under a heading that names a tool', () => {
  it('is a procedure: its first step is not asked as what the tool is', () => {
    const { items, questions } = read('1.');
    expect(items.filter((item) => item.kind === 'definition' && /backup vault/i.test(item.definition))).toEqual([]);
    expect(questions.filter((q) => /create a new backup vault/i.test(q.stem))).toEqual([]);
  });

  it('leaves a bulleted first line read as the description of its heading', () => {
    const bulleted = read('-').items.filter((item) => item.kind === 'definition').map((item) => item.kind === 'definition' && [item.term, item.definition]);
    expect(bulleted).toEqual([
      ['Console', 'Create a new backup vault'],
      ['CLI', 'Script that creates vaults from a terminal session'],
    ]);
    expect(read('1.').items.filter((item) => item.kind === 'definition').map((item) => item.kind === 'definition' && item.term)).toEqual(['CLI']);
  });
});
