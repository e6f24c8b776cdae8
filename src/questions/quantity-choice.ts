import type { Quantity } from '../knowledge/item.js';
import { familyOf, unitDef, unitsOf, type UnitDef } from '../knowledge/quantity-units.js';
import { measureTable } from '../knowledge/measure-units.js';
import { findQuantities } from '../knowledge/parse-quantity.js';
import { singular } from './table-row-question.js';

/**
 * How a quantity question shows its choices: every choice in the answer's own unit and style
 * ("15 minutes", "7.5 minutes", "30 minutes"), so the reader weighs numbers, not spellings.
 */
export interface ChoiceUnit {
  dimension: Quantity['dimension'];
  /** The unit's definition for durations and sizes; undefined for money, ports and plain counts. */
  def?: UnitDef;
  /** The counted noun ("executions") or '' for counts; what a price or a measure is per ("kg" of "5 mg/kg"). */
  noun: string;
}

/** The unit to show `base` in: as written for one value, the largest round unit for a range end. */
export function choiceUnit(q: Quantity, base: number, asWritten: boolean): ChoiceUnit {
  if (q.dimension === 'money') return { dimension: 'money', noun: q.per ?? '' };
  if (q.dimension === 'port') return { dimension: 'port', noun: '' };
  if (q.dimension === 'count') return { dimension: 'count', noun: q.unit };
  const written = unitDef(q.unit);
  const noun = written?.family ? (q.per ?? '') : '';
  if (asWritten && written) return { dimension: q.dimension, def: written, noun };
  const round = unitsOf(q.dimension, familyOf(written)).filter((unit) => base / unit.factor >= 1 && isRound(base / unit.factor));
  return { dimension: q.dimension, def: round.at(-1) ?? written, noun };
}

/** `base` (seconds, bytes, dollars, count) written in `unit`, or undefined when it is not a tidy number there. */
export function formatChoice(base: number, unit: ChoiceUnit): string | undefined {
  if (!(base > 0)) return undefined;
  switch (unit.dimension) {
    case 'money': {
      const text = `$${dollars.format(base)}`;
      return unit.noun ? `${text} per ${unit.noun}` : text;
    }
    case 'port':
      return Number.isInteger(base) && base <= 65_535 ? `port ${base}` : undefined;
    case 'count': {
      if (!Number.isInteger(base)) return undefined;
      // "1 read replica", never "1 read replicas".
      const noun = unit.noun ? ` ${base === 1 ? (unitDef(unit.noun)?.singular ?? singular(unit.noun)) : unit.noun}` : '';
      return `${number(base)}${noun}`;
    }
    default: {
      if (!unit.def) return undefined;
      const value = base / unit.def.factor;
      if (!isRound(value)) return undefined;
      const text = `${number(value)} ${unit.def.unit === 'ms' ? 'ms' : value === 1 ? unit.def.singular : unit.def.plural}`;
      return unit.noun ? `${text} per ${unit.noun}` : text;
    }
  }
}

/**
 * Nearby values for distractors when the notes hold too few of their own: ×2, ÷2, ×4, ÷4, ×10, ÷10
 * (fewer for measures that scale otherwise), each rounded to a number a person would write in the answer's unit.
 */
export function scaledVariants(base: number, unit: ChoiceUnit): number[] {
  const factor = unit.def?.factor ?? 1;
  // A measure's own scaling: key lengths only double or halve, temperatures make none (see measure-units.ts).
  const scaling = measureTable(unit.dimension)?.scaling ?? 'decimal';
  const scales = scaling === 'none' ? [] : scaling === 'binary' ? [2, 0.5, 4, 0.25] : [2, 0.5, 4, 0.25, 10, 0.1];
  return scales.map((scale) => nice((base * scale) / factor, unit) * factor);
}

function nice(value: number, unit: ChoiceUnit): number {
  if (unit.dimension === 'count') return Number.isInteger(value) ? Math.max(1, value) : roundSeries(value);
  if (unit.dimension === 'port') return Math.max(1, Math.round(value));
  if (isRound(value) && (value >= 1 || unit.dimension === 'money')) return value;
  const digits = value >= 1 ? 2 : 1;
  const magnitude = 10 ** (Math.floor(Math.log10(value)) - digits + 1);
  return Math.round(value / magnitude) * magnitude;
}

/**
 * A count that scaling left fractional, as a person would round it: below 10 to the nearest whole
 * number (half of 15 replicas is 8), above to the nearest of 10, 12, 15, 20, 25, 30, 40, 50, 60, 80 …
 * (half of 25 items is 12, never "13 items", a number no one states as a limit).
 */
function roundSeries(value: number): number {
  if (value < 10) return Math.max(1, Math.round(value));
  const magnitude = 10 ** Math.floor(Math.log10(value));
  const steps = [1, 1.2, 1.5, 2, 2.5, 3, 4, 5, 6, 8, 10].map((step) => step * magnitude);
  return steps.reduce((best, step) => (Math.abs(step - value) < Math.abs(best - value) ? step : best));
}

const isRound = (n: number): boolean => Math.abs(n * 100 - Math.round(n * 100)) < 1e-6;
// One formatter each, made once: toLocaleString builds a new one per call, which dominated generation.
const dollars = new Intl.NumberFormat('en-US', { minimumFractionDigits: 2, maximumFractionDigits: 10 });
const plain = new Intl.NumberFormat('en-US', { maximumFractionDigits: 2 });
const number = (n: number): string => plain.format(n);

/**
 * "What is the minimum …?" keyed to the smallest choice, wherever the choices put it (they may run
 * descending): a test-wise reader picks it unread.
 */
export function minimumKeyedToSmallest(stem: string, choices: readonly string[], answer: number): boolean {
  if (!/\b(?:minimum|at least)\b/i.test(stem)) return false;
  // "500 MB" is less than "1 GB": each choice is read with its unit, a bare number as itself.
  const values = choices.map((choice) => findQuantities(choice)[0]?.min ?? Number(/\d[\d,]*(?:\.\d+)?/.exec(choice)?.[0].replace(/,/g, '') ?? NaN));
  const keyed = values[answer];
  return keyed !== undefined && !Number.isNaN(keyed) && values.every((value) => Number.isNaN(value) || value >= keyed);
}
