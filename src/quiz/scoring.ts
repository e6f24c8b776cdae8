/**
 * Points for one answer in a daily round:
 * - a right answer is worth 10;
 * - the first three right answers of the round get +3, +2, +1;
 * - a streak bonus of +1 for each previous consecutive round of the channel answered right, at most +5
 *   (so the second right day in a row earns +1, the sixth and later +5).
 * A wrong answer earns nothing. Practice questions (/quiz) are not scored.
 */
const scoringRules = { right: 10, firstRightBonuses: [3, 2, 1], maxStreakBonus: 5 } as const;

export interface AnswerFacts {
  correct: boolean;
  /** Right answers already recorded in this round before this one. */
  rightBefore: number;
  /** Consecutive earlier rounds of this channel the person answered right (see streaks.ts). */
  streakBefore: number;
}

export interface Points {
  total: number;
  base: number;
  speedBonus: number;
  streakBonus: number;
}

/** The points an answer earns, split into its parts so a reply can explain them. */
export function pointsFor(facts: AnswerFacts): Points {
  if (!facts.correct) return { total: 0, base: 0, speedBonus: 0, streakBonus: 0 };
  const base = scoringRules.right;
  const speedBonus = scoringRules.firstRightBonuses[facts.rightBefore] ?? 0;
  const streakBonus = Math.min(Math.max(facts.streakBefore, 0), scoringRules.maxStreakBonus);
  return { total: base + speedBonus + streakBonus, base, speedBonus, streakBonus };
}
