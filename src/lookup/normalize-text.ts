import { stemmer as porter } from 'stemmer';

/**
 * Text → search terms, shared by the index (notes) and the queries (people), so both sides agree on
 * what a "word" is. Queries are untrusted: `cleanQuery` bounds and sanitises them before anything else.
 */

/** Queries are cut to this many characters before tokenising: no real lookup needs more. */
const MAX_QUERY_CHARS = 160;
/** At most this many terms of a query are searched (keeps fuzzy search bounded). */
export const MAX_QUERY_TERMS = 8;
/** Longer "words" are noise (hashes, base64, a pasted wall of text) and are dropped. */
const MAX_TERM_CHARS = 32;

// Words that carry no meaning in a lookup ("what is the max memory of aws lambda").
const STOP_WORDS = new Set([
  'a',
  'an',
  'the',
  'of',
  'for',
  'in',
  'on',
  'to',
  'and',
  'or',
  'is',
  'are',
  'be',
  'by',
  'with',
  'at',
  'what',
  'whats',
  'which',
  'how',
  'much',
  'many',
  'does',
  'do',
  'can',
  'its',
  'it',
  'me',
  'my',
  'i',
  'aws',
  'amazon',
  'max',
  'maximum',
  'min',
  'minimum',
  'limit',
  'quota',
  'allowed',
  'per',
  'about',
]);

/**
 * Bounds and sanitises a raw query: not a string → empty; NFKC; control, format (bidi) and private-use
 * characters removed; whitespace collapsed; cut to MAX_QUERY_CHARS. Never throws.
 */
export function cleanQuery(raw: unknown): string {
  if (typeof raw !== 'string') return '';
  // Cut before normalising too, so a 10 MB query costs no more than a short one.
  const head = raw.slice(0, MAX_QUERY_CHARS * 2);
  let text: string;
  try {
    text = head.normalize('NFKC');
  } catch {
    text = head; // lone surrogates can make normalize throw on some engines
  }
  return text
    .replace(/[\p{C}]/gu, ' ')
    .replace(/\s+/gu, ' ')
    .trim()
    .slice(0, MAX_QUERY_CHARS)
    .trim();
}

/** A short, printable form of the query for echoing it back in a reply. */
export function displayQuery(cleaned: string, max = 60): string {
  const chars = Array.from(cleaned);
  return chars.length <= max ? cleaned : `${chars.slice(0, max - 1).join('')}…`;
}

/**
 * English stemming (Porter's algorithm, from the `stemmer` package), so word forms meet: "executions"
 * and "execute", "integrates" and "integration", "requires" and "requirements". Applied identically to
 * notes and queries, so it only has to be consistent; words with digits ("ec2", "s3") are kept whole.
 */
const STEMS = new Map<string, string>();
export function stem(word: string): string {
  if (/\p{N}/u.test(word)) return word;
  let stemmed = STEMS.get(word);
  if (stemmed === undefined) {
    stemmed = porter(word);
    // A bounded cache: notes reuse a small vocabulary, queries are untrusted.
    if (STEMS.size < 50_000) STEMS.set(word, stemmed);
  }
  return stemmed;
}

/**
 * Splits text into lower-case, stemmed terms. A compound written without spaces ("x-ray",
 * "lambda@edge", "node.js") gives its parts and the joined form, so "xray" and "x ray" both meet it.
 * With `keepStopWords` false (the default) stop words are dropped.
 */
export function tokenize(text: string, keepStopWords = false): string[] {
  const out: string[] = [];
  // Bilingual notes glue English to Chinese or Japanese ("EAR例题", "2-10年"): the scripts are split
  // apart, so the English words are found as typed; a run of CJK characters stays one term.
  // After a number, the first CJK character is its unit or counter ("10天内" → "10", "天", "内").
  const spaced = CJK.test(text) ? text.replace(CJK_RUN, ' $& ').replace(CJK_UNIT, '$1 $2 ') : text;
  for (const word of spaced.toLowerCase().split(/[\s,;:!?()[\]{}"'`*_|<>=+~^#$%]+/u)) {
    const parts = word.split(/[^\p{L}\p{N}]+/u).filter((part) => part.length > 0);
    const pieces = parts.length > 1 ? [...parts, parts.join('')] : parts;
    for (const piece of pieces) {
      if (piece.length > MAX_TERM_CHARS) continue;
      const term = stem(piece);
      if (!keepStopWords && (STOP_WORDS.has(piece) || STOP_WORDS.has(term))) continue;
      out.push(term);
    }
  }
  return out;
}

const CJK = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/u;
const CJK_UNIT = /(\p{N}) ([\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}])/gu;
const CJK_RUN = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]+/gu;

// Stop words as the stemmer leaves them ("aws" → "aw"), so a stemmed term can be checked too.
const STOP_STEMS = new Set([...STOP_WORDS].map((word) => stem(word)));

/** Whether a (stemmed) term is a stop word. */
export function isStopWord(term: string): boolean {
  return STOP_WORDS.has(term) || STOP_STEMS.has(term);
}
