/** One quantity read at the position of its number: unit, range, bound, price basis and bracketed equal. */

import type { Quantity } from './item.js';
import { readUnit, type UnitDef } from './quantity-units.js';
import { measureTable } from './measure-units.js';
import { sameQuantity } from './same-quantity.js';
import { type Amount, canStartNumber, readAmount } from './read-amount.js';
import { compactDuration, secondsMeant, TIME_CONTEXT } from './duration-shorthand.js';

const RANGE_SEPARATOR = /[ \u00a0]*(?:-|–|—|to|through)[ \u00a0]*/iy;
const MEASURE_UP_TO = /[ \u00a0]+up[ \u00a0]+to(?=[ \u00a0]+\d)/iy;
const OPEN_PAREN = /[ \u00a0]*\([ \u00a0]*~?(?:<=|≤|<)?[ \u00a0]*/y;
const CLOSE_PAREN = /[ \u00a0]*\)/y;
const PER =
  /[ \u00a0]*(?:per|\/)[ \u00a0]*((?:[\d.,]+[kKM]?[ \u00a0]+)?[\p{L}][\p{L}\p{N}-]*(?:[ \u00a0]+per[ \u00a0]+[\p{L}][\p{L}\p{N}-]*)*)/uy;
const BOUND_BEFORE =
  /(?:\b(up\s*to|at\s+most|no\s+more\s+than|maximum(?:\s+of)?|max\.?|less\s+than|under|below|at\s+least|minimum(?:\s+of)?|more\s+than|over|above)|(<=|≤|=<|>=|≥|<|>))[ \u00a0]*:?[ \u00a0]*$/i;
const BOUND_AFTER =
  /[ \u00a0]*(?:\(?\s*(?:(max(?:imum)?)(?=\s*(?:$|[,;.)]))|(at\s+most|or\s+less|or\s+fewer))|(or\s+more))\b\)?/iy;
/** "port 80", "TCP port 443", "open port UDP 4500": the word port, its protocol before or after it. */
const PORT_BEFORE = /\b((?:(?:TCP|UDP)[ \u00a0]+)?ports?(?:[ \u00a0]+(?:TCP|UDP))?)[ \u00a0]*:?[ \u00a0]*$/i;
/** "uses TCP 3868", "RADIUS: UDP 1812": a protocol named in capitals right before a whole number is its port. */
const PROTOCOL_BEFORE = /\b(?:TCP|UDP|SCTP)(?:\/(?:TCP|UDP))?[ \u00a0]+$/;
/** What may follow a protocol's port: the clause goes on or ends; never a unit, a word or a dash ("TCP 3-way"). */
const AFTER_PROTOCOL_PORT = /^(?:$|[ \u00a0]*[,;.)/]|[ \u00a0]+(?:and|or)\b|[ \u00a0]+\()/;
const DOLLAR_BEFORE = /(?:US)?\$[ \u00a0]?$/;
const STATUS_BEFORE = /\b(?:HTTP|status|error|response)(?:\s+codes?)?[ \u00a0]*$/i;
const APPROX_BEFORE = /(?:\b(?:approx\.?|approximately|about|around|roughly|nearly|almost)|~)[ \u00a0]*$/i;
/** "10,000 max parts": the bound word between the number and the noun it counts. */
const MAX_THEN_NOUN = /^[ \u00a0]+max(?:imum)?(?=[ \u00a0]+[a-z][a-z-]{2,}s(?![\p{L}\p{N}]))/u;
/** A plural noun right after a number: "8 interfaces", "5000 nodes". */
const COUNTED_NOUN = /[ \u00a0]([a-z][a-z-]{2,}s)(?![\p{L}\p{N}])/uy;

interface Reading {
  start: number;
  end: number;
  quantity: Omit<Quantity, 'text'>;
}

function boundBefore(prefix: string): { bound: Quantity['bound']; length: number } {
  const m = BOUND_BEFORE.exec(prefix);
  if (!m) return { bound: 'exact', length: 0 };
  const word = (m[1] ?? m[2] ?? '').toLowerCase().replace(/\s+/g, ' ');
  const bound: Quantity['bound'] = ['less than', 'under', 'below', '<'].includes(word)
    ? 'less-than'
    : ['at least', 'minimum', 'minimum of', 'more than', 'over', 'above', '>=', '≥', '>'].includes(word)
      ? 'at-least'
      : 'at-most';
  return { bound, length: m[0].length };
}

