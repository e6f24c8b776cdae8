import type { Quantity } from '../../knowledge/item.js';
import { findQuantities } from '../../knowledge/parse-quantity.js';

/**
 * Gates for a statement that gives more than the one value a stem asks (Haladyna, Downing & Rodriguez
 * 2002, guideline 19: one right answer; and a qualifier the fact needs, not lost).
 */

/**
 * "Long-term deployment options: 1 and 3 years", "averages over 1, 5 and 15 minutes": the value is one
 * of a list sharing its unit, and "the options" have no single answer. "between 1 and 3 years" is a
 * range, which the quantity reader reads as one.
 */
export function listedValue(text: string, q: Quantity): string | undefined {
  const at = text.indexOf(q.text);
  if (at < 0) return undefined;
  const before = text.slice(0, at);
  const listed = /(?<![\p{L}\d.])\d[\d,.]*\s*(?:,|\bor\b|\band\b|\/|&)\s*$/u.test(before) && !/\bbetween\s+\d[\d,.]*\s*(?:and|&)\s*$/i.test(before);
  return listed ? 'the value is one of a list the statement gives: no single right answer' : undefined;
}

/**
 * "n is number of bytes (1-4000). Max uses 2GB max for storage": a maximum asked of a statement that
 * names a larger maximum of the same measure has two answers, the limit of n and the limit with MAX.
 */
export function largerMaximum(text: string, q: Quantity, asked: number): string | undefined {
  const larger = findQuantities(text).some((other) => other.text !== q.text && other.dimension === q.dimension && other.max > asked && nearMaxWord(text, other.text));
  return larger ? 'the statement names a larger maximum of the same measure: a second right answer' : undefined;
}

/** The words just before or after a quantity say it is a maximum ("Max uses 2GB", "2GB max", "up to 2 GB"). */
function nearMaxWord(text: string, quantity: string): boolean {
  const at = text.indexOf(quantity);
  if (at < 0) return false;
  const around = `${text.slice(Math.max(0, at - 20), at)} ${text.slice(at + quantity.length, at + quantity.length + 8)}`;
  return /\b(?:max(?:imum)?|up to|at most|limit(?:ed)? (?:of|to))\b/i.test(around);
}

/**
 * Gate "a floor is no fact": a minimum of one of its unit ("long polling timeout (default, max, min):
 * 20, 20, 1 sec", "connection draining: 1 s minimum") says only that the setting takes a positive
 * value; the fact worth a learner's time is the default or the maximum beside it (r9 review, "unimportant": "the 1 s minimum … is a trivial edge"). Times and sizes
 * only: "at least 1 replica" is a count the item writer may still ask.
 *
 * `minimum` is true when the question asks a single value as a minimum (not a range's lower end: "acts
 * within 1–2 minutes" is a figure); `base` is the value asked, `one` its unit in base units. Returns
 * the skip reason, or undefined.
 */
export function unitFloor(minimum: boolean, q: Quantity, base: number, one: number): string | undefined {
  if (!minimum || base !== one || (q.dimension !== 'duration' && q.dimension !== 'size')) return undefined;
  return 'a minimum of one unit is the floor of the setting, not a fact to ask';
}
