import type { Dimension } from './item.js';
import { MEASURES, measureTable } from './measure-units.js';

/**
 * The units the quantity parser understands, each with its dimension and its size in base units
 * (seconds, bytes, US dollars, plain count).
 *
 * Sizes are 1024-based throughout, KB/MB/GB as well as KiB/MiB/GiB: AWS quotes Lambda memory as
 * "10,240 MB" for 10 GB, i.e. MB = 2^20 bytes, and study notes mix both spellings freely, so treating
 * them alike is what makes "10,240 MB" and "10 GB" the same quantity.
 */
export interface UnitDef {
  /** Normalised unit name stored in Quantity.unit. */
  unit: string;
  dimension: Dimension;
  /** Base units per one of this unit. */
  factor: number;
  /** Word used when printing the quantity ("seconds" for 's'); singular form for a value of 1. */
  plural: string;
  singular: string;
  /** For measures: units of one family print in each other ("metric" mg ↔ g; feet apart from metres). */
  family?: string;
  /** For measures: the only spellings read (case as written, after a space or hyphen), e.g. "m", "W". */
  exact?: readonly string[];
  /** For measures: read only apart from the number, never glued ("32bit"). */
  spaced?: boolean;
}

const KIB = 1024;

function def(unit: string, dimension: Dimension, factor: number, plural = unit, singular = plural): UnitDef {
  return { unit, dimension, factor, plural, singular };
}

/** Spellings (lower-case) → unit. Longest spellings are tried first. */
const SPELLINGS: Array<[string[], UnitDef]> = [
  // Chinese units after a number ("2-10年", "30天", "5分钟") are read as the English ones and printed in
  // English. A bare 月 or 日 is left out: "3月" is March and "5日" a date, not durations.
  [['milliseconds', 'millisecond', 'msecs', 'msec', 'ms', '毫秒'], def('ms', 'duration', 0.001, 'ms')],
  [['seconds', 'second', 'secs', 'sec', 's', '秒', '秒钟'], def('s', 'duration', 1, 'seconds', 'second')],
  [['minutes', 'minute', 'mins', 'min', '分钟'], def('minutes', 'duration', 60, 'minutes', 'minute')],
  [['hours', 'hour', 'hrs', 'hr', 'h', '小时', '個小時', '个小时'], def('hours', 'duration', 3600, 'hours', 'hour')],
  [['days', 'day', '天'], def('days', 'duration', 86_400, 'days', 'day')],
  [['weeks', 'week', '周', '星期'], def('weeks', 'duration', 7 * 86_400, 'weeks', 'week')],
  // A month is counted as 30 days and a year as 365: good enough for retention periods in notes.
  [['months', 'month', '个月', '個月'], def('months', 'duration', 30 * 86_400, 'months', 'month')],
  [['years', 'year', 'yrs', '年'], def('years', 'duration', 365 * 86_400, 'years', 'year')],
  // "900 B": a capital B alone after a number is bytes only where readUnit allows it (see below).
  [['bytes', 'byte', 'b'], def('bytes', 'size', 1, 'bytes', 'byte')],
  [['kib'], def('KiB', 'size', KIB)],
  [['kilobytes', 'kilobyte', 'kb'], def('KB', 'size', KIB)],
  [['mib'], def('MiB', 'size', KIB ** 2)],
  [['megabytes', 'megabyte', 'mb'], def('MB', 'size', KIB ** 2)],
  [['gib'], def('GiB', 'size', KIB ** 3)],
  // "GBs" is Lambda's shorthand for GB-seconds of compute ("400K GBs per month"), not gigabytes.
  [
    ['gb-seconds', 'gb-second', 'gb-secs', 'gb-sec', 'gb-s', 'gbs'],
    def('GB-seconds', 'count', 1, 'GB-seconds', 'GB-second'),
  ],
  [['gigabytes', 'gigabyte', 'gb'], def('GB', 'size', KIB ** 3)],
  [['tib'], def('TiB', 'size', KIB ** 4)],
  [['terabytes', 'terabyte', 'tb'], def('TB', 'size', KIB ** 4)],
  [['pib'], def('PiB', 'size', KIB ** 5)],
  [['pb'], def('PB', 'size', KIB ** 5)],
  [['usd'], def('$', 'money', 1)],
  // A share: "57% discount", "10 percent". Counted, with its sign as the unit.
  [['percent', 'per cent', '%'], def('%', 'count', 1, '%', '%')],
];

