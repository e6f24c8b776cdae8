/**
 * Ranking. Order: more points first; on equal points whoever reached the score earlier; then user key,
 * so the order never depends on insertion order. Ranks are positions in that order (1, 2, 3, …).
 */

/** One person's total in a period. */
export interface ScoreLine {
  user: string;
  points: number;
  /** Epoch ms at which the person reached `points`. */
  reachedAt: number;
}

export interface Standing extends ScoreLine {
  rank: number;
}

export interface Leaderboard {
  top: Standing[];
  /** The caller's own line when they are ranked but outside the top. */
  caller?: Standing;
  /** How many people are ranked. */
  ranked: number;
}

/** Compares two lines in leaderboard order. */
function compareScores(a: ScoreLine, b: ScoreLine): number {
  return b.points - a.points || a.reachedAt - b.reachedAt || (a.user < b.user ? -1 : a.user > b.user ? 1 : 0);
}

/** Every line ranked. */
export function rankScores(lines: readonly ScoreLine[]): Standing[] {
  return [...lines].sort(compareScores).map((line, index) => ({ ...line, rank: index + 1 }));
}

/** The top `size` lines plus the caller's own if they are further down. */
export function leaderboard(lines: readonly ScoreLine[], caller: string, size = 10): Leaderboard {
  const ranked = rankScores(lines);
  const top = ranked.slice(0, size);
  const own = top.some((s) => s.user === caller) ? undefined : ranked.find((s) => s.user === caller);
  return own ? { top, caller: own, ranked: ranked.length } : { top, ranked: ranked.length };
}

/**
 * Totals per person from scored answers (a week's or month's rounds). Only answers that earned points
 * count; `reachedAt` is the time of the last of them.
 */
export function totalsOf(answers: Iterable<{ user: string; points: number; at: number }>): ScoreLine[] {
  const totals = new Map<string, ScoreLine>();
  for (const answer of answers) {
    if (answer.points <= 0) continue;
    const line = totals.get(answer.user) ?? { user: answer.user, points: 0, reachedAt: 0 };
    line.points += answer.points;
    line.reachedAt = Math.max(line.reachedAt, answer.at);
    totals.set(answer.user, line);
  }
  return [...totals.values()];
}
