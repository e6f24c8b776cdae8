import { OPPOSITE_WORDS } from '../knowledge/english-words.js';
import { stemmer } from 'stemmer';
import { perText } from './context-index.js';

/**
 * True when two definitions say much the same thing, so a reader could take either for the other:
 * they share three distinctive words (stemmed, four letters or more) making most of the shorter one,
 * or the shorter one holds no distinctive word the other lacks. A sibling whose definition overlaps the asked one that much is a second right
 * answer by the notes (review category "wrong answer": "another choice is also right by the notes"):
 * "Capacity reserved in one zone for any duration" beside "Capacity reserved in one zone for a term".
 */
export function definitionsOverlap(a: string, b: string): boolean {
  if (contrasting(a, b) || keywordsApart(a, b)) return false;
  const left = distinctiveWords(a);
  const right = distinctiveWords(b);
  const shared = [...left].filter((word) => right.has(word)).length;
  const fewest = Math.min(left.size, right.size);
  // Three words and most of the shorter one, or all of a short one ("normal" and "variance" alone
  // beside "variances of two normal populations" is a different test: it says "unknown" too).
  return (shared >= 3 && shared * 2 > fewest) || (shared >= 2 && shared === fewest);
}

/**
 * True when two definitions are one pair seen from its two sides: opposites (`contrasting`) that
 * share at least half the distinctive words of the shorter ("Full access, including the ability to
 * grant access" / "Full access, but can not grant access"; "Legacy for all types, but not all
 * features" / "All types and latest features"). Not two that merely hold a pair of opposite words
 * somewhere ("Internal code that defines an object's actions" / "… changes in external conditions").
 */
export function pairedDefinitions(a: string, b: string): boolean {
  if (!contrasting(a, b)) return false;
  // Every word one side denies the other grants: "can not grant access to others" beside "including
  // ability to grant access to others", not beside "View access to existing resources".
  const [negated, plain] = negation.test(a) ? [a, b] : [b, a];
  if (negation.test(negated) && !opposite(a, b)) {
    const denied = distinctiveWords(negated.toLowerCase().split(negation)[2]?.split(/[,;.:(]/)[0] ?? '');
    if (![...denied].every((word) => distinctiveWords(plain).has(word))) return false;
  }
  const left = distinctiveWords(a);
  const right = distinctiveWords(b);
  const shared = [...left].filter((word) => right.has(word)).length;
  return shared >= 1 && shared * 2 >= Math.min(left.size, right.size);
}

/**
 * True when `text` says every distinctive word of `statement` (two or more), not denying it: the
 * statement is one of the things `text` says ("The -OH group means its active" in "A-ring double bond
 * means … . The -OH group means its active"). Stricter than `definitionsOverlap`, for matching a
 * statement against every sentence of other definitions: "Returns a scalar value based on an XQuery
 * expression" does not say "Returns a bit if the xQuery expression returns a nonempty result".
 */
export function saysAllOf(statement: string, text: string): boolean {
  const said = distinctiveWords(statement);
  // "defined in the FROM clause" is not said by "defined … using the WITH clause": the keywords differ.
  if (said.size < 2 || contrasting(statement, text) || keywordsApart(statement, text)) return false;
  const other = distinctiveWords(text);
  return [...said].every((word) => other.has(word));
}

/**
 * True when two definitions alike in words are opposites: one denies what the other grants ("Full
 * access, but can not grant access to others" beside "Full access, including the ability to grant
 * access to others"). They are then the best pair of choices, not two right answers. The denied words
 * must stand in the other definition: "in memory, not on disk" beside "in memory" adds a qualifier and
 * contrasts nothing. So are two that differ by a pair of opposite words ("into" / "out from").
 */
export function contrasting(a: string, b: string): boolean {
  if (opposite(a, b)) return true;
  const [negated, plain] = negation.test(a) ? [a, b] : [b, a];
  if (!negation.test(negated) || negation.test(plain)) return false;
  const denied = negated.toLowerCase().split(negation)[2] ?? '';
  const said = distinctiveWords(denied.split(/[,;.:(]/)[0] ?? '');
  const other = distinctiveWords(plain);
  return [...said].some((word) => other.has(word));
}

/**
 * True when each definition names a keyword in capitals the other does not ("defined in the FROM
 * clause" / "defined before a query using the WITH clause"; "returns DATETIME" / "returns DATETIME2"):
 * written alike, they still tell their terms apart by the name they give, which is what is asked.
 */
export function keywordsApart(a: string, b: string): boolean {
  const left = keywordsOf(a);
  const right = keywordsOf(b);
  return [...left].some((word) => !right.has(word)) && [...right].some((word) => !left.has(word));
}

const keywordsOf = (text: string): Set<string> => remembered(keywords, text, () => new Set(text.match(/(?<![\p{L}\p{N}_])\p{Lu}[\p{Lu}\p{N}_]+(?![\p{L}\p{N}_])/gu) ?? []));
const keywords = new Map<string, Set<string>>();

/** True when one definition says a word and the other its opposite, neither saying both ("into" / "out from"). */
function opposite(a: string, b: string): boolean {
  const left = sidesOf(a);
  if (left.length === 0) return false;
  const right = sidesOf(b);
  // One says only the pair's first word and the other only its second (or the reverse).
  return left.some(([pair, side]) => {
    const other = right.find(([found]) => found === pair)?.[1];
    return (side === 1 && other === 2) || (side === 2 && other === 1);
  });
}

/**
 * The opposite pairs (by index into OPPOSITE_WORDS) whose words a text says: 1 for the first word
 * only, 2 for the second only, 3 for both. Computed once per text, so comparing two definitions looks
 * at the few pairs they say instead of every pair of the list.
 */
const sidesOf = perText((text: string): ReadonlyArray<readonly [number, number]> => {
  const words = new Set(text.toLowerCase().split(/[^\p{L}]+/u));
  return OPPOSITE_WORDS.flatMap(([x, y], pair): Array<[number, number]> => {
    const side = (words.has(x) ? 1 : 0) + (words.has(y) ? 2 : 0);
    return side === 0 ? [] : [[pair, side]];
  });
}, 50_000);

const negation = /\b(not|cannot|can't|never|no)\b/i;

/** The stemmed words of four letters or more that say something: not the words every definition uses. */
function distinctiveWords(text: string): Set<string> {
  return remembered(distinctive, text, () => {
    const words = text.toLowerCase().split(/[^\p{L}\p{N}]+/u);
    return new Set(words.filter((word) => word.length >= 4 && !/^\d+$/.test(word) && !common.has(word)).map((word) => stemmer(word)));
  });
}

// Generation compares the same few thousand definitions pairwise: their word sets are remembered, up to
// a bound (callers never change a returned set).
const distinctive = new Map<string, Set<string>>();
function remembered(memo: Map<string, Set<string>>, text: string, compute: (text: string) => Set<string>): Set<string> {
  let words = memo.get(text);
  if (words === undefined) {
    if (memo.size >= 50_000) memo.clear();
    words = compute(text);
    memo.set(text, words);
  }
  return words;
}

// Words that tie no two definitions together: template and connective words.
const common = new Set(
  'that this these those with from into over under than then when where which while what your their them they there here have has been being were will would should could also only more most less each other such used uses using allows allow lets make makes like very many much some same both between within without about across through type types kind kinds'.split(' '),
);
