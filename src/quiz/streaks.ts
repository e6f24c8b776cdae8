/**
 * A streak is a run of consecutive daily rounds of one channel (round numbers `seq`, `seq + 1`, …)
 * that a person answered right. A wrong answer ends it; so does a round they did not answer, which is
 * noticed lazily: the run only counts while its last round is the channel's latest closed one.
 */

/** One person's streak in one channel. */
export interface StreakRecord {
  current: number;
  best: number;
  /** The channel round (`seq`) of the latest result. */
  lastSeq: number;
}

/** The record after a closed round's result. Results must arrive in round order; older ones are ignored. */
export function recordResult(previous: StreakRecord | undefined, seq: number, correct: boolean): StreakRecord {
  const prior = previous ?? { current: 0, best: 0, lastSeq: 0 };
  if (seq <= prior.lastSeq) return prior;
  const current = correct ? (prior.lastSeq === seq - 1 && prior.lastSeq > 0 ? prior.current + 1 : 1) : 0;
  return { current, best: Math.max(prior.best, current), lastSeq: seq };
}

/** How many consecutive rounds right lead into round `seq` (0 if the run was broken). */
export function streakBefore(record: StreakRecord | undefined, seq: number): number {
  if (!record || record.lastSeq !== seq - 1) return 0;
  return record.current;
}

/** The streak still alive once the channel's latest closed round is `closedSeq`. */
export function currentStreak(record: StreakRecord | undefined, closedSeq: number): number {
  if (!record || record.lastSeq < closedSeq) return 0;
  return record.current;
}

/** Current and best streak from a person's results, for reports and tests. */
export function streaksOf(
  results: Array<{ seq: number; correct: boolean }>,
  closedSeq: number,
): { current: number; best: number } {
  const record = [...results]
    .sort((a, b) => a.seq - b.seq)
    .reduce<StreakRecord | undefined>((r, x) => recordResult(r, x.seq, x.correct), undefined);
  return { current: currentStreak(record, closedSeq), best: record?.best ?? 0 };
}
