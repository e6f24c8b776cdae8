import { stemmer } from 'stemmer';
import type { Item } from '../knowledge/item.js';
import { perContext } from './context-index.js';
import type { GenerationContext } from './generation-context.js';

/**
 * Typos the notes make once and spell right elsewhere ("visruses" beside "viruses" many times,
 * "quaratine" beside "quarantine"): a quoted stem or a choice that keeps them reads as garbled (r7
 * review). A word is mended to a word of the notes one letter away (one letter dropped, added, or two
 * neighbours swapped) when that word is written far more often; the lexicon's known misspellings
 * first. Only words of six letters or more: shorter ones have real words one letter away too often
 * ("form" / "from", "pooling" needs seven). Letter changes in place ("routes" / "router") are never
 * mended: both are words.
 */
export function mendTypos(text: string, context: GenerationContext): string {
  const notes = spellingOf(context);
  const spellings = context.lexicon?.spellings ?? {};
  return text.replace(/(?<![\p{L}\p{N}])[A-Za-z]+(?![\p{L}\p{N}])/gu, (word) => {
    const lower = word.toLowerCase();
    const known = spellings[lower];
    if (known) return sameCase(word, known);
    // A name ("ElastiCache", "IAM") is written as its owner wants.
    if (lower.length < 6 || /\p{Lu}/u.test(word.slice(1))) return word;
    let mended = notes.mended.get(lower);
    if (mended === undefined) {
      mended = likelyWord(lower, notes) ?? lower;
      notes.mended.set(lower, mended);
    }
    return mended === lower ? word : sameCase(word, mended);
  });
}

interface Spelling {
  /** How often the notes write each lower-case word, over every item's text. */
  counts: Map<string, number>;
  /** Each word the notes write three times or more, under every spelling of it with one letter dropped. */
  dropped: Map<string, string[]>;
  /** Words already looked at: the word itself when it is no typo. */
  mended: Map<string, string>;
}

const spellingOf = perContext((context): Spelling => {
  const counts = new Map<string, number>();
  for (const item of context.items) {
    for (const text of textsOf(item)) {
      for (const word of text.toLowerCase().match(/[a-z]+/g) ?? []) counts.set(word, (counts.get(word) ?? 0) + 1);
    }
  }
  const dropped = new Map<string, string[]>();
  for (const [word, count] of counts) {
    if (count < 3 || word.length < 7) continue;
    for (let i = 0; i < word.length; i += 1) {
      const typo = word.slice(0, i) + word.slice(i + 1);
      const words = dropped.get(typo);
      if (!words) dropped.set(typo, [word]);
      else if (!words.includes(word)) words.push(word);
    }
  }
  return { counts, dropped, mended: new Map() };
});

export function textsOf(item: Item): string[] {
  switch (item.kind) {
    case 'definition':
      return [item.term, item.definition];
    case 'fact':
      return [item.text];
    case 'list':
      return [item.title, ...item.members];
    case 'comparison':
      return [item.row, ...item.values.map((value) => value.value)];
    default:
      return [item.topic];
  }
}

/**
 * The word one letter away that the notes write at least three times and ten times as often, if one
 * stands out. A word the notes write three times or more is taken as meant (and a big corpus is then
 * spared the search).
 */
function likelyWord(word: string, { counts, dropped }: Spelling): string | undefined {
  const own = counts.get(word) ?? 1;
  if (own > 2) return undefined;
  let best: string | undefined;
  let bestCount = 0;
  const consider = (candidate: string): void => {
    const count = counts.get(candidate) ?? 0;
    // Another form of one word ("permission" / "permissions", "recover" / "recovery") is no typo.
    if (count >= 3 && count >= 10 * own && count > bestCount && !sameRoot(word, candidate)) [best, bestCount] = [candidate, count];
  };
  // One letter dropped, or two neighbours swapped; then the words that drop a letter to give this one.
  for (let i = 0; i < word.length; i += 1) consider(word.slice(0, i) + word.slice(i + 1));
  for (let i = 0; i + 1 < word.length; i += 1) consider(word.slice(0, i) + word[i + 1] + word[i] + word.slice(i + 2));
  for (const candidate of dropped.get(word) ?? []) consider(candidate);
  return best;
}

/** Two forms of one word: the same Porter stem, or one the other with an ending ("recover" / "recovery"). */
function sameRoot(a: string, b: string): boolean {
  const [short, long] = a.length <= b.length ? [a, b] : [b, a];
  return stemmer(a) === stemmer(b) || (long.startsWith(short) && long.length - short.length <= 2);
}

/** `replacement` written with `word`'s leading capital. */
function sameCase(word: string, replacement: string): string {
  return /^\p{Lu}/u.test(word) ? replacement.charAt(0).toUpperCase() + replacement.slice(1) : replacement;
}
