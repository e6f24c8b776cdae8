import { seededIndex, seededOrder } from './question-id.js';
import { containsWords, nameKey } from './text-tools.js';

/** A possible wrong choice; a lower `tier` is a closer sibling of the answer and is taken first. */
export interface Candidate {
  text: string;
  tier: number;
}

export interface PickOptions {
  /** The question id: the same id always picks the same distractors in the same order. */
  seed: string;
  answer: string;
  candidates: readonly Candidate[];
  /**
   * Candidates tried only when `candidates` give too few, every one of a higher tier than theirs: a
   * costly pool ("any other service in the notes") is then built for the few questions that need it.
   */
  more?: () => readonly Candidate[];
  /** How many to pick at most (default 3, for four choices). */
  count?: number;
  /** Extra rule a candidate must not break (e.g. "names a term that is in the stem"). */
  reject?: (text: string) => boolean;
}

/**
 * Picks up to `count` distinct wrong choices: closest tier first, in a seeded order within a tier,
 * never the answer again (case/space-insensitive), never the same text twice.
 */
export function pickDistractors({ seed, answer, candidates, more, count = 3, reject }: PickOptions): string[] {
  const seen = new Set([nameKey(answer)]);
  const picked: string[] = [];
  const consider = (text: string): void => {
    const key = nameKey(text);
    if (key === '' || seen.has(key)) return;
    seen.add(key);
    // "SQS" beside "SNS and SQS" (or the answer inside a distractor) is two answers in one.
    if ([answer, ...picked].some((other) => containsWords(other, text) || containsWords(text, other))) return;
    // The reject rule can be costly: it runs only until enough distractors are found.
    if (reject?.(text)) return;
    picked.push(text);
  };
  for (const pool of more ? [candidates, more] : [candidates]) {
    // Each tier is put in its seeded order only when the closer tiers gave too few.
    for (const tier of byTier(typeof pool === 'function' ? pool() : pool)) {
      for (const text of seededOrder(seed, tier, (t) => t)) {
        if (picked.length >= count) return picked;
        consider(text);
      }
    }
    if (picked.length >= count) break;
  }
  return picked;
}

/**
 * The candidates' distinct texts grouped by tier, closest first; a text listed in several tiers stays
 * in its closest. Dropping the repeats changes no pick (a repeat is always skipped as seen) but keeps
 * a big corpus, where one value recurs in many notes, from hashing it once per note.
 */
function byTier(candidates: readonly Candidate[]): string[][] {
  const closest = new Map<string, number>();
  for (const { text, tier } of candidates) if (!((closest.get(text) ?? Infinity) <= tier)) closest.set(text, tier);
  const tiers = new Map<number, string[]>();
  for (const [text, tier] of closest) {
    const texts = tiers.get(tier);
    if (texts) texts.push(text);
    else tiers.set(tier, [text]);
  }
  return [...tiers].sort(([a], [b]) => a - b).map(([, texts]) => texts);
}

/** The choices with the answer placed at a position fixed by the id (spread evenly over A–D). */
export function placeAnswer(id: string, answer: string, distractors: readonly string[]): { choices: string[]; answer: number } {
  const index = seededIndex(id, distractors.length + 1);
  const choices = [...distractors];
  choices.splice(index, 0, answer);
  return { choices, answer: index };
}
