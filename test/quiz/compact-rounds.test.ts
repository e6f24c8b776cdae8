import { describe, expect, it } from 'vitest';
import { compactRounds, hasRoundsToCompact } from '../../src/quiz/compact-rounds.js';
import { initialQuizState, quizStateSchema, type Round } from '../../src/quiz/state-schema.js';

const day = 86_400_000;
const now = 400 * day;

function round(id: string, closedDaysAgo: number | undefined): Round {
  return {
    id,
    channel: 'slack:T1:C1',
    season: 1,
    seq: 1,
    questionId: 'q',
    topic: 'Lambda',
    answer: 0,
    occurrence: 0,
    closesAt: 0,
    closedAt: closedDaysAgo === undefined ? undefined : now - closedDaysAgo * day,
    answers: [
      { user: 'slack:T1:U1', choice: 0, correct: true, at: 0, points: 13 },
      { user: 'slack:T1:U2', choice: 1, correct: false, at: 0, points: 0 },
    ],
  };
}

describe('compactRounds', () => {
  it('keeps only counts of rounds closed longer ago than the retention', () => {
    const state = initialQuizState();
    state.rounds = { a: round('a', 100), b: round('b', 10), c: round('c', undefined) };
    expect(hasRoundsToCompact(state, now, 60)).toBe(true);
    expect(compactRounds(state, now, 60)).toBe(1);
    expect(state.rounds.a).toMatchObject({ answers: [], summary: { answered: 2, correct: 1 } });
    expect(state.rounds.b!.answers).toHaveLength(2);
    expect(state.rounds.c!.answers).toHaveLength(2);
    expect(hasRoundsToCompact(state, now, 60)).toBe(false);
    expect(quizStateSchema.safeParse(state).success).toBe(true);
  });

  it('never cuts into the last 32 days, so monthly boards stay whole', () => {
    const state = initialQuizState();
    state.rounds = { a: round('a', 20), b: round('b', 40) };
    expect(compactRounds(state, now, 7)).toBe(1);
    expect(state.rounds.a!.answers).toHaveLength(2);
  });
});
