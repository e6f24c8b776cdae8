import type { Candidate } from './pick-distractors.js';
import { nameKey, singularOf } from './text-tools.js';

/** A wrong choice for a term-to-definition question, with the other term it defines. */
export type TermCandidate = Candidate & { term: string };

/**
 * One definition per other term, its closest: three lines the notes write of Groups and IAM Groups
 * ("Logical grouping of users …" twice, "Adding users to groups …") beside IAM Users' are one
 * alternative, not three, and the answer is the one choice about another thing (r9 review, "implausible distractors").
 */
export function onePerTerm(candidates: readonly TermCandidate[]): Candidate[] {
  const best = new Map<string, TermCandidate>();
  for (const candidate of candidates) if (!((best.get(candidate.term)?.tier ?? Infinity) <= candidate.tier)) best.set(candidate.term, candidate);
  return [...best.values()].map(({ text, tier }) => ({ text, tier }));
}

/** The words of `term` that `own` does not have: "IAM Groups" beside "IAM Users" is "groups", as "Groups" is. */
export const otherWords = (own: string, term: string): string => {
  const mine = new Set(nameKey(own).split(' ').map(singularOf));
  return nameKey(term).split(' ').map(singularOf).filter((word) => !mine.has(word)).join(' ');
};
