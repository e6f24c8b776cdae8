import type { Quantity } from './item.js';
import { compactDuration } from './duration-shorthand.js';

// A comma groups thousands only before three digits: "5,5" (five and five) is a list, no number.
const BARE_VALUE =
  /^(?:(up\s+to|max(?:imum)?|min(?:imum)?|at\s+most|at\s+least|about|approx\.?|~)\s*)?(-?(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?)(?:\s*(?:-|–|—|to)\s*(-?(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?))?\s*$/i;

/**
 * The quantity of a keyed value that is a bare number or range ("Default port: 80", "VLAN IDs: 1-4094",
 * "Nice values: -20 to 19", "Max pods: 110"): a port when the key names one, else a count; or a time in
 * shorthand under a key for a time ("Retention: 4d"). Undefined when the value is anything else (its
 * quantities, if any, are findQuantities' business).
 */
export function bareValueQuantity(key: string, value: string): Quantity | undefined {
  // "Message retention: 4d", "Eviction timeout: 5m", "Timeout: 30s": shorthand for a time under a word for time.
  const shorthand = /^(\d+(?:\.\d+)?)[dms]$/.exec(value.trim());
  const compact = shorthand ? compactDuration(value.trim(), shorthand[1]!.length, `${key} `, true) : undefined;
  if (shorthand && compact) {
    const amount = Number.parseFloat(shorthand[1]!) * compact.def.factor;
    return {
      dimension: 'duration',
      min: amount,
      max: amount,
      unit: compact.def.unit,
      bound: 'exact',
      text: value.trim(),
    };
  }
  const m = BARE_VALUE.exec(value.trim());
  if (!m) return undefined;
  const lo = Number.parseFloat(m[2]!.replace(/,/g, ''));
  const hi = m[3] === undefined ? lo : Number.parseFloat(m[3].replace(/,/g, ''));
  if (!Number.isFinite(lo) || !Number.isFinite(hi) || hi < lo) return undefined;
  const word = (m[1] ?? '').toLowerCase();
  const bound: Quantity['bound'] = /^(up|max|at\s+most)/.test(word)
    ? 'at-most'
    : /^(min|at\s+least)/.test(word)
      ? 'at-least'
      : 'exact';
  const port = /\bports?\b/i.test(key) && Number.isInteger(lo) && hi <= 65_535 && lo >= 0;
  return { dimension: port ? 'port' : 'count', min: lo, max: hi, unit: port ? 'port' : '', bound, text: value.trim() };
}
