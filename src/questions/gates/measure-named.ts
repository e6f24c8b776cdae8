import { measureTable } from '../../knowledge/measure-units.js';

/**
 * Gate "the stem names what is measured" for the measures of any field (length, dose, power,
 * frequency, data rate, bits, …): the attribute must hold one of the dimension's own words
 * (measure-units.ts), so "What is the maximum cable length …?" is asked with "100 m" and "What is the
 * recall for …?" never is. The older dimensions are left to their own gates. Returns the reason to
 * skip, or undefined when the attribute names the measure.
 */
export function measureUnnamed(attribute: string, dimension: string): string | undefined {
  const table = measureTable(dimension);
  if (!table) return undefined;
  const words = attribute.toLowerCase().split(/[^\p{L}]+/u);
  return table.words.some((word) => words.includes(word)) ? undefined : 'the attribute does not name what the value measures';
}
