import type { FactItem, Quantity } from '../knowledge/item.js';
import { sameQuantity } from '../knowledge/parse-quantity.js';
import type { Candidate } from './pick-distractors.js';
import { appendTo, perContext } from './context-index.js';
import type { GenerationContext } from './generation-context.js';
import { type ChoiceUnit, formatChoice, scaledVariants } from './quantity-choice.js';
import { measureTable } from '../knowledge/measure-units.js';
import { unitsOf } from '../knowledge/quantity-units.js';

/**
 * Values of other comparable facts within ×10 of `base` (within ×4 first), then ×2 / ÷2 … variants. A
 * port is no amount: see portCandidates.
 */
export function candidatesFor(item: FactItem, q: Quantity, base: number, unit: ChoiceUnit, context: GenerationContext): Candidate[] {
  if (q.dimension === 'port') return portCandidates(item, base, context);
  const candidates: Candidate[] = [];
  const section = sectionOf(item);
  // "2 replicas": 3 or 4 replicas tempt, 20 does not; a small count's wrong values are its neighbours.
  const small = q.dimension === 'count' && base <= SMALL_COUNT;
  for (const [value, facts] of valuesLike(q, context)) {
    const ratio = value / base;
    // "1,000 MB" beside "1,024 MB": within 5 % of the answer is a trick about rounding, not another value.
    if (ratio > 10 || ratio < 0.1 || (ratio > 0.95 && ratio < 1.05) || facts.all.every((fact) => fact === item) || sameAmount(q, value, base)) continue;
    // The table's or section's own values come first ("RAID 5: 3 drives" beside RAID 6's 4); a value
    // from elsewhere must be one a reader could believe of this attribute (see borrowable).
    const near = (facts.bySection.get(section) ?? []).some((fact) => fact !== item);
    if (!near && !borrowable(q, value, base, unit, small)) continue;
    const text = plausibleMeasure(value, unit) ? plausible(formatChoice(value, unit), base) : undefined;
    if (text) candidates.push({ text, tier: near ? -1 : ratio <= 4 && ratio >= 0.25 ? 0 : 1 });
  }
  for (const [offset, tier] of small ? smallCountOffsets : []) {
    const text = base + offset >= 1 ? formatChoice(base + offset, unit) : undefined;
    if (text) candidates.push({ text, tier });
  }
  scaledVariants(base, unit).forEach((value, index) => {
    // ×4 and ×10 of a small count (16 beside RAID 6's 4 drives, 20 beside 2) are far off; its neighbours tempt.
    if (small && index >= 2) return;
    const text = sameAmount(q, value, base) || !plausibleMeasure(value, unit) || finerThan(value, base, unit) ? undefined : plausible(formatChoice(value, unit), base);
    // ×2 and ÷2 first, then ×4 and ÷4, then ×10 and ÷10: the nearer, the more plausible.
    if (text) candidates.push({ text, tier: 2 + Math.floor(index / 2) });
  });
  return candidates;
}

/**
 * A value borrowed from another part of the notes, for a count or a time: never for a small plain
 * count (RAID 6's 4 drives beside some other line's 7 and 8: its neighbours tempt, other numbers do
 * not), and never less round than the answer, up to a multiple of ten ("53" beside 200 stacks, "124
 * days" beside 90, "13" beside 25 items: odd numbers nobody would believe of a round limit).
 */
function borrowable(q: Quantity, value: number, base: number, unit: ChoiceUnit, small: boolean): boolean {
  // A share's stated values ("72 %", "66 %") are as precise as the notes make them, round or not.
  if ((q.dimension !== 'count' && q.dimension !== 'duration') || q.unit === '%') return true;
  if (small && q.unit === '') return false;
  const factor = unit.def?.factor ?? 1;
  return roundness(value / factor) >= Math.min(roundness(base / factor), 1);
}

/** 2 for 200, 1 for 90, 0.5 for 25, 0 for 53 or 124: how many trailing zeros, a trailing 5 as half of one. */
function roundness(value: number): number {
  if (!Number.isInteger(value) || value === 0) return 0;
  let zeros = 0;
  let rest = value;
  while (rest % 10 === 0) {
    rest /= 10;
    zeros += 1;
  }
  return rest % 5 === 0 ? zeros + 0.5 : zeros;
}

