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
