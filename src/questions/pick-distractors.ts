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
   * Farther pools, each built and tried only when the candidates before it give too few; every tier in
   * a pool is above those before it. A costly pool ("any other service in the notes") is then built
   * for the few questions that need it.
   */
  farther?: ReadonlyArray<() => readonly Candidate[]>;
  /** How many to pick at most (default 3, for four choices). */
  count?: number;
  /** Extra rule a candidate must not break (e.g. "names a term that is in the stem"). */
  reject?: (text: string) => boolean;
}

/**
 * Picks up to `count` distinct wrong choices: closest tier first, in a seeded order within a tier,
 * never the answer again (case-, space- and hyphen-insensitive), never the same text twice.
 */
export function pickDistractors({ seed, answer, candidates, farther = [], count = 3, reject }: PickOptions): string[] {
  const seen = new Set([choiceKey(answer)]);
  const picked: string[] = [];
  const consider = (text: string): void => {
    const key = choiceKey(text);
    if (key === '' || seen.has(key)) return;
    seen.add(key);
    // "SQS" beside "SNS and SQS" (or the answer inside a distractor) is two answers in one.
    if ([answer, ...picked].some((other) => containsWords(other, text) || containsWords(text, other))) return;
    // The reject rule can be costly: it runs only until enough distractors are found.
    if (reject?.(text)) return;
    picked.push(text);
  };
  for (const pool of [() => candidates, ...farther]) {
    // Each tier is put in its seeded order only when the closer tiers gave too few.
    for (const tier of byTier(pool())) {
      for (const text of seededOrder(seed, tier, (t) => t)) {
        if (picked.length >= count) return picked;
        consider(text);
      }
    }
    if (picked.length >= count) break;
  }
  return picked;
}

/** One name however its words are joined: "On Demand Instances" is "On-Demand Instances" again. */
const choiceKey = (text: string): string => nameKey(text).replace(/[\s-]+/g, ' ');

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

/** How many entries of a far pool ("any other service") a question looks at: see `nearby`. */
const nearbySize = 128;

/**
 * At most `size` entries of `pool`, those nearest `at` (an index into it). When the notes hold
 * thousands of possible siblings, the ones written next to the item stand in for all of them, so a
 * question costs the same however big the notes grow. A pool of `size` or fewer comes back whole.
 */
export function nearby<T>(pool: readonly T[], at: number, size = nearbySize): readonly T[] {
  if (pool.length <= size) return pool;
  const start = Math.min(Math.max(0, at - Math.floor(size / 2)), pool.length - size);
  return pool.slice(start, start + size);
}
