import type { Answer, ItemTally } from './state-schema.js';

/**
 * Item analysis, as item writers do it: how many answered a question, the share who got it right
 * (its difficulty) and whether the stronger players got it right more often than the weaker ones (its
 * discrimination: share right in the top third minus share right in the bottom third, by season points).
 * Pure functions over the stored tallies.
 */

/** Fewer answers than this: no verdict on difficulty (a few lucky or unlucky answers say little). */
const minAnswersForVerdict = 10;
/** Fewer answers than this in the top or in the bottom third: no verdict on discrimination. */
const minGroupForVerdict = 5;
/** A share right at or above this: almost everyone gets it right. */
const tooEasyShare = 0.9;
/** A share right at or below this: almost everyone gets it wrong. */
const tooHardShare = 0.15;

/** Why a question deserves a reviewer's look. */
type ItemVerdict = 'too-easy' | 'too-hard' | 'reversed';

export interface ItemStats {
  answered: number;
  correct: number;
  /** Share right, 0..1; undefined before anyone answered. */
  difficulty?: number;
  /** Top-third share right minus bottom-third share right, -1..1; undefined while a third is empty. */
  discrimination?: number;
  /** Empty when the question looks fine, or when there are too few answers to say. */
  verdicts: ItemVerdict[];
  /** True when there were too few answers for any verdict. */
  tooFew: boolean;
}

export const emptyTally = (): ItemTally => [0, 0, 0, 0, 0, 0];

/**
 * The tally one closed round adds to its question. Answerers are ranked by `pointsBefore` (their season
 * points before this round, so the question does not judge itself); the top and bottom thirds are counted
 * apart, unless the ranking cannot tell them apart (everyone level, as on a season's first day).
 */
export function roundTally(
  answers: ReadonlyArray<Pick<Answer, 'user' | 'correct'>>,
  pointsBefore: (user: string) => number,
): ItemTally {
  const tally = emptyTally();
  tally[0] = answers.length;
  tally[1] = answers.filter((a) => a.correct).length;
  const third = Math.floor(answers.length / 3);
  if (third === 0) return tally;
  const ranked = answers
    .map((a) => ({ correct: a.correct, points: pointsBefore(a.user), user: a.user }))
    .sort((a, b) => b.points - a.points || (a.user < b.user ? -1 : 1));
  const top = ranked.slice(0, third);
  const bottom = ranked.slice(-third);
  if (top.at(-1)!.points <= bottom[0]!.points) return tally;
  tally[2] = top.length;
  tally[3] = top.filter((a) => a.correct).length;
  tally[4] = bottom.length;
  tally[5] = bottom.filter((a) => a.correct).length;
  return tally;
}

/** Adds `extra` to `into` in place (inside a store change) and returns it. */
export function addTally(into: ItemTally, extra: Readonly<ItemTally>): ItemTally {
  for (let i = 0; i < 6; i += 1) into[i]! += extra[i]!;
  return into;
}

/** The statistics and verdicts of a tally (undefined: nobody answered yet). */
export function itemStats(tally: Readonly<ItemTally> | undefined): ItemStats {
  const [answered, correct, topAnswered, topCorrect, bottomAnswered, bottomCorrect] = tally ?? emptyTally();
  const stats: ItemStats = { answered, correct, verdicts: [], tooFew: answered < minAnswersForVerdict };
  if (answered > 0) stats.difficulty = correct / answered;
  if (topAnswered > 0 && bottomAnswered > 0)
    stats.discrimination = topCorrect / topAnswered - bottomCorrect / bottomAnswered;
  if (stats.tooFew) return stats;
  if (stats.difficulty! >= tooEasyShare) stats.verdicts.push('too-easy');
  if (stats.difficulty! <= tooHardShare) stats.verdicts.push('too-hard');
  if (
    stats.discrimination !== undefined &&
    topAnswered >= minGroupForVerdict &&
    bottomAnswered >= minGroupForVerdict &&
    stats.discrimination < 0
  )
    stats.verdicts.push('reversed');
  return stats;
}

/** The sum of several tallies (one question across workspaces). */
export function sumTallies(tallies: Iterable<Readonly<ItemTally>>): ItemTally {
  const sum = emptyTally();
  for (const tally of tallies) addTally(sum, tally);
  return sum;
}

const verdictWords: Record<ItemVerdict, string> = {
  'too-easy': 'almost everyone gets it right',
  'too-hard': 'almost everyone gets it wrong',
  reversed: 'the weaker players get it right more often than the stronger',
};

/** "12 answered · 83% right · discrimination +0.40 · review: almost everyone gets it right". */
export function describeItemStats(stats: ItemStats): string {
  if (stats.answered === 0) return 'not answered yet';
  const parts = [`${stats.answered} answered`, `${Math.round(100 * stats.difficulty!)}% right`];
  if (stats.discrimination !== undefined)
    parts.push(`discrimination ${stats.discrimination >= 0 ? '+' : ''}${stats.discrimination.toFixed(2)}`);
  if (stats.tooFew) parts.push(`too few answers for a verdict (${minAnswersForVerdict} needed)`);
  else if (stats.verdicts.length > 0) parts.push(`review: ${stats.verdicts.map((v) => verdictWords[v]).join('; ')}`);
  return parts.join(' · ');
}
