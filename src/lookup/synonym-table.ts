import escape from 'escape-string-regexp';
import type { Lexicon } from '../knowledge/lexicon.js';
import { tokenize } from './normalize-text.js';

/**
 * The lexicon's synonym groups, compiled for lookups. Queries have their variants *replaced* by the
 * canonical phrase; notes get the canonical phrase *added* wherever a variant appears, so both sides
 * meet on the canonical words whichever wording the notes or the person chose. `broader` groups are
 * added to notes only (a note saying "Windows" is about an operating system; a query for "windows"
 * stays a query for Windows). `spellings` mend a query's known misspellings before anything else.
 */
export interface SynonymTable {
  /** Query side: variant phrases replaced by their canonical terms, longest match first. */
  canonicalizeQuery(tokens: readonly string[]): string[];
  /** Notes side: the canonical terms of every variant (and broader word) found in `tokens`. */
  synonymTermsOf(tokens: readonly string[]): string[];
  /** A query's words with the lexicon's known misspellings mended ("lenght" → "length"). */
  respell(text: string): string;
  /** Whether a (tokenised) term is a word of some synonym group: field vocabulary, not a name. */
  knows(term: string): boolean;
}

interface CompiledVariant {
  tokens: string[];
  canonical: string[];
}

type Groups = Lexicon['synonyms'];

function compile(groups: Groups, withCanonical: boolean): Map<string, CompiledVariant[]> {
  const variants = groups
    .flatMap((group) => {
      const canonical = tokenize(group.canonical, true);
      const phrases = withCanonical ? [group.canonical, ...group.variants] : group.variants;
      return phrases.map((phrase) => ({ tokens: tokenize(phrase, true), canonical }));
    })
    .filter((variant) => variant.tokens.length > 0 && variant.canonical.length > 0)
    // Longest variants first, so "max execution time" wins over "execution time".
    .sort((a, b) => b.tokens.length - a.tokens.length);
  const byFirst = new Map<string, CompiledVariant[]>();
  for (const variant of variants) {
    const first = variant.tokens[0] as string;
    byFirst.set(first, [...(byFirst.get(first) ?? []), variant]);
  }
  return byFirst;
}

function matchAt(
  tokens: readonly string[],
  at: number,
  table: ReadonlyMap<string, CompiledVariant[]>,
): CompiledVariant | undefined {
  for (const variant of table.get(tokens[at] as string) ?? []) {
    if (variant.tokens.every((token, k) => tokens[at + k] === token)) return variant;
  }
  return undefined;
}

function compileSpellings(spellings: Lexicon['spellings']): (text: string) => string {
  const wrong = Object.keys(spellings).sort((a, b) => b.length - a.length);
  if (wrong.length === 0) return (text) => text;
  const lower = new Map(Object.entries(spellings).map(([from, to]) => [from.toLowerCase(), to]));
  const pattern = new RegExp(`(?<![\\p{L}\\p{N}])(?:${wrong.map(escape).join('|')})(?![\\p{L}\\p{N}])`, 'giu');
  return (text) => text.replace(pattern, (found) => lower.get(found.toLowerCase()) ?? found);
}

// One compiled table per lexicon object: the desk and its tests share lexicons, never mutate them.
const COMPILED = new WeakMap<Lexicon, SynonymTable>();

/** The lexicon's synonyms, broader words and spellings, compiled once per lexicon. */
export function synonymTableOf(lexicon: Lexicon): SynonymTable {
  const cached = COMPILED.get(lexicon);
  if (cached) return cached;
  const synonyms = compile(lexicon.synonyms, true);
  const broader = compile(lexicon.broader, false);
  const words = new Set(
    [...lexicon.synonyms, ...lexicon.broader].flatMap((group) =>
      [group.canonical, ...group.variants].flatMap((phrase) => tokenize(phrase, true)),
    ),
  );
  const table: SynonymTable = {
    canonicalizeQuery(tokens) {
      const out: string[] = [];
      for (let at = 0; at < tokens.length;) {
        const variant = matchAt(tokens, at, synonyms);
        if (variant) {
          out.push(...variant.canonical);
          at += variant.tokens.length;
        } else {
          out.push(tokens[at] as string);
          at += 1;
        }
      }
      return out;
    },
    synonymTermsOf(tokens) {
      const out = new Set<string>();
      for (let at = 0; at < tokens.length; at += 1) {
        for (const found of [matchAt(tokens, at, synonyms), matchAt(tokens, at, broader)]) {
          if (found) for (const term of found.canonical) out.add(term);
        }
      }
      return [...out];
    },
    respell: compileSpellings(lexicon.spellings),
    knows: (term) => words.has(term),
  };
  COMPILED.set(lexicon, table);
  return table;
}
