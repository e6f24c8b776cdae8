import type { Quantity } from './item.js';
import { familyOf, unitDef, unitsOf, type UnitDef } from './quantity-units.js';

// One formatter each, made once: toLocaleString with options builds a new Intl.NumberFormat per call
// (the same text, at several times the cost), and generation formats every quantity it asks or explains.
const plainNumber = new Intl.NumberFormat('en-US', { maximumFractionDigits: 6 });
const cents = new Intl.NumberFormat('en-US', { minimumFractionDigits: 2, maximumFractionDigits: 10 });
const dollars = new Intl.NumberFormat('en-US', { minimumFractionDigits: 0, maximumFractionDigits: 10 });

const number = (n: number): string => plainNumber.format(n);

const money = (n: number): string => `$${(n < 1000 ? cents : dollars).format(n)}`;

const isRound = (n: number): boolean => Math.abs(n - Math.round(n * 100) / 100) < 1e-9;

function inUnit(base: number, unit: UnitDef): string {
  const value = base / unit.factor;
  if (unit.unit === 'ms') return `${number(value)} ms`;
  return `${number(value)} ${value === 1 ? unit.singular : unit.plural}`;
}

/** The largest unit of the family in which `base` is a whole (or two-decimal) number of at least 1. */
function bestUnit(base: number, dimension: Quantity['dimension'], family: string): UnitDef | undefined {
  const units = unitsOf(dimension, family);
  let best: UnitDef | undefined;
  for (const u of units) {
    const v = base / u.factor;
    if (v >= 1 && isRound(v)) best = u;
  }
  return best ?? units[0];
}

/**
 * A second way of saying the same amount: minutes ↔ seconds, MB ↔ GB. Seconds only up to a day: "15
 * minutes (900 seconds)" helps a reader, "1 year (31,536,000 seconds)" does not.
 */
function equivalent(base: number, written: UnitDef): UnitDef | undefined {
  const family = /i/.test(written.unit) ? 'binary' : 'decimal';
  if (written.dimension === 'duration') {
    if (written.unit !== 's') return base <= 86_400 ? unitDef('s') : undefined;
    const best = bestUnit(base, 'duration', family);
    return best && best.factor > 1 ? best : undefined;
  }
  if (written.dimension === 'size') {
    const best = bestUnit(base, 'size', family);
    if (best && best.factor > written.factor) return best;
    // "10 GB (10,240 MB)": one step down for the big units.
    const units = unitsOf('size', family);
    const index = units.findIndex((u) => u.unit === written.unit);
    return written.factor >= 1024 ** 3 && index > 0 ? units[index - 1] : undefined;
  }
  return undefined;
}

const BOUND_WORDS: Record<Quantity['bound'], string> = {
  exact: '',
  'at-most': 'up to ',
  'less-than': 'less than ',
  'at-least': 'at least ',
};

function single(q: Quantity): string {
  const written = unitDef(q.unit);
  if (q.dimension === 'money') return `${money(q.min)}${q.per ? ` per ${q.per}` : ''}`;
  if (q.dimension === 'port')
    return `${/\b(TCP|UDP)\b/i.exec(q.text)?.[1]?.toUpperCase().concat(' ') ?? ''}port ${q.min}`;
  if (q.dimension === 'count') {
    const short =
      q.min >= 1e6 && q.min % 1e6 === 0
        ? `${q.min / 1e6}M`
        : q.min >= 1e3 && q.min % 1e3 === 0
          ? `${q.min / 1e3}K`
          : '';
    const noun = q.unit ? ` ${q.min === 1 && written ? written.singular : q.unit}` : '';
    return `${number(q.min)}${noun}${q.per ? ` per ${q.per}` : ''}${short ? ` (${short})` : ''}`;
  }
  if (!written) return q.text;
  // "600 mg", "15.4 W per port", "2.4 GHz": a measure as written, with what it is per.
  if (written.family) return `${inUnit(q.min, written)}${q.per ? ` per ${q.per}` : ''}`;
  const main = inUnit(q.min, written);
  const alt = equivalent(q.min, written);
  return alt ? `${main} (${inUnit(q.min, alt)})` : main;
}

/**
 * The canonical phrase for a quantity, with an equivalent where one helps:
 * "15 minutes (900 seconds)", "10,240 MB (10 GB)", "$0.20 per 1M requests", "UDP port 2000",
 * "up to 50 MB", "128 MB to 10 GB", "1,000 executions (1K)".
 */
export function formatQuantity(q: Quantity): string {
  if (q.min !== q.max) {
    if (q.dimension === 'money') return `${money(q.min)} to ${money(q.max)}${q.per ? ` per ${q.per}` : ''}`;
    if (q.dimension === 'port') return `ports ${q.min}-${q.max}`;
    if (q.dimension === 'count') return `${number(q.min)} to ${number(q.max)}${q.unit ? ` ${q.unit}` : ''}`;
    const written = unitDef(q.unit);
    const family = familyOf(written);
    const lo = bestUnit(q.min, q.dimension, family);
    const hi = bestUnit(q.max, q.dimension, family);
    if (!lo || !hi) return q.text;
    const from = lo === hi ? number(q.min / lo.factor) : inUnit(q.min, lo);
    return `${BOUND_WORDS[q.bound]}${from} to ${inUnit(q.max, hi)}${q.per ? ` per ${q.per}` : ''}`;
  }
  return `${BOUND_WORDS[q.bound]}${single(q)}`;
}