/** One quantity whose number starts at `pos`; `undefined` when the number there is not a quantity. */
export function readAt(text: string, pos: number, allowExtras = true): Reading | undefined {
  if (!canStartNumber(text, pos)) return undefined;
  const first = readAmount(text, pos);
  if (!first) return undefined;
  let start = pos;
  const prefix = text.slice(0, pos);
  const dollar = DOLLAR_BEFORE.exec(prefix);
  const protocol =
    !first.multiplied && Number.isInteger(first.value) && AFTER_PROTOCOL_PORT.test(text.slice(first.end))
      ? PROTOCOL_BEFORE.exec(prefix)
      : null;
  const port = dollar ? null : (PORT_BEFORE.exec(prefix) ?? protocol);
  if (dollar) start -= dollar[0].length;
  if (port) start = pos - port[0].length;

  let unit: UnitDef | undefined = dollar
    ? { unit: '$', dimension: 'money', factor: 1, plural: '$', singular: '$' }
    : undefined;
  let end = first.end;
  let bounded = false;
  if (!unit && !port) {
    const u = readUnit(text, first.end);
    // "HTTP 400s", "status 500s": status codes in the plural, not seconds.
    const statusCodes = u?.def.unit === 's' && /^s/i.test(text.slice(first.end)) && STATUS_BEFORE.test(prefix);
    const compact = u ? undefined : compactDuration(text, first.end, prefix);
    // "(default 5 m)", "timeout 10 m": after words for a time a lone "m" is minutes shorthand, never metres.
    const timeNotLength = u?.def.unit === 'm' && TIME_CONTEXT.test(prefix);
    const notSeconds =
      u?.def.unit === 's' && /^s(?!\p{L})/iu.test(text.slice(first.end)) && !secondsMeant(text, first.end, prefix);
    if (u && !statusCodes && !timeNotLength && !notSeconds) {
      unit = u.def;
      end = u.end;
    } else if (compact) {
      unit = compact.def;
      end = compact.end;
    } else if (
      !u &&
      !first.multiplied &&
      (BOUND_BEFORE.test(prefix) || APPROX_BEFORE.test(prefix) || MAX_THEN_NOUN.test(text.slice(first.end)))
    ) {
      // "up to 8 interfaces", "approx. 5000 nodes", "10,000 max parts": a bounded or rounded number counts the noun after it.
      bounded = MAX_THEN_NOUN.exec(text.slice(first.end)) !== null;
      const gap = MAX_THEN_NOUN.exec(text.slice(first.end));
      COUNTED_NOUN.lastIndex = first.end + (gap ? gap[0].length : 0);
      const noun = COUNTED_NOUN.exec(text);
      if (noun) {
        unit = {
          unit: noun[1]!.toLowerCase(),
          dimension: 'count',
          factor: 1,
          plural: noun[1]!.toLowerCase(),
          singular: noun[1]!.toLowerCase(),
        };
        end = COUNTED_NOUN.lastIndex;
      }
    }
  }

  // Range: "512 MB - 10 GB", "128 MB to 10 GB", "1–5 minutes", "$0.20-$0.50", "ports 1024-65535".
  let min = first.value * (unit?.factor ?? 1);
  let max = min;
  RANGE_SEPARATOR.lastIndex = end;
  // "64 Kbps up to 1.544 Mbps": between two measures, "up to" joins a range too.
  MEASURE_UP_TO.lastIndex = end;
  const upTo = unit?.family !== undefined && MEASURE_UP_TO.exec(text) !== null;
  if (upTo) RANGE_SEPARATOR.lastIndex = MEASURE_UP_TO.lastIndex - 2;
  if (RANGE_SEPARATOR.exec(text)) {
    let at = RANGE_SEPARATOR.lastIndex;
    if (dollar && text[at] === '$') at += 1;
    const second = /\d|\.\d/y;
    second.lastIndex = at;
    const next = second.test(text) ? readAmount(text, at) : undefined;
    if (next) {
      const u2 = unit?.dimension === 'money' || port ? undefined : readUnit(text, next.end);
      const firstUnit = unit ?? u2?.def;
      const secondUnit = u2?.def ?? unit;
      if ((firstUnit || port) && (!u2 || !unit || u2.def.dimension === unit.dimension)) {
        const lo = first.value * (firstUnit?.factor ?? 1);
        const hi = next.value * (secondUnit?.factor ?? 1);
        if (hi > lo) {
          min = lo;
          max = hi;
          unit = secondUnit;
          end = u2 ? u2.end : next.end;
        }
      }
    }
  }

  if (!unit && !port && !first.multiplied) return bareRange(text, pos, first, prefix);
  // "-25 °C": on a scale with an offset a minus sign is part of the value, never a dash before it.
  const minus = /(?:^|[\s(])[-−]$/.exec(prefix);
  if (minus && unit && measureTable(unit.dimension)?.offsetScale) {
    min = -min;
    if (max === -min) max = min;
    start -= 1;
  }
  if (port && (!Number.isInteger(first.value) || max > 65_535 || first.multiplied)) return undefined;

  const quantity: Omit<Quantity, 'text'> = port
    ? { dimension: 'port', min, max, unit: 'port', bound: 'exact' }
    : unit
      ? { dimension: unit.dimension, min, max, unit: unit.unit, bound: 'exact' }
      : { dimension: 'count', min, max, unit: '', bound: 'exact' };

  if (allowExtras) {
    // "runs over UDP 514": a port is a name of a service, never a bound.
    const b = port ? { bound: 'exact' as const, length: 0 } : boundBefore(text.slice(0, start));
    if (b.length > 0) {
      quantity.bound = b.bound;
      start -= b.length;
    }
    // "$0.20 per 1M requests", "5 mg/kg", "15.4 W per port": what the amount is per.
    if (quantity.dimension === 'money' || quantity.dimension === 'count' || unit?.family !== undefined) {
      PER.lastIndex = end;
      const per = PER.exec(text);
      if (per?.[1]) {
        quantity.per = per[1].replace(/\s+/g, ' ');
        end = PER.lastIndex;
      }
    }
    // "900 seconds (15minutes)": an equal quantity in brackets is the same fact, not a second one.
    OPEN_PAREN.lastIndex = end;
    if (OPEN_PAREN.exec(text)) {
      const inner = readAt(text, OPEN_PAREN.lastIndex, false);
      CLOSE_PAREN.lastIndex = inner?.end ?? 0;
      if (inner && CLOSE_PAREN.exec(text) && sameQuantity({ ...quantity, text: '' }, { ...inner.quantity, text: '' })) {
        end = CLOSE_PAREN.lastIndex;
      }
    }
    if (bounded && unit?.dimension === 'count') quantity.bound = 'at-most';
    BOUND_AFTER.lastIndex = end;
    const after = quantity.bound === 'exact' ? BOUND_AFTER.exec(text) : null;
    if (after) {
      quantity.bound = after[3] ? 'at-least' : 'at-most';
      end = BOUND_AFTER.lastIndex;
    }
  }
  return { start, end, quantity };
}

/**
 * "ranges from -20 to 19", "NodePort range is 30000–32767", "between 1 and 4094": a range of plain whole
 * numbers where the words before say it is one, as a count. Undefined for any other bare number.
 */
function bareRange(text: string, pos: number, first: Amount, prefix: string): Reading | undefined {
  const negative = prefix.endsWith('-') && /(?:^|\s)-$/.test(prefix);
  const before = negative ? prefix.slice(0, -1) : prefix;
  // "n is the number of bytes (1-8000)": the unit named just before the bracket is the range's.
  const named = UNIT_THEN_BRACKET.exec(before);
  const unitWord = named ? readUnit(named[1]!, 0) : undefined;
  const unit = unitWord && unitWord.end === named![1]!.length ? unitWord.def : undefined;
  if ((!unit && !RANGE_CONTEXT.test(before)) || !Number.isInteger(first.value)) return undefined;
  BARE_SEPARATOR.lastIndex = first.end;
  if (!BARE_SEPARATOR.exec(text)) return undefined;
  let at = BARE_SEPARATOR.lastIndex;
  const minus = text[at] === '-';
  if (minus) at += 1;
  if (!/\d/.test(text[at] ?? '')) return undefined;
  const second = readAmount(text, at);
  if (!second || second.multiplied || !Number.isInteger(second.value) || /[\p{L}]/u.test(text[second.end] ?? ''))
    return undefined;
  // "between 5 and 30 minutes": the unit after the second number is the range's.
  const after = unit ? undefined : readUnit(text, second.end);
  // "30 to 100 ft": a short word after the range is a unit we do not know; the range is no plain number.
  if (
    !unit &&
    !after &&
    /^[ \u00a0]\p{L}{1,3}(?![\p{L}\p{N}])/u.test(text.slice(second.end)) &&
    !/^[ \u00a0](?:and|or|to|in|on|at|of|the|is|are|for|per|by)\b/i.test(text.slice(second.end))
  )
    return undefined;
  const min = negative ? -first.value : first.value;
  const max = minus ? -second.value : second.value;
  if (max <= min) return undefined;
  const measure = unit ?? after?.def;
  const factor = measure?.factor ?? 1;
  return {
    start: negative ? pos - 1 : pos,
    end: after ? after.end : second.end,
    quantity: measure
      ? { dimension: measure.dimension, min: min * factor, max: max * factor, unit: measure.unit, bound: 'exact' }
      : { dimension: 'count', min, max, unit: '', bound: 'exact' },
  };
}

const RANGE_CONTEXT = /\b(?:ranges?|range\s+is|between|from|values?|ids?|within)\b[^,;.\d]{0,24}$/i;
const UNIT_THEN_BRACKET = /(?:^|[\s(])(\p{L}+)[ \u00a0]*\([ \u00a0]*$/u;
const BARE_SEPARATOR = /[ \u00a0]*(?:-|–|—|to|through|and)[ \u00a0]*/iy;
