import type { SearchMode } from './fact-index.js';
import type { TermStats } from './term-stats.js';

/** Typos allowed per term: none for short words and numbers, one from 4 letters, two from 8. */
function fuzzyFor(term: string): number {
  if (/^\d/u.test(term) || term.length < 4) return 0;
  return term.length >= 8 ? 2 : 1;
}

/** The looser allowance of "did you mean": one typo from 3 letters, up to three from 6. */
function looseFuzzyFor(term: string): number {
  if (/^\d/u.test(term) || term.length < 3) return 0;
  return term.length >= 6 ? 3 : term.length >= 4 ? 2 : 1;
}

/**
 * The query's terms as the notes spell them: a known word stays; an unknown one becomes the closest
 * known word within its typo allowance ("lamda" → "lambda"), or two swapped letters put back
 * ("corends" → "coredns"), or stays as typed (it may be the start of a word). A word the notes use
 * elsewhere (`elsewhere`: the other command's words) is no typo and stays ("automated" is not "auto").
 * Correcting first keeps MiniSearch from widening a typo to every neighbour it has.
 */
export function spellAsNotes(
  stats: TermStats,
  terms: readonly string[],
  mode: SearchMode,
  elsewhere: ReadonlySet<string> = EMPTY,
): string[] {
  return terms.map((term, i) => {
    if (stats.vocabulary.has(term) || elsewhere.has(term)) return term;
    if (mode === 'complete' && i === terms.length - 1 && stats.hasPrefix(term)) return term;
    const allowance = mode === 'loose' ? looseFuzzyFor(term) : fuzzyFor(term);
    return stats.correct(term, allowance) ?? (allowance > 0 ? unswapped(stats.vocabulary, term) : undefined) ?? term;
  });
}

const EMPTY: ReadonlySet<string> = new Set();

/** The known word that two adjacent letters of `term`, swapped, spell (a typo counted as one). */
function unswapped(vocabulary: ReadonlySet<string>, term: string): string | undefined {
  for (let i = 0; i + 1 < term.length; i += 1) {
    if (term[i] === term[i + 1]) continue;
    const candidate = `${term.slice(0, i)}${term[i + 1]}${term[i]}${term.slice(i + 2)}`;
    if (vocabulary.has(candidate)) return candidate;
  }
  return undefined;
}
