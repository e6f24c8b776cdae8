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
  /** How many to pick at most (default 3, for four choices). */
  count?: number;
  /** Extra rule a candidate must not break (e.g. "names a term that is in the stem"). */
  reject?: (text: string) => boolean;
}

/**
 * Picks up to `count` distinct wrong choices: closest tier first, in a seeded order within a tier,
 * never the answer again (case/space-insensitive), never the same text twice.
 */
export function pickDistractors({ seed, answer, candidates, count = 3, reject }: PickOptions): string[] {
  const tiers = [...new Set(candidates.map((candidate) => candidate.tier))].sort((a, b) => a - b);
  const ordered = tiers.flatMap((tier) =>
    seededOrder(seed, candidates.filter((candidate) => candidate.tier === tier), (candidate) => candidate.text),
  );
  // The reject rule can be costly: it runs only until enough distractors are found.
  const seen = new Set([nameKey(answer)]);
  const picked: string[] = [];
  for (const candidate of ordered) {
    if (picked.length >= count) break;
    const key = nameKey(candidate.text);
    if (key === '' || seen.has(key)) continue;
    seen.add(key);
    // "SQS" beside "SNS and SQS" (or the answer inside a distractor) is two answers in one.
    if ([answer, ...picked].some((other) => containsWords(other, candidate.text) || containsWords(candidate.text, other))) continue;
    if (reject?.(candidate.text)) continue;
    picked.push(candidate.text);
  }
  return picked;
}

/** The choices with the answer placed at a position fixed by the id (spread evenly over A–D). */
export function placeAnswer(id: string, answer: string, distractors: readonly string[]): { choices: string[]; answer: number } {
  const index = seededIndex(id, distractors.length + 1);
  const choices = [...distractors];
  choices.splice(index, 0, answer);
  return { choices, answer: index };
}
