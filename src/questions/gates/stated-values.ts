import type { Quantity } from '../../knowledge/item.js';
import { findQuantities, parseQuantity, sameQuantity } from '../../knowledge/parse-quantity.js';

/**
 * Gate "no other choice is also right by the notes" (Haladyna, Downing & Rodriguez 2002, guideline 19:
 * one and only one right answer) for number choices. A fact's own statement often holds more than one
 * value of the kind asked: "50 TB or 80 TB per device", "averages over 1, 5 and 15 minutes", "defaults
 * to 24 hours, up to 365 days". Each of them is a true value of something the stem may be read as, so
 * none may stand as a wrong choice. Returns a test for candidates: true when the statement states it.
 * A repair, not a skip: the builder's other candidates take the place of a rejected one.
 */
export function statedIn(statement: string): (candidate: string) => boolean {
  const stated = statedQuantities(statement);
  // A count or a port the statement writes bare: "100 buckets (hard limit at 1000)".
  const bare = new Set(bareNumbers(statement));
  return (candidate) => {
    // "1,000 vaults": a count of a noun the quantity reader does not know is still a count.
    const counted = /^(\d[\d,]*)\s+\p{L}+$/u.exec(candidate.trim());
    if (counted && bare.has(Number(counted[1]!.replace(/,/g, '')))) return true;
    const value = parseQuantity(candidate);
    if (value === undefined) return false;
    if ((value.dimension === 'count' || value.dimension === 'port') && value.min === value.max && bare.has(value.min)) return true;
    return stated.some((q) => sameQuantity(q, value) || (q.min !== q.max && (sameEnd(q, value, 'min') || sameEnd(q, value, 'max'))));
  };
}

/** Every whole number the statement writes, "1,000" as one: a count may be written without its noun. */
export const bareNumbers = (statement: string): number[] =>
  [...statement.matchAll(/(?<![\d.,])\d{1,3}(?:,\d{3})+(?![\d.,])|(?<![\d.,])\d+(?![\d.,])/g)].map((m) => Number(m[0].replace(/,/g, '')));

/** One end of a range as a single value, compared with `value`. */
export const sameEnd = (range: Quantity, value: Quantity, end: 'min' | 'max'): boolean => sameQuantity({ ...range, min: range[end], max: range[end] }, value);

/** Every quantity the statement writes, the bare numbers of a list sharing one unit too ("1, 5 and 15 minutes"). */
export function statedQuantities(statement: string): Quantity[] {
  const found = findQuantities(statement);
  for (const list of statement.matchAll(/(\d[\d,.]*(?:\s*(?:,|\/|\bor\b|\band\b)\s*\d[\d,.]*)+)\s*([\p{L}%]+)/gu)) {
    const unit = list[2]!;
    for (const number of list[1]!.split(/\s*(?:,\s|\/|\bor\b|\band\b)\s*/)) {
      const q = parseQuantity(`${number.replace(/,$/, '').trim()} ${unit}`);
      if (q) found.push(q);
    }
  }
  return found;
}
