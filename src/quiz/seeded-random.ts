import { createHash } from 'node:crypto';

/** A number in [0, 1) fixed by the seed strings alone (sha256), so choices replay exactly. */
export function seededFraction(...seed: string[]): number {
  const hex = createHash('sha256').update(seed.join('\u001f')).digest('hex').slice(0, 12);
  return Number.parseInt(hex, 16) / 2 ** 48;
}

/** Picks one item with probability proportional to its weight, using `fraction` in [0, 1). */
export function weightedPick<T>(items: readonly T[], weight: (item: T) => number, fraction: number): T | undefined {
  const weights = items.map((item) => Math.max(weight(item), 0));
  const total = weights.reduce((sum, w) => sum + w, 0);
  if (items.length === 0) return undefined;
  if (total <= 0) return items[Math.floor(fraction * items.length)];
  let target = fraction * total;
  for (let i = 0; i < items.length; i++) {
    target -= weights[i]!;
    if (target < 0) return items[i];
  }
  return items[items.length - 1];
}
