/** Configuration shorthand for times ("4d", "5m", "30s") and when a number glued to "s" means seconds. */

import type { UnitDef } from './quantity-units.js';

/** Words near a number glued to "s" that make it seconds: a time is spoken of ("timeout 30s", "failover takes ~35s"). */
const SECONDS_CONTEXT =
  /\b(?:takes?|took|lasts?|runs?|max(?:imum)?|min(?:imum)?|up\s+to|defaults?|within|every|after|latency|seconds?|minutes?|hours?|sleep|backoff|failover|heartbeat|cold\s+starts?|poll\w*|refresh\w*|recovery|rto|rpo|sla|cache\w*|visibility|expires?|timed?|timer)\b/i;
/** A neighbouring value in shorthand ("30s, 12h", "1m, 30s"): a list of times. */
const SHORTHAND_BEFORE = /\d[dhms]\s*,\s*$/i;
const SHORTHAND_AFTER = /^s\s*,\s*\d+(?:\.\d+)?\s*(?:[dhms]|ms|min)\b/i;

/**
 * Whether "50s" at `at` (the "s" glued to the number) is 50 seconds: only where the sentence before, or
 * the clause after, speaks of a time. Elsewhere it is a name or a plural ("the 50s subunit", "the 1990s").
 */
export function secondsMeant(text: string, at: number, prefix: string): boolean {
  // A value alone ("30s" in a cell or after a key) is a time: nothing around it says otherwise.
  if (prefix.trim() === '' && text.slice(at + 1).trim() === '') return true;
  // "<1s", "~35s", "= 30s": a bound or an equal sign before makes it an amount.
  if (/(?:<|>|≤|≥|~|=)\s*$/.test(prefix)) return true;
  const sentence = prefix.split(/[.!?]\s/).at(-1) ?? prefix;
  const clauseAfter = (text.slice(at + 1).split(/[.;!?]/)[0] ?? '').slice(0, 40);
  return (
    TIME_CONTEXT.test(sentence) ||
    SECONDS_CONTEXT.test(sentence) ||
    TIME_CONTEXT.test(clauseAfter) ||
    SECONDS_CONTEXT.test(clauseAfter) ||
    SHORTHAND_BEFORE.test(prefix) ||
    SHORTHAND_AFTER.test(text.slice(at))
  );
}

/** A number glued to "d" or "m" (or "s", for a value alone) and nothing after: "4d", "1m", "(default 5m)", "30s". */
const COMPACT = /([dm])(?![\p{L}\p{N}])/uy;
const COMPACT_WITH_SECONDS = /([dms])(?![\p{L}\p{N}])/uy;
/** Words saying a value is a time: the statement or cell speaks of one, or of its neighbours ("4d,1m,14d"). */
export const TIME_CONTEXT =
  /\b(?:timeouts?|time|duration|period|interval|ttl|retention|retain(?:ed)?|expir\w*|delay|grace|wait|deleted|age|lifetime|evict\w*)\b|\d[dhms]\s*,\s*$/i;
const DAY: UnitDef = { unit: 'days', dimension: 'duration', factor: 86_400, plural: 'days', singular: 'day' };
const MINUTE: UnitDef = { unit: 'minutes', dimension: 'duration', factor: 60, plural: 'minutes', singular: 'minute' };
const SECOND: UnitDef = { unit: 's', dimension: 'duration', factor: 1, plural: 'seconds', singular: 'second' };

/**
 * The shorthand of configuration values, "4d" for 4 days, "5m" for 5 minutes and "30s" for 30 seconds,
 * read only where the words before speak of a time: elsewhere "3d" is a dimension, "500m" a length or a
 * CPU share and "50s" a name. "30s" is read only with `seconds` (a keyed value alone: "Timeout: 30s");
 * in running text readUnit reads seconds where a time is spoken of ("thousands (1000s)" is none).
 */
export function compactDuration(
  text: string,
  at: number,
  prefix: string,
  seconds = false,
): { def: UnitDef; end: number } | undefined {
  const pattern = seconds ? COMPACT_WITH_SECONDS : COMPACT;
  pattern.lastIndex = at;
  const m = pattern.exec(text);
  if (!m || !TIME_CONTEXT.test(prefix)) return undefined;
  return { def: m[1] === 'd' ? DAY : m[1] === 's' ? SECOND : MINUTE, end: pattern.lastIndex };
}
