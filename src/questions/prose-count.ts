import { lowerWords } from './name-case.js';
import type { FactItem } from '../knowledge/item.js';

/**
 * A limit written in prose as a count of things: "Supports Multi-AZ and up to 15 read replicas",
 * "You can define a maximum of 5 local secondary indexes". The bound word (up to, at most, a maximum
 * of, at least …), a whole number and a plural noun phrase of one to three words make the fact a
 * count of that noun, for the quantity builder. Undefined when the fact says no such thing, or the
 * noun runs on into a name ("up to 40 Amazon RDS DB instances") or is a unit ("10 Mbps").
 */
export function countInProse(fact: FactItem, names: ReadonlySet<string> = new Set()): FactItem | undefined {
  if (fact.quantity || fact.negated) return undefined;
  const match = countPattern.exec(fact.text);
  if (!match) return undefined;
  const [whole, bound, digits, noun] = match as unknown as [string, string, string, string];
  const after = fact.text.slice(match.index + whole.length);
  if (/^\s+[A-Z0-9]/.test(after) || unitLike.test(noun) || noun.split(/\s+/).some((word) => /^[A-Z]{2,}$/.test(word))) return undefined;
  const n = Number(digits.replace(/,/g, ''));
  if (!Number.isInteger(n) || n < 2) return undefined;
  const most = !/least|minimum/i.test(bound);
  const unit = noun.toLowerCase();
  return {
    ...fact,
    // "Read Replicas" is a thing counted, written in lower case ("Aurora" stays a name).
    attribute: countedNoun(noun, names),
    quantity: { dimension: 'count', min: n, max: n, unit, bound: most ? 'at-most' : 'at-least', text: whole.trim() },
    role: most ? 'maximum' : 'minimum',
  };
}

const countPattern = /\b((?:[Uu]p|[Aa]t|[Nn]o more|[Aa] maximum|[Mm]aximum|[Aa] minimum|[Mm]inimum)\s+(?:to|most|least|than|of))\s+(\d[\d,]*)\s+((?:[A-Za-z][a-z-]*\s+){0,2}[A-Za-z][a-z-]*[a-z]s)\b/;

// Plural-looking units a count never is: "10 Mbps", "5 ms", "3 hours" (the parser reads those itself).
const unitLike = /^(k|m|g|t)?bps$|^(ms|secs|mins|hrs|seconds|minutes|hours|days|weeks|months|years|bytes|bits)$/i;

/** The noun in lower case, names kept ("Aurora replicas"); a noun that is all names ("Read Replicas", a heading) is lowered all the same. */
function countedNoun(noun: string, names: ReadonlySet<string>): string {
  const kept = lowerWords(noun, names);
  return /\b\p{Ll}{3,}/u.test(kept) ? kept : noun.replace(/\b\p{Lu}\p{Ll}+\b/gu, (word) => word.toLowerCase());
}
