import { seededIndex } from '../question-id.js';

/**
 * Gate "answer rank balanced" for numbers (Haladyna, Downing & Rodriguez 2002, guideline 25: place
 * choices in logical or numerical order; 22: balance the key's position). Number choices are shown in
 * ascending order, so the answer's rank is its position: each question draws the rank it wants from its
 * id, evenly over 0 … count, and takes that many distractors below the answer and the rest above.
 * A reader can then never drop the smallest and largest choice unseen.
 */
export function wantedRank(seed: string, count: number, stem = ''): number {
  // "What is the minimum …?" keyed to the smallest choice is picked unread (see minimumKeyedToSmallest):
  // a minimum has at least one choice below it.
  if (count > 0 && /\b(?:minimum|at least)\b/i.test(stem)) return 1 + seededIndex(`${seed}\u0000rank`, count);
  return seededIndex(`${seed}\u0000rank`, count + 1);
}

/** The choices in ascending order of value and where the answer landed. */
export function orderByValue(answer: string, distractors: readonly string[], numberOf: (text: string) => number): { choices: string[]; answer: number } {
  const choices = [answer, ...distractors].sort((a, b) => numberOf(a) - numberOf(b));
  return { choices, answer: choices.indexOf(answer) };
}
