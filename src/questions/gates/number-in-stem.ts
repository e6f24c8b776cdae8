import { unitsOf, type UnitDef } from '../../knowledge/quantity-units.js';

/**
 * Gate "no clue in the stem" (Haladyna, Downing & Rodriguez 2002, guideline 28) for measures: a name in
 * the stem that holds the answer's number ("100Base-T" → 100 Mbps, "1000Base-T" → 1 Gbps, i.e. 1,000
 * Mbps) gives the answer away to anyone who reads names. The answer's amount is tried in every unit of
 * its family. Returns the reason to skip, or undefined.
 */
export function numberInStem(stem: string, base: number, unit: UnitDef | undefined): string | undefined {
  if (!unit?.family) return undefined;
  const stated = new Set([...stem.matchAll(/\d[\d,]*(?:\.\d+)?/g)].map((m) => Number(m[0].replace(/,/g, ''))));
  // Amounts of at least 1 only: 64 Kbps is no "0" of Tbps.
  const amounts = unitsOf(unit.dimension, unit.family)
    .map((u) => base / u.factor)
    .filter((amount) => amount >= 1);
  return amounts.some((amount) => stated.has(Math.round(amount * 1e6) / 1e6)) ? 'the stem holds the answer’s number' : undefined;
}
