import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseNote } from '../../src/knowledge/parse-note.js';
import { generateQuestions } from '../../src/questions/generate-questions.js';
import { kb } from './build-items.js';

// Notes in the shapes the last blind review found with an unclear subject or a second right answer:
// sub-bullets of named devices under a family heading, a table with the devices as columns, and a
// heading that gives one measure twice (plainly and with a condition).
const dir = path.resolve(import.meta.dirname, '..', 'fixtures', 'quantity-r7');
const questions = (() => {
  const { items } = parseNote('wren-devices.md', readFileSync(path.join(dir, 'wren-devices.md'), 'utf8'));
  return generateQuestions(kb(items))
    .questions.filter((q) => q.kind === 'quantity')
    .map((q) => ({ stem: q.stem, answer: q.choices[q.answer]!, choices: q.choices }));
})();
const answers = (pattern: RegExp) => questions.filter((q) => pattern.test(q.stem)).map((q) => [q.stem, q.answer]);

describe('the thing a value is of', () => {
  it('asks a sub-bullet’s value of the device the sub-bullet names, never of the family heading', () => {
    expect(answers(/\bmemory\b/)).toEqual([['What is the memory for WrenPod?', '8 GB']]);
  });

  it('asks a table row under columns of names as that name’s measure', () => {
    expect(answers(/raw capacity/i)).toContainEqual(['What is the raw capacity for WrenPod?', '12 TB']);
    expect(questions.map((q) => q.stem)).not.toContain('What is the size of the wrenpod for the Raw capacity?');
  });
});

describe('one right answer', () => {
  it('asks neither of two values the notes give one subject’s attribute in one section', () => {
    // 256 GiB and 64 GiB of RAM, on sub-bullets whose own names the reader lost: either is right for "Wren Edge".
    expect(answers(/\bRAM\b/)).toEqual([]);
  });

  it('asks a value the section also gives under a condition with the condition said either way', () => {
    // "Uptake: 60 %" and "Uptake (with a buffer tablet): 85 %" under one heading: each is asked with its
    // condition said, the bare one as "without" it, so that each has one right answer.
    expect(answers(/sublingual/i)).toEqual([
      ['What is the uptake for the sublingual route, without a buffer tablet?', '60 %'],
      ['What is the uptake with a buffer tablet for the sublingual route?', '85 %'],
    ]);
  });

  it('still asks a measure its section gives once', () => {
    expect(answers(/transdermal/)).toEqual([['What is the uptake for the transdermal route?', '40 %']]);
  });
});

describe('two values of one measure in one section, of different roles', () => {
  it('asks both when the row labels say which is the default and which the maximum', () => {
    const notes = [
      '## Quill Jobs',
      '',
      '| Setting | Value |',
      '| --- | --- |',
      '| Build timeout default | 10 minutes |',
      '| Build timeout max | 2 hours |',
      '| Retry delay | 30 seconds |',
      '| Queue depth limit | 500 jobs |',
    ].join('\n');
    const asked = generateQuestions(kb(parseNote('quill.md', notes).items))
      .questions.filter((q) => q.kind === 'quantity' && /build timeout/i.test(q.stem))
      .map((q) => [q.stem, q.choices[q.answer]]);
    expect(asked).toEqual([
      [expect.stringMatching(/^What is the (?:default build timeout|build timeout default) for Quill Jobs\?$/), '10 minutes'],
      ['What is the maximum build timeout for Quill Jobs?', '2 hours'],
    ]);
  });
});
