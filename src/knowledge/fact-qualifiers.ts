import type { FactItem, Quantity } from './item.js';

/** What qualifies one value in a statement: its role, the conditions it holds under, and whether it is denied. */
export type Qualifiers = Pick<FactItem, 'role' | 'conditions' | 'negated'>;

const DEFAULT_BEFORE = /\b(?:defaults?|by\s+default|initially)\b[^,;.]*$/i;
/** "By default, the balancer sets the idle timeout to 60 s": an opening that holds for the sentence's first value. */
const DEFAULT_LEAD = /^\s*(?:by\s+default|initially)\s*,[^\d]*$/i;
const DEFAULT_AFTER = /^\s*(?:\(\s*)?(?:by\s+)?default\b/i;
const EXAMPLE_BEFORE = /\b(?:e\.g\.?|for\s+example|for\s+instance|such\s+as|example|ex\.|say)\s*[:,]?\s*[^,;]*$/i;
const MIN_WORD = /\b(?:min(?:imum)?|at\s+least|no\s+less\s+than)\b[^,;.]*$/i;
// "can only encrypt 4 KB", "there can be 128 partitions": what a thing can hold at the most.
const MAX_WORD =
  /\b(?:max(?:imum)?|up\s+to|at\s+most|no\s+more\s+than|limit(?:ed)?\s+(?:of|to)|cap(?:ped)?\s+at|can\s+only\s+\p{L}+(?:\/\p{L}+)?|there\s+can\s+(?:only\s+)?be)\b(?![^,;.]*\b(?:after|before|within|every|once)\b)[^,;.]*$/iu;
/** "512 MB temporary storage (can get up to 1 GB)": a value the thing can be raised from is its default. */
const RAISED_AFTER =
  /^[^\d]*\b(?:(?:can|may|could)\s+(?:get|go|grow|scale|be\s+(?:raised|increased|extended|configured|set))|configurable|adjustable)\s+(?:up\s+)?to\s*$/i;
const NEGATION_BEFORE = /\b(?:not|never|no\s+longer)\s+(?:in\s+|by\s+|at\s+|as\s+)?$/i;
const CONDITION =
  /\b(?:with(?:out)?\s+(?!the\b|a\b|an\b)[\p{L}-]+(?:\s+[\p{L}-]+)?|in\s+the\s+free\s+tier|free\s+tier(?:,?\s+per\s+(?:month|year))?|per\s+(?:second|minute|hour|day|month|year|account|region|function|table|request|partition|shard|queue|topic|node|pod|user)|each\s+(?:second|minute|hour|day|month)|burst|sustained)\b/giu;

/** A sentence or clause end; the dot of "e.g." or "approx." is none. */
const SENTENCE_END = /;|(?<!\b(?:e\.g|i\.e|approx|ex|vs|etc))\.\s/i;

/** The words a key puts on its value: "Default port" → default, "Max sessions" → maximum, "Minimum size" → minimum. */
function roleOfKey(key: string | undefined): FactItem['role'] {
  if (!key) return undefined;
  if (/\bdefaults?\b/i.test(key)) return 'default';
  if (/\b(?:max(?:imum)?|limit|up\s+to)\b/i.test(key)) return 'maximum';
  if (/\bmin(?:imum)?\b/i.test(key)) return 'minimum';
  return undefined;
}

/**
 * Qualifiers of the value `q` from the words around it: `before` is the statement's text before it (only
 * its last clause counts), `after` the text after it (up to the next value or clause end). "defaults to 24 hours; up to 365 days" →
 * default, then maximum; "300 per second, 3,000 with batching" → conditions; "bytes, not 4-byte
 * increments" → negated; "e.g. 10 % for 5 minutes" → example.
 */
export function qualifiersOf(q: Quantity, before: string, after: string, key?: string): Qualifiers {
  const clauseBefore = before.split(SENTENCE_END).at(-1) ?? '';
  // Conditions may follow after commas ("1M requests, free tier, per month"), up to the next value.
  const clauseAfter = (after.split(SENTENCE_END)[0] ?? '').split(/\d/)[0] ?? '';
  let role: FactItem['role'];
  if (EXAMPLE_BEFORE.test(clauseBefore)) role = 'example';
  else if (
    DEFAULT_BEFORE.test(clauseBefore) ||
    DEFAULT_LEAD.test(clauseBefore) ||
    DEFAULT_AFTER.test(after) ||
    RAISED_AFTER.test(clauseAfter)
  )
    role = 'default';
  else if (q.bound === 'at-most' || MAX_WORD.test(clauseBefore)) role = 'maximum';
  else if (q.bound === 'at-least' || MIN_WORD.test(clauseBefore)) role = 'minimum';
  else role = roleOfKey(key);
  const conditions = [...`${clauseAfter}`.matchAll(CONDITION)]
    .map((m) => m[0].toLowerCase().replace(/\s+/g, ' '))
    .filter((c) => !q.text.toLowerCase().includes(c));
  const negated = NEGATION_BEFORE.test(clauseBefore);
  return {
    ...(role ? { role } : {}),
    ...(conditions.length > 0 ? { conditions: [...new Set(conditions)] } : {}),
    ...(negated ? { negated } : {}),
  };
}
