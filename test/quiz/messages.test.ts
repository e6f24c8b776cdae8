import { describe, expect, it } from 'vitest';
import { parseChoiceId, practiceChoiceId, roundChoiceId } from '../../src/quiz/choice-id.js';
import { formatTime } from '../../src/quiz/format-time.js';
import { revealMessage } from '../../src/quiz/reveal-message.js';
import { roundMessage } from '../../src/quiz/round-message.js';
import { makeQuestion } from './sample-bank.js';

const question = makeQuestion('q-1a2b3c4d', 'Lambda');
const now = new Date('2025-03-04T09:00:00Z');

describe('choice ids', () => {
  it.each([
    [roundChoiceId('1z', 2), { kind: 'round', roundId: '1z', index: 2 }],
    [practiceChoiceId('q-1a2b3c4d', 0), { kind: 'practice', questionId: 'q-1a2b3c4d', index: 0 }],
    ['x:1:1', undefined],
    ['r:1:', undefined],
    ['r::1', undefined],
    ['', undefined],
  ])('%s', (id, parsed) => {
    expect(parseChoiceId(id)).toEqual(parsed);
  });

  it('fits Discord custom ids', () => {
    expect(practiceChoiceId('q-1a2b3c4d', 5).length).toBeLessThanOrEqual(100);
  });
});

describe('formatTime', () => {
  it.each([
    ['2025-03-04T17:00:00Z', 'UTC', '17:00 UTC'],
    ['2025-03-04T17:00:00Z', 'Europe/Berlin', '18:00 CET'],
    ['2025-07-01T15:00:00Z', 'Europe/Berlin', 'Tue 01 Jul 17:00 CEST'],
    ['2025-03-05T17:00:00Z', 'UTC', 'Wed 17:00 UTC'],
  ])('%s in %s → %s', (at, tz, text) => {
    expect(formatTime(new Date(at), tz, now)).toBe(text);
  });
});

describe('roundMessage', () => {
  it('shows the stem, one button per choice carrying the round and index, and the close time and count', () => {
    const message = roundMessage({
      roundId: '7',
      question,
      closesAt: new Date('2025-03-04T17:00:00Z'),
      timezone: 'UTC',
      answers: 3,
      now,
    });
    expect(message.title).toBe('Question of the day · Lambda');
    expect(message.body).toBe(question.stem);
    expect(message.choices?.map((c) => [c.label, c.text, parseChoiceId(c.id)])).toEqual([
      ['A', 'one', { kind: 'round', roundId: '7', index: 0 }],
      ['B', 'two', { kind: 'round', roundId: '7', index: 1 }],
      ['C', 'three', { kind: 'round', roundId: '7', index: 2 }],
      ['D', 'four', { kind: 'round', roundId: '7', index: 3 }],
    ]);
    expect(message.context).toBe('Closes 17:00 UTC · 3 answers so far');
  });

  it('says "1 answer" and drops the buttons once closed', () => {
    expect(roundMessage({ roundId: '7', question, closesAt: now, timezone: 'UTC', answers: 1, now }).context).toContain(
      '1 answer so far',
    );
    const closed = roundMessage({
      roundId: '7',
      question,
      closesAt: now,
      timezone: 'UTC',
      answers: 12,
      now,
      closed: true,
    });
    expect(closed.choices).toBeUndefined();
    expect(closed.body).toContain('B. two');
    expect(closed.context).toBe('Closed · 12 answers');
  });
});

describe('revealMessage', () => {
  it('gives the answer, explanation, source, share right and who was first', () => {
    const message = revealMessage({ question, answered: 8, correct: 3, firstRight: ['Ada', 'Bo', 'Cy', 'Di'] });
    expect(message.title).toBe('Answer: B. two');
    expect(message.body).toContain(question.explanation);
    expect(message.fields).toEqual([
      { label: 'Source', value: 'notes/aws.md › Compute > Lambda (line 12)' },
      { label: 'First right', value: 'Ada, Bo, Cy' },
    ]);
    expect(message.context).toBe('3 of 8 got it right (38%).');
  });

  it('says so when nobody answered', () => {
    const message = revealMessage({ question, answered: 0, correct: 0, firstRight: [] });
    expect(message.context).toBe('Nobody answered this one.');
    expect(message.fields?.map((f) => f.label)).toEqual(['Source']);
  });
});
