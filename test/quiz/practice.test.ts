import { describe, expect, it } from 'vitest';
import { pickPracticeQuestion, questionsForTopic, reviewCard } from '../../src/quiz/practice.js';
import type { PracticeCard } from '../../src/quiz/state-schema.js';
import { makeBank } from './sample-bank.js';

const bank = makeBank(['Lambda', 'S3', 'API Gateway'], 3);
const start = new Date('2025-03-03T09:00:00Z');
const minutes = (n: number) => n * 60_000;
const days = (n: number) => n * 86_400_000;

describe('reviewCard', () => {
  it('brings a wrong answer back sooner than a right one', () => {
    const wrong = reviewCard(undefined, false, start);
    const right = reviewCard(undefined, true, start);
    expect(wrong.due).toBeLessThan(right.due);
    expect(wrong.due - start.getTime()).toBeLessThanOrEqual(minutes(10));
  });

  it('spaces a known question further out each time it is answered right', () => {
    let card: PracticeCard | undefined;
    let now = start;
    const gaps: number[] = [];
    for (let i = 0; i < 5; i++) {
      card = reviewCard(card, true, now);
      gaps.push(card.due - now.getTime());
      now = new Date(card.due);
    }
    for (let i = 1; i < gaps.length; i++) expect(gaps[i]!).toBeGreaterThan(gaps[i - 1]!);
    expect(gaps[4]!).toBeGreaterThan(days(7));
  });

  it('counts a lapse when a known question is missed', () => {
    let card = reviewCard(undefined, true, start);
    card = reviewCard(card, true, new Date(card.due));
    const lapsed = reviewCard(card, false, new Date(card.due));
    expect(lapsed.lapses).toBe(1);
    expect(lapsed.due - card.due).toBeLessThan(days(1));
  });
});

describe('pickPracticeQuestion', () => {
  it.each<[string, Record<string, PracticeCard>, string | undefined, string]>([
    [
      'a due review comes first',
      { 's3-2': { ...reviewCard(undefined, false, start), due: start.getTime() - 1 } },
      's3-2',
      'due',
    ],
    ['nothing due: a question never practised', {}, undefined, 'new'],
  ])('%s', (_name, cards, id, reason) => {
    const pick = pickPracticeQuestion(bank, cards, start, 'seed')!;
    expect(pick.reason).toBe(reason);
    if (id) expect(pick.question.id).toBe(id);
    else expect(cards[pick.question.id]).toBeUndefined();
  });

  it('the most overdue review wins', () => {
    const card = reviewCard(undefined, true, start);
    const cards = {
      'lambda-1': { ...card, due: start.getTime() - minutes(5) },
      's3-1': { ...card, due: start.getTime() - minutes(50) },
    };
    expect(pickPracticeQuestion(bank, cards, start, 'x')!.question.id).toBe('s3-1');
  });

  it('practises ahead on the soonest review once everything was seen and nothing is due', () => {
    const pool = bank.slice(0, 2);
    const card = reviewCard(undefined, true, start);
    const cards = {
      [pool[0]!.id]: { ...card, due: start.getTime() + days(3) },
      [pool[1]!.id]: { ...card, due: start.getTime() + days(1) },
    };
    expect(pickPracticeQuestion(pool, cards, start, 'x')).toMatchObject({ question: pool[1], reason: 'ahead' });
  });

  it('returns nothing for an empty pool', () => {
    expect(pickPracticeQuestion([], {}, start, 'x')).toBeUndefined();
  });
});

describe('questionsForTopic', () => {
  it.each([
    ['lambda', 3, 'Lambda'],
    ['API gateway', 3, 'API Gateway'],
    ['gate', 3, 'API Gateway'],
    ['', 9, undefined],
    ['Kinesis', 0, undefined],
  ])('"%s" → %i questions', (typed, count, topic) => {
    const found = questionsForTopic(bank, typed);
    expect(found).toHaveLength(count);
    if (topic) expect(new Set(found.map((q) => q.topic))).toEqual(new Set([topic]));
  });
});
