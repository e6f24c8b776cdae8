import type { Quantity } from './item.js';
import { readAt } from './read-quantity.js';
import { sameQuantity } from './same-quantity.js';

export { sameQuantity } from './same-quantity.js';
export { formatQuantity } from './format-quantity.js';
export { bareValueQuantity } from './bare-value-quantity.js';

/**
 * Numbers with units in free text: "900 seconds (15minutes)", "Up to 10, 240 MB", "512 MB - 10 GB",
 * "$0.20 per 1M requests", "<1s", "1K concurrent execution", "port 2000".
 *
 * Bare numbers (versions, list numbers, "2 Options", "EC2") are never quantities: a quantity needs a
 * unit, a currency sign, a K/M multiplier or the word "port" before it.
 */

const NUMBER_START = /\d|\.\d/g;

/** Every quantity in `text`, in order of appearance; never throws. */
export function findQuantities(text: string): Quantity[] {
  const found: Quantity[] = [];
  NUMBER_START.lastIndex = 0;
  let from = 0;
  for (let m = NUMBER_START.exec(text); m; m = NUMBER_START.exec(text)) {
    if (m.index < from) continue;
    const reading = readAt(text, m.index);
    const conversion = reading ? conversionEnd(text, reading) : undefined;
    if (conversion !== undefined) {
      // "1年 = 12个月", "1 GB = 1024 MB": a unit's definition states nothing about the subject.
      from = conversion;
      NUMBER_START.lastIndex = conversion;
    } else if (reading) {
      // Object.assign, not a spread: V8 gave each spread copy a hidden class of its own (~500 bytes a quantity).
      found.push(Object.assign({}, reading.quantity, { text: text.slice(reading.start, reading.end).trim() }));
      from = reading.end;
      NUMBER_START.lastIndex = reading.end;
    } else {
      // Skip the rest of this run of digits so "EC2" or "3.12" is not re-read from its middle.
      let next = m.index + 1;
      while (next < text.length && /[\d.,]/.test(text[next] ?? '')) next += 1;
      NUMBER_START.lastIndex = next;
    }
  }
  return found;
}

const EQUALS = /[ \u00a0]*=[ \u00a0]*/y;

/** Where "<quantity> = <the same quantity in another unit>" ends, when the reading starts one; else undefined. */
function conversionEnd(text: string, reading: NonNullable<ReturnType<typeof readAt>>): number | undefined {
  EQUALS.lastIndex = reading.end;
  if (!EQUALS.exec(text)) return undefined;
  const other = readAt(text, EQUALS.lastIndex, false);
  if (!other || other.quantity.unit === reading.quantity.unit) return undefined;
  const [a, b] = [reading.quantity, other.quantity];
  // A month is counted as 30 days, so "1 year = 12 months" is equal only within a few per cent.
  const near = a.dimension === b.dimension && a.min > 0 && Math.abs(b.min / a.min - 1) < 0.03;
  return near || sameQuantity({ ...a, text: '' }, { ...b, text: '' }) ? other.end : undefined;
}

/** The first quantity in `text` ("15 minutes", "Up to 10 GB"), or `undefined` if there is none. */
export function parseQuantity(text: string): Quantity | undefined {
  return findQuantities(text)[0];
}
