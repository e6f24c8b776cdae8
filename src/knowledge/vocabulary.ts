import escape from 'escape-string-regexp';
import { baseLexiconOnly, type Lexicon } from './lexicon.js';

/**
 * What the topic rules know about names while reading one note: the lexicon's names and vendor prefixes
 * ("AWS", "Google Cloud"), plus words this note writes capitalised in mid-sentence (evidence that a plain
 * word is a name here). Built once per note; the rules in topic-of.ts read vocabulary only from here.
 */
export interface NameHints {
  /** Whether `word` (lower case) is a name here although it looks like an ordinary word. */
  has(word: string): boolean;
  /** A vendor prefix in front of a capitalised word ("AWS " in "AWS Lambda"), global: for replace. */
  readonly vendor: RegExp;
  /** Whether `word` is a vendor prefix by itself ("aws", "amazon"), case-insensitively. */
  isVendor(word: string): boolean;
  /** Whether the lexicon lists `heading` as a facet ("Exam Tips"), case-insensitively. */
  isFacet(heading: string): boolean;
}

export function nameHints(lexicon: Lexicon, noteWords: Iterable<string> = []): NameHints {
  const names = new Set([...lexicon.names.map((n) => n.toLowerCase()), ...noteWords]);
  const prefixes = [...lexicon.prefixes].sort((a, b) => b.length - a.length);
  const vendorWords = new Set(prefixes.filter((p) => !p.includes(' ')).map((p) => p.toLowerCase()));
  const vendor =
    prefixes.length > 0
      ? new RegExp(`\\b(?:${prefixes.map(escape).join('|')})\\s+(?=[\\p{Lu}\\p{N}])`, 'gu')
      : /(?!)/gu;
  const facets = new Set(lexicon.facets.map((f) => f.toLowerCase()));
  return {
    has: (word) => names.has(word),
    vendor,
    isVendor: (word) => vendorWords.has(word.toLowerCase()),
    isFacet: (heading) => facets.has(heading.toLowerCase()),
  };
}

/** The base lexicon's hints, for callers that read no note (and tests). */
export const BASE_HINTS: NameHints = nameHints(baseLexiconOnly());
