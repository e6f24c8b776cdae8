import type { FactItem } from '../../knowledge/item.js';
import { perContext } from '../context-index.js';
import type { GenerationContext } from '../generation-context.js';
import { parseQuantity, sameQuantity } from '../../knowledge/parse-quantity.js';
import { bareNumbers, sameEnd, statedQuantities } from './stated-values.js';

/**
 * Gate "no wrong choice the notes call right" (Haladyna, Downing & Rodriguez 2002, guideline 19: one
 * and only one right answer), over the whole notes folder. Notes contradict themselves: one page says a
 * batch call takes "up to 25 items", a summary table elsewhere says "100"; one file gives a default,
 * another the same setting's maximum. A value any other statement of the folder gives the question's
 * subject and attribute is true of it by the notes, so it never stands as a wrong choice; the builder's
 * other candidates take its place (a repair, not a skip). Returns a test for candidates.
 *
 * "The same subject and attribute": the other statement names the fact's subject as a whole word and
 * says every word of its attribute and counted noun ("items" in "PutItem"; "execution duration" in
 * "Lambda execution duration (default, min, max): 3s, 1s, 300s"), and writes the value in the answer's
 * own dimension, or as a bare number for a count. "300 messages per second" never rules out 300 seconds.
 */
export function statedElsewhere(item: FactItem, context: GenerationContext): (candidate: string) => boolean {
  if (!item.quantity) return () => false;
  const others = statementsAbout(item, context);
  if (others.length === 0) return () => false;
  const stated = others.flatMap(statedQuantities);
  const bare = new Set(others.flatMap(bareNumbers));
  return (candidate) => {
    const value = parseQuantity(candidate);
    if (!value) return false;
    // A count the other statement writes without the noun ("100 PutItem/DeleteItem", "limit: 100").
    if (value.dimension === 'count' && value.min === value.max && bare.has(value.min)) return true;
    // "1 minute to 14 days": either end of a range the notes give is a value they state.
    return stated.some((q) => sameQuantity(q, value) || (q.min !== q.max && (sameEnd(q, value, 'min') || sameEnd(q, value, 'max'))));
  };
}

/** The texts of the folder's other facts that name this fact's subject and every word of its attribute. */
function statementsAbout(item: FactItem, context: GenerationContext): string[] {
  const subject = item.subject.trim();
  const words = subject.toLowerCase().split(/[^\p{L}\p{N}]+/u).filter(Boolean);
  if (words.length === 0 || subject.length < 3) return [];
  // A statement that names the subject says each of its words: look only among the rarest word's facts.
  const index = factsByWord(context);
  const candidates = words
    .map((word) => index.get(word) ?? [])
    .reduce((fewest, list) => (list.length < fewest.length ? list : fewest));
  const named = new RegExp(`(?<![\\p{L}\\p{N}])${escape(subject).replace(/\s+/g, '\\s+')}(?![\\p{L}\\p{N}])`, 'iu');
  const stems = attributeStems(item);
  const texts = new Set<string>();
  for (const other of candidates) {
    if (other === item || other.text === item.text || !named.test(other.text)) continue;
    const lower = other.text.toLowerCase();
    if (stems.every((stem) => lower.includes(stem))) texts.add(other.text);
  }
  return [...texts];
}

/** "items written cannot exceed" → item, written, exceed: the attribute's and counted noun's words of four letters or more, a plural's "s" dropped. */
function attributeStems(item: FactItem): string[] {
  const text = `${item.attribute} ${item.quantity?.dimension === 'count' ? item.quantity.unit : ''}`.toLowerCase();
  const words = text.split(/[^\p{L}]+/u).filter((word) => word.length >= 4 && !FILLER.has(word));
  return [...new Set(words.map((word) => word.replace(/(?<=\p{L}{3})(?:es|s)$/u, '')))];
}

// Words of an attribute that say nothing of what is measured ("how much", "the maximum number of").
const FILLER = new Set(['what', 'which', 'much', 'many', 'maximum', 'minimum', 'default', 'number', 'total', 'limit', 'limits', 'value', 'values', 'with', 'from', 'into', 'that', 'this', 'have', 'each', 'more', 'than', 'upto', 'least', 'most', 'cannot', 'exceed']);

const escape = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Every fact with a number, under each word its text says: the candidates for one subject's statements. */
const factsByWord = perContext((context) => {
  const byWord = new Map<string, FactItem[]>();
  for (const fact of context.facts) {
    if (!/\d/.test(fact.text)) continue;
    for (const word of new Set(fact.text.toLowerCase().split(/[^\p{L}\p{N}]+/u))) {
      if (!word) continue;
      const list = byWord.get(word);
      if (list) list.push(fact);
      else byWord.set(word, [fact]);
    }
  }
  return byWord;
});