/** Things that are counted: "1K concurrent executions", "6 copies", "3 AZ". */
const COUNT_NOUNS: Array<[string[], string]> = [
  [['requests', 'request', 'reqs', 'req'], 'requests'],
  [['executions', 'execution'], 'executions'],
  [['invocations', 'invocation'], 'invocations'],
  [['copies', 'copy'], 'copies'],
  [['availability zones', 'availability zone', 'azs', 'az'], 'AZ'],
  [['regions', 'region'], 'regions'],
  [['containers', 'container'], 'containers'],
  [['functions', 'function'], 'functions'],
  [['messages', 'message'], 'messages'],
  [['transactions', 'transaction'], 'transactions'],
  [['connections', 'connection'], 'connections'],
  [['retries', 'retry', 'attempts', 'attempt'], 'retries'],
  [['shards', 'shard'], 'shards'],
  [['partitions', 'partition'], 'partitions'],
  [['records', 'record'], 'records'],
  [['items', 'item'], 'items'],
  [['layers', 'layer'], 'layers'],
  [['instances', 'instance'], 'instances'],
  [['replicas', 'replica'], 'replicas'],
  [['tables', 'table'], 'tables'],
  [['buckets', 'bucket'], 'buckets'],
  [['accounts', 'account'], 'accounts'],
  [['users', 'user'], 'users'],
  [['events', 'event'], 'events'],
  [['targets', 'target'], 'targets'],
  [['rules', 'rule'], 'rules'],
  [['subnets', 'subnet'], 'subnets'],
];

const BY_SPELLING = new Map<string, UnitDef>();
for (const [spellings, unit] of SPELLINGS) for (const s of spellings) BY_SPELLING.set(s, unit);
for (const [spellings, noun] of COUNT_NOUNS) {
  const unit = def(noun, 'count', 1, noun, noun === 'AZ' ? 'AZ' : spellings[spellings.length - 1]);
  for (const s of spellings) BY_SPELLING.set(s, unit);
}

// Measures of any field: each spelling, and each exact spelling under its lower case (checked in readUnit).
for (const table of MEASURES) {
  for (const m of table.units) {
    const unit: UnitDef = {
      unit: m.unit,
      dimension: table.dimension,
      factor: m.factor,
      plural: m.plural ?? m.unit,
      singular: m.singular ?? m.plural ?? m.unit,
      family: m.family,
      ...(m.exact ? { exact: m.exact } : {}),
      ...(m.spaced ? { spaced: true } : {}),
    };
    for (const s of [...m.spellings, ...(m.exact ?? [])])
      if (!BY_SPELLING.has(s.toLowerCase())) BY_SPELLING.set(s.toLowerCase(), unit);
  }
}

/** Measures by their normalised name: "mW" and "MW", "m" and "M" differ only in case. */
const BY_NAME = new Map<string, UnitDef>();
for (const unit of BY_SPELLING.values()) if (unit.family) BY_NAME.set(unit.unit, unit);

/** The family a unit prints within: a measure's own, else 'binary' for KiB-style sizes, 'decimal' otherwise. */
export function familyOf(unit: UnitDef | undefined): string {
  return unit?.family ?? (unit && /i/.test(unit.unit) ? 'binary' : 'decimal');
}

// Spellings hold only letters, '°', '/', '%', '-' and spaces; none needs an escape outside a character class.
const escape = (s: string): string => s.replace(/ /g, '\\s+');
const ALTERNATION = [...BY_SPELLING.keys()]
  .sort((a, b) => b.length - a.length)
  .map(escape)
  .join('|');

/**
 * A unit right at `pos` (after at most one space or hyphen: "15minutes", "15 minutes", "15-minute"),
 * with an optional "concurrent" before count nouns. The unit must end at a word boundary.
 */
const UNIT_AT = new RegExp(`[ \\u00a0]?-?[ \\u00a0]?((?:concurrent\\s+)?)(${ALTERNATION})(?![\\p{L}\\p{N}])`, 'iuy');

export interface UnitMatch {
  def: UnitDef;
  end: number;
  /** "concurrent " when the count noun was qualified by it. */
  qualifier: string;
}

