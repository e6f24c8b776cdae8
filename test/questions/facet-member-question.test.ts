import { describe, expect, it } from 'vitest';
import { parseNote } from '../../src/knowledge/parse-note.js';
import { generateQuestions } from '../../src/questions/generate-questions.js';
import type { Question } from '../../src/questions/question-schema.js';
import { bankDefects } from './bank-defects.js';
import { kb } from './build-items.js';

/** The "Which <kind> has …?" questions of one notes file. */
function facetQuestions(text: string): Question[] {
  const questions = generateQuestions(kb(parseNote('queues.md', text).items)).questions.filter((q) => /^Which \S+ \S+ has /.test(q.stem));
  expect(bankDefects(questions)).toEqual([]);
  return questions;
}

const answerOf = (q: Question): string => q.choices[q.answer]!;

// Sibling sections, each with the same two labelled sub-lists (a plain line names each sibling).
const notes = [
  '# Message Brokers',
  '',
  '## Delivery Modes',
  'How a broker hands a message to its consumers.',
  '',
  'AT MOST ONCE',
  '* How it Works',
  '\t- Sends each message without waiting for an acknowledgement.',
  '* What You Get',
  '\t- Lost messages on a crash.',
  '\t- Lowest latency.',
  '\t- Cheap bookkeeping.',
  '',
  'AT LEAST ONCE',
  '* How it Works',
  '\t- Resends a message until the consumer acknowledges it.',
  '* What You Get',
  '\t- Duplicate deliveries.',
  '\t- Cheap bookkeeping.',
  '\t- Moderate latency.',
  '',
  'EXACTLY ONCE',
  '* How it Works',
  '\t- Keeps a log of delivered message ids per consumer.',
  '* What You Get',
  '\t- Idempotent consumers not needed.',
  '\t- Highest storage overhead.',
  '\t- Moderate latency when the log is small.',
  '',
  'BEST EFFORT',
  '* How it Works',
  '\t- Drops messages when the queue is full.',
  '* What You Get',
  '\t- Lost messages under load.',
  '\t- Cheap bookkeeping.',
].join('\n');

describe('facet member questions', () => {
  it('asks which sibling has a bullet found under its label only, with the other siblings as choices', () => {
    const questions = facetQuestions(notes);
    const duplicates = questions.find((q) => q.stem === 'Which delivery mode has duplicate deliveries?')!;
    expect(answerOf(duplicates)).toBe('AT LEAST ONCE');
    expect(duplicates.choices).toEqual(expect.arrayContaining(['AT MOST ONCE', 'EXACTLY ONCE', 'BEST EFFORT']));
    expect(duplicates.explanation.toLowerCase()).toContain('what you get: duplicate deliveries');
  });

  it('never asks a bullet two siblings share, or one inside another sibling\'s bullet', () => {
    const stems = facetQuestions(notes).map((q) => q.stem);
    // Shared outright.
    expect(stems).not.toContain('Which delivery mode has cheap bookkeeping?');
    // "Lost messages on a crash" and "Lost messages under load": led by the same words, true of both as far as a reader knows.
    expect(stems.some((stem) => /lost messages/i.test(stem))).toBe(false);
    // "Moderate latency" is inside "Moderate latency when the log is small".
    expect(stems.some((stem) => /moderate latency/i.test(stem))).toBe(false);
  });

  it('asks a superlative with its article, and leaves out a bullet led by a comparative, which is relative to a sibling', () => {
    const stems = facetQuestions(notes.replace('Cheap bookkeeping.\n\t- Moderate latency.', 'Cheaper bookkeeping.\n\t- Moderate latency.')).map((q) => q.stem);
    expect(stems).toContain('Which delivery mode has the highest storage overhead?');
    expect(stems.some((stem) => /cheaper/i.test(stem))).toBe(false);
  });

  it('asks nothing when fewer than three siblings share the label, or the parent names no kind', () => {
    const two = notes.split('\nEXACTLY ONCE')[0]!;
    expect(facetQuestions(two)).toEqual([]);
    expect(facetQuestions(notes.replace('## Delivery Modes', '## How delivery works'))).toEqual([]);
  });
});

// Sibling sections named by a term, each with its own bullets and no label over them.
const tiers = [
  '# Ledger Archive',
  '',
  '## Archive tiers',
  '',
  '### HVT - Hot vault tier',
  '',
  '* Immediate retrieval of ledgers.',
  '* Costly to keep',
  '',
  '### WVT - Warm vault tier',
  '',
  '**Shelter against the loss of one building.**',
  '',
  '* Nightly duplication of ledgers to 2 buildings (each with its own guard - so a fire spares one) in one city.',
  '* Operate as normal when one building burns',
  '* Cheap to keep',
  '',
  '### CVT - Cold vault tier',
  '',
  '* Weekly duplication of ledgers to a second city.',
  '* Protection like WVT plus a second city.',
  '* Duplication of ledgers which survive a flood',
  '',
  '### DVT - Deep vault tier',
  '',
  '* Retrieval after twelve hours.',
  '* Cheapest',
].join('\n');

describe('facet member questions on bullets of their own', () => {
  it('asks which sibling term has a bullet found under its heading only, its short aside kept', () => {
    const questions = facetQuestions(tiers);
    const nightly = questions.find((q) => q.stem === 'Which archive tier has nightly duplication of ledgers to 2 buildings (each with its own guard) in one city?')!;
    expect(answerOf(nightly)).toBe('WVT');
    expect([...nightly.choices].sort()).toEqual(['CVT', 'DVT', 'HVT', 'WVT']);
  });

  it('never asks a clause, a bullet that names a sibling, or one another sibling shares', () => {
    const stems = facetQuestions(tiers).map((q) => q.stem);
    expect(stems.some((stem) => /operate|cheap|costly|protection like|flood/i.test(stem))).toBe(false);
  });

  it('asks nothing when the sibling headings are no names', () => {
    const plain = tiers.replace('### HVT - Hot vault tier', '### Hot').replace('### WVT - Warm vault tier', '### Warm').replace('### CVT - Cold vault tier', '### Cold').replace('### DVT - Deep vault tier', '### Deep');
    expect(facetQuestions(plain)).toEqual([]);
  });
});
