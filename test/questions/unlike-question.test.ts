import { describe, expect, it } from 'vitest';
import { parseNote } from '../../src/knowledge/parse-note.js';
import { generateQuestions } from '../../src/questions/generate-questions.js';
import type { Question } from '../../src/questions/question-schema.js';
import { kb } from './build-items.js';

// Cheat-sheet prose that tells two things apart with "unlike", in the two forms people write it.
const note = [
  '# Messaging',
  '',
  '## Topics and queues',
  '',
  'Topics fan out every message. Unlike SQS, SNS can push messages to every subscriber at once.',
  '',
  '## Storage classes',
  '',
  'Archive tiers are cheap. However, Flexible tiers are special in that unlike Deep Archive tiers, you can restore a Flexible tier within minutes, e.g. with expedited retrieval.',
  '',
  '## Loose prose',
  '',
  'Unlike most people, we prefer tea in the morning.',
  '',
].join('\n');

function comparing(text: string): Question[] {
  return generateQuestions(kb(parseNote('messaging.md', text).items)).questions.filter((q) => q.stem.startsWith('Comparing'));
}

describe('"unlike" questions', () => {
  it('asks which of the two things the sentence holds it of, the other and "Both of them" as wrong choices', () => {
    const [push, restore, ...rest] = comparing(note);
    expect(push!.stem).toBe('Comparing SNS and SQS, which can push messages to every subscriber at once?');
    expect(push!.choices[push!.answer]).toBe('SNS');
    expect([...push!.choices].sort()).toEqual(['Both of them', 'SNS', 'SQS']);
    // The reader's "you can restore a Flexible tier …" asks the thing as its object; the example after the comma is left out.
    expect(restore!.stem).toBe('Comparing Flexible tiers and Deep Archive tiers, which can you restore within minutes?');
    expect(restore!.choices[restore!.answer]).toBe('Flexible tiers');
    // "Unlike most people, we …" sets no two things of one kind side by side.
    expect(rest).toEqual([]);
  });

  it('asks nothing when the thing cannot be told from a compound after it', () => {
    const compound = note.replace('a Flexible tier within', 'a Flexible tier object within');
    expect(comparing(compound).map((q) => q.choices[q.answer])).toEqual(['SNS']);
  });

  it('reads the thing before an inserted "unlike" phrase, and nothing from a phrase that sets no names apart', () => {
    const caches = '# Caches\n\nRedis, unlike Memcached, keeps data on disk between restarts of the node.\n\nThe fleet, unlike last year, grows slowly.\n';
    const [keeps, ...rest] = comparing(caches);
    expect(keeps!.stem).toBe('Comparing Redis and Memcached, which keeps data on disk between restarts of the node?');
    expect(keeps!.choices[keeps!.answer]).toBe('Redis');
    expect(rest).toEqual([]);
  });
});