/** Counts up to this are small: a reader weighs 2 against 3 or 4, never against 20. */
const SMALL_COUNT = 10;
// Each neighbour with its tier: ±1 and ±2 rank with ×2 and ÷2, +3 with ×4.
const smallCountOffsets: ReadonlyArray<readonly [number, number]> = [
  [1, 2],
  [-1, 2],
  [2, 2],
  [-2, 2],
  [3, 3],
];

/**
 * Wrong ports a reader could believe: the other single ports the notes state, first those of a section
 * that also states the subject's port (the table listing etcd's 2379 holds kube-apiserver's 6443), then
 * those of any table of ports (a section stating three or more), then the rest; then well-known ports,
 * then the answer's neighbours (10250 → 10251, 10249: components often sit on adjacent ports). Never
 * the bounds of a range such as 30000–32767, which are no service's port, nor another port the notes
 * give the same subject: etcd's 2380 beside its 2379 is a second right answer to "which port does etcd
 * listen on?". No ×2 or ÷2: a port doubled (20500) is a number nobody has seen.
 */
function portCandidates(item: FactItem, base: number, context: GenerationContext): Candidate[] {
  const candidates: Candidate[] = [];
  const stated = statedPortsOf(context);
  // Same subject and same attribute: the stem reads the same for both ("etcd port: 2380").
  const mine = stated.filter(({ subject, attribute }) => subject === subjectKey(item) && attribute === attributeKey(item));
  const own = new Set(mine.map(({ port }) => port));
  const sections = new Set([sectionOf(item), ...mine.map(({ section }) => section)]);
  const perSection = new Map<string, Set<number>>();
  for (const { port, section } of stated) perSection.set(section, (perSection.get(section) ?? new Set()).add(port));
  for (const { port, section } of stated) {
    if (port === base || port === item.quantity?.min || own.has(port)) continue;
    candidates.push({ text: `port ${port}`, tier: sections.has(section) ? 0 : perSection.get(section)!.size >= 3 ? 1 : 2 });
  }
  for (const port of wellKnownPorts) if (port !== base && !own.has(port)) candidates.push({ text: `port ${port}`, tier: 3 });
  for (const offset of [1, -1, 2, -2]) if (base + offset > 0 && base + offset <= 65_535 && !own.has(base + offset)) candidates.push({ text: `port ${base + offset}`, tier: 4 });
  return candidates;
}

const subjectKey = (fact: FactItem): string => fact.subject.toLowerCase().replace(/[^\p{L}\d+]+/gu, ' ').trim();
const attributeKey = (fact: FactItem): string => fact.attribute.toLowerCase().replace(/\b(ports?|numbers?)\b|[^\p{L}\d+]+/gu, ' ').trim();
const sectionOf = (fact: FactItem): string => [fact.source.file, ...fact.source.section].join('\u0000');

/** Every single port (not a range) the notes state, once per statement, with its subject, attribute and section. */
const statedPortsOf = perContext((context) => {
  const ports: Array<{ port: number; subject: string; attribute: string; section: string }> = [];
  for (const fact of context.facts) {
    const q = fact.quantity;
    if (q?.dimension === 'port' && q.min === q.max) ports.push({ port: q.min, subject: subjectKey(fact), attribute: attributeKey(fact), section: sectionOf(fact) });
  }
  return ports;
});

/**
 * A choice a person would believe: no fraction of a byte or count, no "0.3 GB" where the notes write
 * MB, no "0.5 minutes" for 30 seconds, no share above 100 % beside one below it.
 */
function plausible(text: string | undefined, base = 0): string | undefined {
  if (!text) return undefined;
  // "3.75 minutes": nobody writes a limit to two decimals (prices aside).
  if (/^\d[\d,]*\.\d{2,}\s*\p{L}/u.test(text)) return undefined;
  // "0.5 minutes", "1.5 days": spans of a minute and more are written whole, in a smaller unit if need be.
  if (/^\d[\d,]*\.\d+\s*(years?|months?|weeks?|days?|hours?|minutes?)$/i.test(text)) return undefined;
  // "0.3 seconds" beside "1 second": below a second, times are written in ms; "2.5 seconds" beside a whole 5.
  if (/^0\.\d+\s*seconds?$/i.test(text) || (/^\d+\.\d+\s*seconds?$/i.test(text) && Number.isInteger(base))) return undefined;
  // "180 %" as a discount beside "90 %": a share of a whole stays within it.
  if (/%$/.test(text) && base <= 100 && Number.parseFloat(text.replace(/,/g, '')) > 100) return undefined;
  if (/^\d[\d,]*\.\d+\s*(bytes?|B)$/i.test(text) || /^0\.\d+\s*(KB|MB|GB|TB|KiB|MiB|GiB|TiB|kilobytes?|megabytes?|gigabytes?)$/i.test(text)) return undefined;
  return text;
}

