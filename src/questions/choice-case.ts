import { capitalise } from './text-tools.js';
/**
 * A common-noun phrase as a choice, capitalised like the answer: "fiber-optic cable" beside the answer
 * "Plenum cable" reads "Fiber-optic cable". Notes capitalise such phrases at random (a list of cable
 * types written by hand), and a choice cased unlike the answer is passed over as another kind of name
 * (question-draft.ts, "sameCase"). Only a plain lower-case phrase of two words or more changes: a single
 * word may be a program ("iptables"), and a phrase with capitals inside is a name, kept as written.
 * Never the other way: "Windows firewall" lower-cased would misspell a name.
 */
export function inAnswerCase(answer: string, candidate: string): string {
  if (!/^\p{Lu}/u.test(answer) || !plainPhrase(answer) || !/^\p{Ll}[\p{Ll}-]*(?:\s+\p{Ll}[\p{Ll}-]*)+$/u.test(candidate.trim())) return candidate;
  return capitalise(candidate);
}

/** Letters, hyphens and spaces only, nothing capitalised but the first letter: "Plenum cable", "Copper". */
const plainPhrase = (text: string): boolean => /^\p{L}[\p{Ll}-]*(?:\s+\p{Ll}[\p{Ll}-]*)*$/u.test(text.trim());
