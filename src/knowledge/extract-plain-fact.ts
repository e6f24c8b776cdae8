import type { Statement } from './extract-key-value.js';
import type { FactDraft } from './extract-facts.js';
import { headingName, type NameHints } from './topic-of.js';

/** Keys that introduce a remark rather than name a term or an attribute ("Note: …", "Ex. …"). */
export const REMARK_KEY =
  /^(notes?|ex\.?|e\.g\.?|example|examples|sample|samples|use cases?|tip|warning|important|answer|question|see|also)$/i;

/** "See the developer guide for more.": a pointer elsewhere, not a statement. */
const POINTER = /^(?:see|read|check(?:\s+out)?|more\s+(?:at|in)|for\s+more)\b/i;

const words = (s: string): string[] => s.split(/\s+/).filter(Boolean);
const isNameToken = (t: string): boolean => /\p{Lu}.*\p{Lu}|\p{N}|^\p{Lu}{2,}/u.test(t);
const lowerKey = (key: string): string =>
  words(key.replace(/[`*]/g, ''))
    .map((t) => (isNameToken(t) ? t : t.toLowerCase()))
    .join(' ');

/**
 * A statement that carries no number but still says something about its subject ("Publish → private
 * by default", "Inbound traffic: no ELB support"): a fact without a quantity. A key that names
 * something ("X-Ray Daemon: …") becomes the subject; any other key is the attribute; without a key
 * the fact has no attribute. Undefined for text with fewer than two words (a bare name or label).
 */
export function plainFact(statement: Statement, subject: string, hints: NameHints): FactDraft | undefined {
  const text = statement.text.replace(/\s*:$/, '').trim();
  if (words(text).length < 2 || !/\p{L}/u.test(text) || POINTER.test(text)) return undefined;
  const key =
    statement.key && statement.value && !REMARK_KEY.test(statement.key.replace(/[`*]/g, '').trim())
      ? statement.key
      : undefined;
  if (!key) return { subject, attribute: '', text };
  const named = headingName(key, hints);
  if (named.name && named.whole) return { subject: named.name, attribute: '', text };
  return { subject, attribute: lowerKey(key), text };
}
