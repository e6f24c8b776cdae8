import { dayMs } from './engine-context.js';
import type { QuizState, Round } from './state-schema.js';

/** Rounds are kept whole for at least this many days, so weekly and monthly boards are never cut short. */
const minimumRetentionDays = 32;

function compactable(round: Round, cutoff: number): boolean {
  return round.closedAt !== undefined && round.closedAt < cutoff && round.answers.length > 0;
}

/** Whether `compactRounds` would change anything (cheap check before opening a store change). */
export function hasRoundsToCompact(state: QuizState, now: number, retentionDays: number): boolean {
  const cutoff = now - Math.max(retentionDays, minimumRetentionDays) * dayMs;
  return Object.values(state.rounds).some((r) => compactable(r, cutoff));
}

/**
 * Replaces the answers of rounds closed more than `retentionDays` ago by their counts. Season stats
 * already hold everything scores, streaks and all-time boards need. Returns how many rounds shrank.
 */
export function compactRounds(state: QuizState, now: number, retentionDays: number): number {
  const cutoff = now - Math.max(retentionDays, minimumRetentionDays) * dayMs;
  let compacted = 0;
  for (const round of Object.values(state.rounds)) {
    if (!compactable(round, cutoff)) continue;
    round.summary = { answered: round.answers.length, correct: round.answers.filter((a) => a.correct).length };
    round.answers = [];
    compacted += 1;
  }
  return compacted;
}
