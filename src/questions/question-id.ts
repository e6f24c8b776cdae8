import { hash } from 'node:crypto';

/**
 * Stable question ids and seeded choices. Everything here is a pure function of its input strings, so
 * the same notes always give the same bank: no clock, no Math.random.
 */

/** sha256 of the parts joined with a separator no item id contains, as hex (one-shot: no Hash object per call). */
function digest(parts: string[]): string {
  return hash('sha256', parts.join('\u001f'), 'hex');
}

/**
 * `q-<8 hex>` from the item id, the question kind and an optional variant ("max", "inverse", a column
 * name). Never from a line number or an order, so editing an unrelated note leaves it unchanged.
 */
export function questionId(itemId: string, kind: string, variant = ''): string {
  return `q-${digest([itemId, kind, variant]).slice(0, 8)}`;
}

/** A number in [0, n) chosen by `seed` alone; used to place the answer among the choices. */
export function seededIndex(seed: string, n: number): number {
  if (n <= 0) throw new RangeError(`seededIndex needs at least one slot, got ${n}`);
  return Number.parseInt(digest([seed, 'index']).slice(0, 8), 16) % n;
}

/** A copy of `values` in an order fixed by `seed` (each value ranked by a hash of seed + value). */
export function seededOrder<T>(seed: string, values: readonly T[], key: (value: T) => string): T[] {
  const ranked = values.map((value) => ({ value, rank: digest([seed, key(value)]) }));
  ranked.sort((a, b) => (a.rank < b.rank ? -1 : a.rank > b.rank ? 1 : 0));
  return ranked.map((entry) => entry.value);
}
