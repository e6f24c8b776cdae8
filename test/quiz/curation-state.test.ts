import { describe, expect, it } from 'vitest';
import {
  addFlag,
  markNoticed,
  restore,
  retire,
  retiredIn,
  unnoticedRetirements,
} from '../../src/quiz/curation-state.js';
import { initialQuizState, quizMigrations, quizStateSchema } from '../../src/quiz/state-schema.js';

const ws = 'slack:T1';
const flag = (user: string, at: number, admin = false) => ({ user, reason: 'wrong' as const, at, admin });

describe('flags and retirement, per workspace', () => {
  it('one flag per person; the second person retires; another workspace is untouched', () => {
    const state = initialQuizState();
    expect(addFlag(state, ws, 'q1', flag('U1', 1), 2)).toEqual({ kind: 'flagged', flags: 1, retired: false });
    expect(addFlag(state, ws, 'q1', { ...flag('U1', 2), reason: 'unclear' }, 2)).toEqual({
      kind: 'already',
      reason: 'wrong',
    });
    expect(retiredIn(state, ws).size).toBe(0);
    expect(addFlag(state, ws, 'q1', flag('U2', 3), 2)).toEqual({ kind: 'flagged', flags: 2, retired: true });
    expect([...retiredIn(state, ws)]).toEqual(['q1']);
    expect(retiredIn(state, 'slack:T2').size).toBe(0);
    expect(addFlag(state, ws, 'q1', flag('U3', 4), 2)).toEqual({ kind: 'retired-before', flags: 3 });
    expect(quizStateSchema.safeParse(state).success).toBe(true);
  });

  it("an admin's single flag retires; restore brings it back and only later flags count again", () => {
    const state = initialQuizState();
    expect(addFlag(state, ws, 'q1', flag('U9', 1, true), 3)).toMatchObject({ retired: true });
    expect(restore(state, ws, 'q1', 5)).toBe(true);
    expect(restore(state, ws, 'q1', 6)).toBe(false);
    expect(retiredIn(state, ws).size).toBe(0);
    expect(addFlag(state, ws, 'q1', flag('U9', 7), 3)).toEqual({ kind: 'already', reason: 'wrong' });
    addFlag(state, ws, 'q1', flag('U1', 8), 3);
    addFlag(state, ws, 'q1', flag('U2', 9), 3);
    expect(retiredIn(state, ws).size).toBe(0);
    expect(addFlag(state, ws, 'q1', flag('U3', 10), 3)).toMatchObject({ retired: true });
  });

  it('admins are told once about retirements that were not their own', () => {
    const state = initialQuizState();
    addFlag(state, ws, 'q1', flag('U1', 10), 1);
    retire(state, ws, 'q2', 'ADMIN', 20);
    expect(unnoticedRetirements(state, ws, 'ADMIN').map((r) => r.questionId)).toEqual(['q1']);
    expect(unnoticedRetirements(state, ws, 'OTHER').map((r) => r.questionId)).toEqual(['q2', 'q1']);
    markNoticed(state, ws, 'OTHER', 20);
    expect(unnoticedRetirements(state, ws, 'OTHER')).toEqual([]);
  });

  it('migration 2 adds curation and rebuilds item tallies from closed rounds that kept their answers', () => {
    const old = { ...initialQuizState(), curation: undefined } as Record<string, unknown>;
    delete old.curation;
    old.scores = {
      'slack:T1#1': { totals: { A: [30, 0, 3, 3], B: [20, 0, 3, 2], C: [0, 0, 3, 0] }, topicNames: [], topics: {} },
    };
    const answer = (user: string, correct: boolean) => ({
      user: `slack:T1:${user}`,
      choice: 0,
      correct,
      at: 1,
      points: 0,
    });
    old.rounds = {
      '1': {
        id: '1',
        channel: 'slack:T1:C1',
        season: 1,
        seq: 1,
        questionId: 'q1',
        topic: 't',
        answer: 0,
        occurrence: 0,
        closesAt: 1,
        closedAt: 1,
        answers: [answer('A', true), answer('B', true), answer('C', false)],
      },
      '2': {
        id: '2',
        channel: 'slack:T1:C1',
        season: 1,
        seq: 2,
        questionId: 'q2',
        topic: 't',
        answer: 0,
        occurrence: 0,
        closesAt: 1,
        answers: [answer('A', true)],
      },
    };
    const migrated = quizMigrations[2]!(old) as ReturnType<typeof initialQuizState>;
    expect(migrated.curation).toEqual({
      'slack:T1': { questions: {}, items: { q1: [3, 2, 1, 1, 1, 0] }, noticed: {} },
    });
    expect(quizStateSchema.safeParse(migrated).success).toBe(true);
  });
});
