import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadNotes } from '../../src/knowledge/load-notes.js';
import { generateQuestions } from '../../src/questions/generate-questions.js';
import type { Question } from '../../src/questions/question-schema.js';

// The practice tests of test/fixtures/practice-tests, asked as the quiz would post them.
const folder = path.resolve(import.meta.dirname, '..', 'fixtures', 'practice-tests');
const skipped = new Map<string, string>();
const run = loadNotes(folder).then((kb) =>
  generateQuestions(kb, {
    onOutcome: (item, outcome) => {
      if (item.kind === 'qa') skipped.set(item.question, outcome);
    },
  }),
);
const posted = async (stemStart: string): Promise<Question | undefined> => (await run).questions.find((q) => q.stem.startsWith(stemStart));
const right = (q: Question | undefined) => q?.choices[q.answer];

describe('practice questions from the notes', () => {
  it('asks with exactly the notes options, tidied of their closing stops', async () => {
    const dns = await posted('Which protocol resolves a host name');
    expect(right(dns)).toBe('DNS');
    expect(dns?.choices.slice().sort()).toEqual(['DHCP', 'DNS', 'SMTP', 'SNMP']);
    const signal = await posted('Which signal asks a process to stop');
    expect(right(signal)).toBe('SIGKILL');
    expect(signal?.choices.slice().sort()).toEqual(['SIGHUP', 'SIGINT', 'SIGKILL', 'SIGTERM']);
  });

  it('asks a question written as a paragraph, an options list and an answer line', async () => {
    const raid = await posted('Which RAID level mirrors every disk');
    expect(right(raid)).toBe('RAID 1');
    expect(raid?.choices.slice().sort()).toEqual(['RAID 0', 'RAID 1', 'RAID 5', 'RAID 6']);
  });

  it('asks a question keyed by the answer key at the end of its file', async () => {
    const switchQuestion = await posted('Which device forwards frames by MAC address?');
    expect(right(switchQuestion)).toBe('Switch');
    expect(switchQuestion?.source).toMatchObject({ file: 'answer-key-end.md', line: 9 });
  });

  it('explains with the notes own explanation', async () => {
    const owner = await posted('Which command changes the owner of a file?');
    expect(right(owner)).toBe('chown');
    expect(owner?.explanation).toBe('The notes answer: chown. chgrp changes only the group; chown changes the owner and can change the group too.');
  });

  it('skips a "Choose TWO" item and one whose options point at the others, saying why', async () => {
    await run;
    expect(skipped.get('Which of these are version control systems? (Choose TWO)')).toBe('practice question has more than one right answer ("Choose TWO"): not a one-answer question');
    expect(skipped.get('Which of these is a relational database engine?')).toBe('practice question has an option pointing at the others ("All of the above")');
    expect(await posted('Which of these are version control')).toBeUndefined();
  });

  it('warns with file and line about a practice question that has no key', async () => {
    const { summary } = await run;
    expect(summary.warnings).toContainEqual({ file: 'details-key.md', line: 43, message: 'practice question has no answer key: not asked' });
  });
});
