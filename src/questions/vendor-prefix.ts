import escapeStringRegexp from 'escape-string-regexp';
import { baseLexiconOnly } from '../knowledge/lexicon.js';

/**
 * Vendor prefixes ("AWS Lambda" is Lambda, "Azure Blob Storage" is Blob Storage) come from the lexicon,
 * never from a list in code. Builders with a generation context pass the notes' own lexicon; plain text
 * helpers without one use the base lexicon's prefixes.
 */
export function prefixPattern(prefixes: readonly string[]): RegExp {
  const alternatives = prefixAlternatives(prefixes);
  return alternatives === '' ? /^(?!)/ : new RegExp(`^(?:${alternatives})\\s+(?=\\S)`, 'i');
}

/** The prefixes as one regex alternation, longest first, any run of spaces inside one; '' for none. */
export function prefixAlternatives(prefixes: readonly string[]): string {
  return [...prefixes]
    .sort((a, b) => b.length - a.length)
    .map((p) => escapeStringRegexp(p).replace(/\s+/g, '\\s+'))
    .join('|');
}

/** The name without a leading vendor prefix: "Amazon S3" → "S3". */
export function withoutPrefix(name: string, pattern: RegExp = basePrefix): string {
  return name.replace(pattern, '');
}

/** The base lexicon's prefixes as one pattern, and as lower-case words (for stop-word lists). */
export const basePrefix = prefixPattern(baseLexiconOnly().prefixes);
export const basePrefixWords: readonly string[] = baseLexiconOnly().prefixes.filter((p) => !/\s/.test(p.trim())).map((p) => p.toLowerCase());
