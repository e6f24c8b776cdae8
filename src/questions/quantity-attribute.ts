import escapeStringRegexp from 'escape-string-regexp';
import { measureTable } from '../knowledge/measure-units.js';
import type { Quantity } from '../knowledge/item.js';
import { baseLexiconOnly, type Lexicon } from '../knowledge/lexicon.js';
import { lowerFirstWord } from './name-case.js';
import { spellOut } from './spell-out.js';
import { tidy } from './text-tools.js';

/** "max execution length" → "execution length"; undefined when nothing askable is left. */
export function cleanAttribute(attribute: string, names: ReadonlySet<string>, lexicon: Pick<Lexicon, 'spellings' | 'synonyms'> = baseLexiconOnly()): string | undefined {
  const spelled = spellOut(attribute, lexicon);
  // "Backup retention period value": the measure's value is what is asked, not a part of its name
  // (unlike "first attribute value", the value of an attribute).
  const text = tidy(spelled.replace(/\b(max(imum)?|min(imum)?|up to|at most|at least|limit of)\b/gi, ' ').replace(/\s+/g, ' ').replace(/\b(period|timeout|interval|duration|size|length|limit|count|ttl|time)\s+values?\s*$/iu, '$1').replace(SIZE_ADJECTIVE, ''));
  if (!/\p{L}{2}/u.test(text) || /\d/.test(text)) return undefined;
  return lowerFirstWord(text, names);
}

// "Short duration of action (1-2 mins)": how long the notes find the time is no part of its name.
const SIZE_ADJECTIVE = /^(?:short|long|brief|small|large|big|high|low)\s+(?=(?:duration|half-life|period|interval|time|delay|size)\b)/i;

// Attributes that say nothing on their own ("What is the duration for ECS?"), or read as a verb phrase.
const vague = /^(duration|size|count|number|amount|money|price|cost|value|total|allowed|time|length|limit|quota|billing|charged|of|for|in|to|at|and|with|from|still|also|e\.?g)\b/i;

export function vagueAttribute(attribute: string, q: Quantity): boolean {
  if (q.dimension === 'port') return false;
  const words = attribute.split(/\s+/);
  if (vague.test(attribute) && words.length === 1) return true;
  // "What is the more for Aurora?", "the cheaper for snapshots": a comparative alone names nothing.
  if (words.length === 1 && comparative.test(attribute)) return true;
  if (/'s\b/.test(attribute)) return true;
  if (/^(of|for|in|to|at|and|with|from|still|also|returns?|returning|runs?|running|is|are|can)\b/i.test(attribute)) return true;
  // A measure's own word ("speed" of a data rate) is its name, whatever it ends with.
  if (measureTable(q.dimension)?.words.includes((words.at(-1) ?? '').toLowerCase())) return false;
  return /(ing|ed)$/i.test(words.at(-1) ?? '') && !/(setting|pricing|billing|processing|logging|caching|scaling|timing|storage)$/i.test(words.at(-1) ?? '');
}

const functionWord = /^(of|for|to|in|on|at|by|with|and|or|the|a|an|per|from|off|less|more|than|over|under|compared|relative|vs|versus|percent|is|are)$/i;
const comparative = /^(lower|higher|greater|fewer|less|more|cheaper|faster|slower|smaller|larger|bigger|better|worse)$/i;
const BASELINE = /^\s*,?\s*((?:compared\s+(?:to|with)|relative\s+to|vs\.?|versus)\s+[^,;.()]+?)\s*(?:$|[,;.()])/i;

/**
 * What a percentage is a share of, from the words around it, and the baseline it is measured against:
 * "up to 72 % discount compared to X" and "a discount of up to 72 % compared to X" both give the
 * attribute "discount" and the condition "compared to X"; "99.9 % availability" gives "availability".
 * A column header or a verb before the number ("Cost structure", "compared") says less than the noun
 * after it; the noun before ("a discount of 72 %") is taken only when `fallback` (the label is unaskable).
 * Undefined for any other value, or when no noun is next to the number.
 */
export function percentAttribute(text: string, q: Quantity, fallback: boolean): { attribute: string; conditions: string[] } | undefined {
  if (q.unit !== '%') return undefined;
  const at = text.indexOf(q.text);
  if (at < 0) return undefined;
  const rest = text.slice(at + q.text.length);
  // "50 % receptor occupancy": up to three words after the number, to the first function word.
  const next = /^\s+(\p{Ll}[\p{Ll}-]{2,}(?:\s+\p{Ll}[\p{Ll}-]{2,}){0,2})/u.exec(rest);
  const words = (next?.[1] ?? '').split(/\s+/);
  const stop = words.findIndex((word) => functionWord.test(word));
  const after = (stop < 0 ? words : words.slice(0, stop)).join(' ');
  // "92 % lower cost": a comparative says how, not what; the label is left as it is.
  if (comparative.test(words[0] ?? '')) return undefined;
  if (after !== '') return { attribute: after, conditions: baselineOf(rest.slice(rest.indexOf(after) + after.length)) };
  if (!fallback) return undefined;
  const before = /\b(\p{L}{3,})\s+of\s*$/u.exec(text.slice(0, at))?.[1];
  return before && !functionWord.test(before) ? { attribute: before.toLowerCase(), conditions: baselineOf(rest) } : undefined;
}

/**
 * "50 % of people with …", "90 % of the drug": a percentage followed by "of" is a share of a whole
 * (a population, an amount), so the noun next to it names what is divided, not a property of the
 * subject: "What is the people for …?" is no question. True for such a share.
 */
export function shareOfWhole(text: string, q: Quantity): boolean {
  if (q.unit !== '%') return false;
  const at = text.indexOf(q.text);
  return at >= 0 && /^\s*of\s+(?!up\b)\p{L}/u.test(text.slice(at + q.text.length));
}

/** True when the one-word attribute is the noun after "per" / "each" in the statement ("up to 64 KB per message"). */
export function perNoun(text: string, attribute: string): boolean {
  const word = attribute.trim();
  return word !== '' && !/\s/.test(word) && new RegExp(`\\b(?:per|each|every)\\s+${escapeStringRegexp(word)}\\b`, 'i').test(text);
}

/**
 * Why the attribute, read from the words before the number, is not what the number measures: it is
 * the noun after "per" ("1 MB per call": the value is counted by calls, "the size of the call" is no
 * question), or the agent after "by" / "from" ("the size of the results returned by a Query
 * operation": the operation is not what is 1 MB). Undefined when it is neither.
 */
export function notTheMeasuredNoun(text: string, attribute: string): string | undefined {
  if (attribute.trim() === '') return undefined;
  const words = escapeStringRegexp(attribute.trim());
  if (perNoun(text, attribute)) return 'the attribute is what the value is per, not what it measures';
  if (new RegExp(`\\b(?:by|from|via)\\s+(?:an?\\s+|the\\s+)?${words}\\b`, 'i').test(text)) return 'the attribute is the agent of the measure, not the measure';
  return undefined;
}

const baselineOf = (rest: string): string[] => {
  const baseline = BASELINE.exec(rest)?.[1];
  return baseline ? [baseline.replace(/\s+/g, ' ')] : [];
};
