import { perText } from './context-index.js';
import { basePrefixWords, withoutPrefix } from './vendor-prefix.js';

/**
 * Small text helpers shared by the question builders: normalising for comparison, turning note
 * fragments into sentence parts. Pure functions, no knowledge of items.
 */

// The one stop-word list of src/questions (English function words), plus the lexicon's vendor words.
const stopwords = new Set([
  'a', 'an', 'the', 'of', 'to', 'in', 'on', 'for', 'and', 'or', 'by', 'with', 'as', 'at', 'is', 'are', 'be',
  'it', 'its', 'from', 'that', 'this', 'which', 'what', 'these', 'those', 'not', 'no', 'can', 'per', 'via',
  'you', 'your', 'into', 'do', 'does', 'has', 'have', 'one', 'use', 'used',
  ...basePrefixWords,
]);

// English words that say nothing of a text's matter though `contentWords` keeps them (kept there so
// the other builders' word tests stay as they were): for comparing what two texts are about.
const broadWords = new Set(
  'within without across between after before during under over also only each every other some such very most all any both more less than when where while there their them they then about many much well like make makes made using based same different new way'.split(' '),
);

/** `contentWords` without the words that say nothing of a text's matter ("within", "across", "many"). */
export function matterWords(text: string): string[] {
  return contentWords(text).filter((word) => !broadWords.has(word));
}

/** Lower case, markdown and punctuation dropped, spaces collapsed: the key two choices are compared by. */
export function comparisonKey(text: string): string {
  let key = recentKeys.get(text);
  if (key === undefined) {
    key = normalise(text);
    if (recentKeys.size >= 100_000) recentKeys.clear();
    recentKeys.set(text, key);
  }
  return key;
}

// Generation compares the same few thousand texts (terms, choices, stems) over and over: their keys are
// remembered, up to a bound so a long-running process does not grow without limit.
const recentKeys = new Map<string, string>();

function normalise(text: string): string {
  return text
    .toLowerCase()
    .replace(/[`*_"“”'’]/g, '')
    // A sign standing alone stays ("a - b", "a / b", "a × b" are three formulas); a dash or slash at a
    // word's edge ("-flag", "and/") goes.
    .replace(/(?<=^|\s)-(?=\s|$)/gu, '−')
    .replace(/(?<=^|\s)\/(?=\s|$)/gu, '÷')
    .replace(/[^\p{L}\p{N}$.@/+×÷−-]+/gu, ' ')
    .replace(/(^|\s)[.\-/]+|[.\-/]+(?=\s|$)/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

/** comparisonKey without a leading vendor prefix (the lexicon's): "Amazon S3" and "S3" are one choice. */
export function nameKey(text: string): string {
  return withoutPrefix(comparisonKey(text));
}

/** The words of a text that carry meaning, lower-cased, with a plural `s` dropped. */
export function contentWords(text: string): string[] {
  // A copy: a caller may change its list.
  return wordsOf(text).slice();
}

const wordsOf = perText((text): readonly string[] =>
  comparisonKey(text)
    .split(' ')
    .filter((word) => word.length > 0 && !stopwords.has(word))
    .map((word) => (word.length > 3 && word.endsWith('s') && !word.endsWith('ss') ? word.slice(0, -1) : word)),
);

/** True when `needle` occurs in `haystack` as whole words (case, markdown and punctuation ignored). */
export function containsWords(haystack: string, needle: string): boolean {
  const key = comparisonKey(needle);
  if (key === '') return false;
  return ` ${comparisonKey(haystack)} `.includes(` ${key} `);
}

/**
 * True when `part` occurs in `text` with no letter or digit right before or after it, case as written:
 * what `(?<![\p{L}\p{N}])part(?![\p{L}\p{N}])` tests, without building a RegExp for each `part`.
 */
export function occursAlone(text: string, part: string): boolean {
  for (let at = text.indexOf(part); at !== -1; at = text.indexOf(part, at + 1)) {
    const before = at === 0 ? '' : String.fromCodePoint(codePointBefore(text, at));
    const after = at + part.length >= text.length ? '' : String.fromCodePoint(text.codePointAt(at + part.length)!);
    if (!LETTER_OR_DIGIT.test(before) && !LETTER_OR_DIGIT.test(after)) return true;
    if (at >= text.length) break;
  }
  return false;
}

const LETTER_OR_DIGIT = /^[\p{L}\p{N}]$/u;

/** The code point that ends just before `at` (a surrogate pair read whole). */
function codePointBefore(text: string, at: number): number {
  const low = text.charCodeAt(at - 1);
  if (low >= 0xdc00 && low <= 0xdfff && at >= 2) {
    const high = text.charCodeAt(at - 2);
    if (high >= 0xd800 && high <= 0xdbff) return text.codePointAt(at - 2)!;
  }
  return low;
}

/** Trims, drops trailing punctuation other than `?`/`)`, and collapses inner whitespace. */
// Builders tidy the same note lines and fragments again for each question they try: kept per text.
export const tidy = perText((text: string): string => text.replace(/\s+/g, ' ').trim().replace(/[\s.,;:–-]+$/u, ''));

/** Lower-cases the first letter of a capitalised word ("Synchronous replication" → "synchronous replication"), never of an acronym ("EBS"). */
export const lowerFirst = (text: string): string => (/^\p{Lu}\p{Ll}/u.test(text) ? text.charAt(0).toLowerCase() + text.slice(1) : text);

/** A lower-case noun and its plural alike: "viruses" and "virus", "policies" and "policy", "firewalls" and "firewall". */
export function singularOf(word: string): string {
  if (/ies$/.test(word)) return `${word.slice(0, -3)}y`;
  if (/(ss|sh|ch|x|us)es$/.test(word)) return word.slice(0, -2);
  return /[^su]s$/.test(word) ? word.slice(0, -1) : word;
}

/** Upper-cases the first letter. */
export function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

const sentenceStart = /([a-z0-9)][.!?](?<!\b(?:e\.g|i\.e|etc|vs|cf|approx|incl)\.)\s+)(\p{Ll})(?=\p{Ll}*(?:[;:]|\s(?!-)|$))/gu;

/**
 * Every sentence starts with a capital: "… at the same time. it causes …" → "… at the same time. It
 * causes …". A code name is written as it is ("sys.dm_exec_requests", "kube-public", "chage -d 0"), and
 * so is a term before a comma ("umask, by contrast"); an abbreviation's dot ends no sentence ("e.g. if").
 */
export function capitaliseSentences(text: string): string {
  return capitalise(text).replace(sentenceStart, (_, end: string, letter: string) => end + letter.toUpperCase());
}

/** A sentence ends with one full stop: "Lambda runs code" → "Lambda runs code." */
export function asSentence(text: string): string {
  const clean = capitalise(text.replace(/\s+/g, ' ').trim());
  return /[.!?)]$/.test(clean) ? (clean.endsWith(')') ? `${clean}.` : clean) : `${clean}.`;
}

/** "a" or "an" for the word that follows ("an S3 bucket", "a unified view", "an hour"). */
export function article(word: string): 'a' | 'an' {
  // Acronyms read letter by letter: an SNS topic, an S3 bucket, a URL.
  if (/^[FHLMNRSX](?=[A-Z0-9]|$)/.test(word)) return 'an';
  if (/^U(?=[A-Z])/.test(word) || /^(one|uni|use|usu|eu)/i.test(word)) return 'a';
  return /^([aeiou]|hour|honest)/i.test(word) ? 'an' : 'a';
}
