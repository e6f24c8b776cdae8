import type { Quantity } from './item.js';
import { measureTable } from './measure-units.js';

const close = (a: number, b: number): boolean => Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(a), Math.abs(b));

/** "1M requests" and "1M request" name the same thing. */
const normalisePer = (per: string): string =>
  per
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .replace(/(?<=\p{L})s\b/gu, '')
    .trim();

/**
 * Whether two quantities state the same amount: "15 minutes" == "900 seconds", "10,240 MB" == "10 GB"
 * (sizes are 1024-based, see quantity-units.ts). The bound is ignored ("up to 10 GB" == "10 GB");
 * counts of different things differ ("1K requests" != "1K executions"), a unit-less count matches any;
 * prices and measures must be per the same thing when both say what they are per ("5 mg per kg");
 * "600 mg" == "0.6 g", but temperatures only in one unit.
 */
export function sameQuantity(a: Quantity, b: Quantity): boolean {
  if (a.dimension !== b.dimension) return false;
  if (!close(a.min, b.min) || !close(a.max, b.max)) return false;
  if (a.dimension === 'count' && a.unit && b.unit && a.unit !== b.unit) return false;
  // 37 °C is not 37 °F: scales with an offset compare only in the same unit.
  if (measureTable(a.dimension)?.offsetScale && a.unit !== b.unit) return false;
  if (a.per && b.per && normalisePer(a.per) !== normalisePer(b.per)) return false;
  return true;
}