/**
 * A measure's value as a person would write it in the answer's unit: not below 1 where a smaller unit
 * of the family exists ("0.6 GHz" is written 600 MHz), not 1,000 or more where a larger one does
 * ("6,000 mg" is 6 g). Always true for the older dimensions, which `plausible` checks by their text.
 */
function plausibleMeasure(base: number, unit: ChoiceUnit): boolean {
  if (!unit.def?.family) return true;
  const value = base / unit.def.factor;
  const family = unitsOf(unit.dimension, unit.def.family);
  const smaller = family.some((u) => u.factor < unit.def!.factor);
  const larger = family.some((u) => u.factor > unit.def!.factor);
  return !(value < 1 && smaller) && !(value >= 1000 && larger);
}

/**
 * A made-up value more precise than the answer ("6.4 KB" beside 64 KB, "18.5 m" beside 185 m) is one
 * nobody writes; a price may halve to cents ("$0.10" beside $0.20).
 */
function finerThan(value: number, base: number, unit: ChoiceUnit): boolean {
  if (!unit.def || unit.dimension === 'money') return false;
  const decimals = (n: number): number => (String(Math.round((n / unit.def!.factor) * 1e6) / 1e6).split('.')[1] ?? '').length;
  return decimals(value) > decimals(base);
}

// Ports a reader has met elsewhere: plausible wrong answers for "which port does … use?".
const wellKnownPorts = [80, 443, 8080, 3000, 8000, 5000, 9000, 2049, 3306, 5432, 6379];

/** Same dimension, same counted noun, same price or measure basis: quantities with one key can stand beside each other. */
function comparableKey(q: Quantity): string {
  const measure = measureTable(q.dimension);
  // A measure: per the same thing ("mg per kg" beside "mg"? no), and in the same unit where units never convert (°C, °F).
  const detail =
    q.dimension === 'count' ? q.unit : q.dimension === 'money' ? (q.per ?? '') : measure ? `${q.per ?? ''}\u0000${measure.offsetScale ? q.unit : ''}` : '';
  return `${q.dimension}\u0000${detail}`;
}

/** The facts that have one value: all of them, and by section (sectionOf), so a section's own are found without a scan. */
interface ValueFacts {
  all: FactItem[];
  bySection: Map<string, FactItem[]>;
}

/** Every value (a minimum or maximum) of the facts comparable with `q`, with the facts that have it. */
function valuesLike(q: Quantity, context: GenerationContext): ReadonlyMap<number, ValueFacts> {
  return factValuesOf(context).get(comparableKey(q)) ?? new Map();
}

// A common value ("15 minutes") is stated in hundreds of sections of a big corpus: scanning them all
// for the answer's own section, for every quantity asked, made this quadratic in the notes.
const factValuesOf = perContext((context) => {
  const byKey = new Map<string, Map<number, ValueFacts>>();
  for (const fact of context.facts) {
    if (!fact.quantity) continue;
    const key = comparableKey(fact.quantity);
    const values = byKey.get(key) ?? byKey.set(key, new Map()).get(key)!;
    const section = sectionOf(fact);
    for (const value of new Set([fact.quantity.min, fact.quantity.max])) {
      const facts = values.get(value) ?? values.set(value, { all: [], bySection: new Map() }).get(value)!;
      facts.all.push(fact);
      appendTo(facts.bySection, section, [fact]);
    }
  }
  return byKey;
});

function sameAmount(q: Quantity, value: number, base: number): boolean {
  const at = (v: number): Quantity => ({ ...q, min: v, max: v });
  return sameQuantity(at(value), at(base));
}
