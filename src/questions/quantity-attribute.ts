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
  const text = tidy(spelled.replace(/\b(max(imum)?|min(imum)?|up to|at most|at least|limit of)\b/gi, ' ').replace(/\s+/g, ' ').replace(/\b(period|timeout|interval|duration|size|length|limit|count|ttl|time)\s+values?\s*$/iu, '$1'));
  if (!/\p{L}{2}/u.test(text) || /\d/.test(text)) return undefined;
  return lowerFirstWord(text, names);
}

// Attributes that say nothing on their own ("What is the duration for ECS?"), or read as a verb phrase.
const vague = /^(duration|size|count|number|amount|money|price|cost|value|total|allowed|time|length|limit|quota|billing|charged|of|for|in|to|at|and|with|from|still|also|e\.?g)\b/i;

export function vagueAttribute(attribute: string, q: Quantity): boolean {
  if (q.dimension === 'port') return false;
  const words = attribute.split(/\s+/);
  if (vague.test(attribute) && words.length === 1) return true;
  if (/'s\b/.test(attribute)) return true;
  if (/^(of|for|in|to|at|and|with|from|still|also|returns?|returning|runs?|running|is|are|can)\b/i.test(attribute)) return true;
  return /(ing|ed)$/i.test(words.at(-1) ?? '') && !/(setting|pricing|billing|processing|logging|caching|scaling|timing|storage)$/i.test(words.at(-1) ?? '');
}