/** The unit written at `pos` in `text`, if any. */
export function readUnit(text: string, pos: number): UnitMatch | undefined {
  UNIT_AT.lastIndex = pos;
  const m = UNIT_AT.exec(text);
  if (!m) return undefined;
  const spelling = (m[2] ?? '').toLowerCase().replace(/\s+/g, ' ');
  const unit = BY_SPELLING.get(spelling);
  if (!unit) return undefined;
  // A lone "B" is bytes only as a capital after a space and before the end of a clause ("is 900 B."):
  // "2B", "b" (bits) and "3 B users" (billions) are not.
  if (
    spelling === 'b' &&
    !(m[2] === 'B' && /^[ \u00a0]B/.test(text.slice(pos)) && /^\s*(?:$|[,;.)])/.test(text.slice(UNIT_AT.lastIndex)))
  )
    return undefined;
  if (unit.family && !measureReadable(unit, text, pos, UNIT_AT.lastIndex)) return undefined;
  if (m[1] && unit.dimension !== 'count') return undefined;
  // "100 m", "5 g", "15.4 W": a one-letter or case-told unit only as written, after a space or hyphen
  // ("5G" is a network, "5m" a time shorthand, "MW" not "mW").
  if (
    unit.exact?.some((e) => e.toLowerCase() === spelling) &&
    (!unit.exact.includes(m[2] ?? '') || !/^[ \u00a0-]/.test(text.slice(pos)))
  )
    return undefined;
  // "1000s of containers", "thousands (1000s)" are plural numbers, not durations.
  const glued = !/^[ \u00a0-]/.test(text.slice(pos));
  if (
    unit.unit === 's' &&
    (/^\s+of\b/i.test(text.slice(UNIT_AT.lastIndex)) || (glued && text[UNIT_AT.lastIndex] === ')'))
  )
    return undefined;
  return { def: unit, end: UNIT_AT.lastIndex, qualifier: m[1] ?? '' };
}

/**
 * Whether a measure's unit, matched from `pos` to `end`, reads as one: one that must stand apart is not
 * glued to its number ("32bit"), and a hyphenated adjective ("512-bit", "100-metre") sizes the noun right
 * after it ("512-bit keys"); without one ("the 256-bit, base64-encoded key") it is not read.
 */
function measureReadable(unit: UnitDef, text: string, pos: number, end: number): boolean {
  const gap = text.slice(pos, pos + 2);
  if (unit.spaced && !/^[ \u00a0-]/.test(gap)) return false;
  // "512-bit access keys": a bit length sizes a common noun; before a name ("128-bit MD5 digest") it is
  // a detail of that name's description, too loose to file as a limit.
  const noun = unit.family === 'bits' ? /^[ \u00a0]\p{Ll}/u : /^[ \u00a0]\p{L}/u;
  return !/^[ \u00a0]?-/.test(gap) || noun.test(text.slice(end));
}

/** The definition behind a normalised unit name ('MB', 's', 'requests'), if it is one of ours. */
export function unitDef(unit: string): UnitDef | undefined {
  if (unit === '$') return BY_SPELLING.get('usd');
  if (unit === 'port') return undefined;
  return BY_NAME.get(unit) ?? BY_SPELLING.get(unit.toLowerCase());
}

/**
 * Units of one dimension, smallest first (for choosing how to print an equivalent). For sizes the family
 * is 'decimal' or 'binary'; for a measure, the written unit's family ("metric"); durations have one.
 */
export function unitsOf(dimension: Dimension, family = 'decimal'): UnitDef[] {
  const measure = measureTable(dimension);
  if (measure) {
    const inFamily = measure.units.filter((u) => u.family === family);
    return (inFamily.length > 0 ? inFamily : measure.units.filter((u) => u.family === measure.units[0]!.family))
      .map((u) => unitDef(u.unit))
      .filter((u): u is UnitDef => u !== undefined)
      .sort((a, b) => a.factor - b.factor);
  }
  const names =
    dimension === 'duration'
      ? ['ms', 's', 'minutes', 'hours', 'days']
      : dimension === 'size'
        ? family === 'binary'
          ? ['bytes', 'KiB', 'MiB', 'GiB', 'TiB', 'PiB']
          : ['bytes', 'KB', 'MB', 'GB', 'TB', 'PB']
        : [];
  return names.map((n) => unitDef(n)).filter((u): u is UnitDef => u !== undefined);
}
