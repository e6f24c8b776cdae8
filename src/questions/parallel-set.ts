import { SCOPE_WORDS } from '../knowledge/english-words.js';
import type { DefinitionItem } from '../knowledge/item.js';
import { factsOf } from './definition-facts.js';
import { sameHead } from './definition-kin.js';
import type { SiblingDefinition } from './definition-siblings.js';
import type { GenerationContext } from './generation-context.js';
import { containsWords } from './text-tools.js';

/**
 * True when `item` and its section's other definitions are a closed set of three kinds of one thing,
 * each defined in the same form: "full backups: stores …", "incremental backups: stores …",
 * "differential backups: stores …". Such a set is asked whole, with three choices: there is no fourth
 * kind in the notes to offer, and none of the three is the odd one out (three options suffice when
 * they are all plausible: Rodriguez 2005; Haladyna, Downing & Rodriguez 2002, guideline 18).
 * `siblings` is the closest pool of `item` (its own section or list group).
 */
export function closedParallelSet(item: DefinitionItem, siblings: readonly SiblingDefinition[], context: GenerationContext): boolean {
  const others = siblings.filter(({ sibling }) => sibling !== item).map(({ sibling }) => sibling);
  if (others.length !== 2) return false;
  const lead = leadWord(factsOf(item, context).sentence);
  // "… since the most recent full backup" does not describe full backups: a choice naming what sets the
  // asked kind apart (its words before the shared head) is no lure, so such a set is asked the other way.
  const own = item.term.trim().split(/\s+/).slice(0, -1).join(' ');
  const names = (sentence: string): boolean => containsWords(sentence, own);
  return (
    lead !== undefined &&
    others.every((other) => {
      const facts = factsOf(other, context);
      return sameHead(item.term, other.term) && !facts.problem && leadWord(facts.sentence) === lead && !names(facts.sentence);
    })
  );
}

/** The definition's first word, lower-cased ("stores" of "Stores only those files …"); undefined for an article, which says nothing of form. */
function leadWord(sentence: string): string | undefined {
  const first = sentence.trim().split(/\s+/, 1)[0]?.toLowerCase();
  return first && !/^(?:a|an|the)$/.test(first) ? first : undefined;
}

/**
 * True when one definition says "all" and the other "only" (neither both): in a closed parallel set,
 * "all files changed since the last full backup" and "only the files changed since the last full or
 * incremental backup" are the pair to tell apart, not two right answers, though alike in words.
 */
export function scopeContrast(a: string, b: string): boolean {
  const words = (text: string): Set<string> => new Set(text.toLowerCase().split(/[^\p{L}]+/u));
  const [left, right] = [words(a), words(b)];
  const [wide, narrow] = SCOPE_WORDS;
  const says = (set: Set<string>, word: string, other: string): boolean => set.has(word) && !set.has(other);
  return (says(left, wide, narrow) && says(right, narrow, wide)) || (says(left, narrow, wide) && says(right, wide, narrow));
}
