import { distance } from 'fastest-levenshtein';
import type { Lexicon } from '../knowledge/lexicon.js';

/**
 * Shorthand and slips of hand in a note's words, written out for a stem a person reads, from the
 * lexicon only: its spellings ("lenght" → "length"), and those synonym variants that are a shorthand
 * of their canonical word ("mem" → "memory": same first letter, letters in order) or a slip of it
 * ("siez" → "size": two edits at most, four letters or more). Other synonyms ("big" for "size") stay:
 * they are different words, not the same word written short.
 */
export function spellOut(text: string, lexicon: Pick<Lexicon, 'spellings' | 'synonyms'>): string {
  const table = writtenOutOf(lexicon);
  return text.replace(/\p{L}+/gu, (word) => table.get(word.toLowerCase()) ?? word);
}

const tables = new WeakMap<object, Map<string, string>>();

function writtenOutOf(lexicon: Pick<Lexicon, 'spellings' | 'synonyms'>): Map<string, string> {
  let table = tables.get(lexicon);
  if (table) return table;
  table = new Map(Object.entries(lexicon.spellings).map(([wrong, right]) => [wrong.toLowerCase(), right]));
  for (const { canonical, variants } of lexicon.synonyms) {
    if (/\s/.test(canonical)) continue;
    for (const variant of variants) {
      const v = variant.toLowerCase();
      if (/\s/.test(v) || v === canonical.toLowerCase()) continue;
      if (isShorthand(v, canonical.toLowerCase()) || (v.length >= 4 && distance(v, canonical.toLowerCase()) <= 2)) table.set(v, canonical);
    }
  }
  tables.set(lexicon, table);
  return table;
}

/** "mem" of "memory", "vars" of "variables": same first letter, every letter found in order, shorter. */
function isShorthand(short: string, long: string): boolean {
  if (short.length >= long.length || short[0] !== long[0] || short.length < 2) return false;
  let at = 0;
  for (const letter of long) if (letter === short[at]) at += 1;
  return at === short.length;
}
