import type { Quantity } from './item.js';

/**
 * Nouns that name what a value of a dimension measures, when they open a key's value ("treasury bill:
 * maturity < 1 year", "basic tier: retention 7 days", "edge node: memory up to 64 GB").
 */
const MEASURE_NOUNS: Partial<Record<Quantity['dimension'], RegExp>> = {
  duration: /^(?:maturity|tenor|term|retention|lifetime|duration|period|timeout|ttl|delay|interval|latency|window)$/i,
  size: /^(?:size|capacity|memory|storage|ram|disk)$/i,
  length: /^(?:length|distance|reach|range)$/i,
};

/** Whether a word names what a value of the dimension measures ("interval" for 30 s, "memory" for 2 GB). */
export const namesMeasure = (word: string, dimension: Quantity['dimension']): boolean =>
  MEASURE_NOUNS[dimension]?.test(word) ?? false;

/** Words between the measure noun and the number that only say which bound the value is. */
const BOUND_WORDS = /^(?:<|>|<=|>=|≤|≥|=|:|of|is|up\s+to|at\s+most|at\s+least|under|over|about|~)?$/i;

/**
 * "money market: maturity < 1 year": a key that is a common noun phrase, and a value that opens with the noun
 * naming what its one number measures, is a fact about the key: subject "money market", attribute
 * "maturity". Undefined for any other key and value: a key naming the measure itself ("Timeout: 15
 * minutes"), a value whose first words are no measure noun of the number's dimension, several numbers.
 */
export function keyedMeasure(
  key: string,
  value: string,
  q: Quantity,
): { subject: string; attribute: string } | undefined {
  const at = value.indexOf(q.text);
  const noun = MEASURE_NOUNS[q.dimension];
  // "capital market: maturity > 1 year" would be asked as a minimum, which the smallest choice answers
  // unread: only exact values and upper bounds are read this way.
  if (at <= 0 || !noun || q.bound === 'at-least') return undefined;
  const subject = key.trim();
  // A common noun phrase of two or three words ("money market", "treasury bill"): a name, a single
  // word or a label stays the key it was.
  if (!/^\p{Ll}[\p{Ll}-]*(?: \p{Ll}[\p{Ll}-]*){1,2}$/u.test(subject)) return undefined;
  // The bound of the quantity ("< 1 year") is part of its text or just before it.
  const lead = /^(\p{L}+)\s*(.*?)\s*$/u.exec(value.slice(0, at));
  if (!lead || !noun.test(lead[1]!) || !BOUND_WORDS.test(lead[2]!.trim())) return undefined;
  return { subject, attribute: lead[1]!.toLowerCase() };
}
