import { stemmer } from 'stemmer';
import { correctionsOf, isEnglishWord } from '../knowledge/english-spelling.js';
import type { Item } from '../knowledge/item.js';
import { perContext } from './context-index.js';
import type { GenerationContext } from './generation-context.js';
import type { Question } from './question-schema.js';

/**
 * Misspellings and typing slips the notes make and a question would copy ("propogate", "colnies",
 * "the the", "fromt he"): the r7 and r11 reviews marked such questions garbled. One mechanism, over one
 * list of the notes' words (`vocabularyOf`), mends a word in this order:
 * 1. the lexicon's known misspellings;
 * 2. a word the notes write once or twice, one letter (dropped, added, or two neighbours swapped) from a
 *    word of six letters or more that they write at least three times and ten times as often ("colnies"
 *    beside "colonies"), when the two are not forms of one word ("swarmings" / "swarming");
 * 3. a word no English dictionary knows and not the notes' own (written in two places or more, or in a
 *    name), one edit from exactly one dictionary word (or of several, from the one the notes write) that
 *    the notes write, or another form of it ("propagation" for "propogate"), and not the word less its ending.
 * A word with no such correction is left as written (technical vocabulary: "kubelet", "etcd"). A word
 * written twice in a row is written once, two articles in a row are the second, and a space typed a letter
 * late is put back. Code spans, a command's choices, capitalised names in mid-sentence or with a capital
 * inside ("ElastiCache"), a word alone in brackets, words joined to digits, dots, slashes or hyphens,
 * words under five letters and any non-Latin script are left alone.
 */
export function mendSpelling(question: Question, context: GenerationContext): Question {
  const mend = (text: string): string => mendText(text, context);
  // A command's choices are code, written as the tool spells them.
  const choices = question.kind === 'command' ? question.choices : question.choices.map(mend);
  const distinct = new Set(choices.map((choice) => choice.toLowerCase())).size === choices.length;
  return { ...question, stem: mend(question.stem), choices: distinct ? choices : question.choices, explanation: mend(question.explanation) };
}

/** `text` with its misspellings mended, outside code spans. */
export function mendText(text: string, context: GenerationContext): string {
  const vocabulary = vocabularyOf(context);
  const spellings = context.lexicon?.spellings ?? {};
  return text
    .split(/(`[^`]*`)/)
    .map((part, index) => (index % 2 === 1 ? part : mendPart(part, vocabulary, spellings)))
    .join('');
}

// Lower case only: a doubled name ("Walla Walla", "Bora Bora") is meant.
const doubled = /(?<![\p{L}\p{N}])([a-z]+)\s+\1(?![\p{L}\p{N}])/gu;
/** Doubles that English writes on purpose ("that that", "had had"). */
const meantTwice = new Set(['that', 'had']);
/** Two articles in a row ("a an oncogene"): the one written last fits the word after it. */
const twoArticles = /(?<![\p{L}\p{N}])(?:a|an|the)\s+(a|an|the)(?=\s)/giu;
const word = /(?<![\p{L}\p{N}_./\\@#$%&*=+'’-])(\p{Lu}?)([a-z]+)(?![\p{L}\p{N}_/\\@#$%&*=+'’-]|\.[\p{L}\p{N}])/gu;

/** A space typed a letter late ("fromt he"): a word's last letter belongs to the short word after it. */
const lateSpace = /(?<![\p{L}\p{N}_./\\@'’-])([a-z]{4,})([a-z]) ([a-z]{1,3})(?![\p{L}\p{N}_/\\@'’-])/gu;

function mendPart(part: string, vocabulary: Vocabulary, spellings: Readonly<Record<string, string>>): string {
  const once = part
    .replace(doubled, (pair, first: string) => (meantTwice.has(first.toLowerCase()) ? pair : first))
    .replace(twoArticles, (pair, second: string, offset: number) => (offset === 0 && /^\p{Lu}/u.test(pair) ? second.charAt(0).toUpperCase() + second.slice(1) : second))
    .replace(lateSpace, (pair, head: string, letter: string, next: string) =>
      !vocabulary.own.has(head + letter) && !isEnglishWord(head + letter) && isEnglishWord(head) && isEnglishWord(letter + next) ? `${head} ${letter}${next}` : pair,
    );
  const known = once.replace(/(?<![\p{L}\p{N}])[A-Za-z]+(?![\p{L}\p{N}])/gu, (found) => {
    const right = spellings[found.toLowerCase()];
    return right ? sameCase(found, right) : found;
  });
  return known.replace(word, (whole, capital: string, rest: string, offset: number) => {
    // A capital in mid-sentence marks a name.
    if (capital && !/^\s*$|[.!?:]\s+$|^\s*["“(]$/u.test(known.slice(Math.max(0, offset - 3), offset))) return whole;
    const lower = (capital + rest).toLowerCase();
    // A word alone in brackets names what comes before it ("muscle contraction (miosis)").
    if (lower.length < 5 || (/\($/.test(known.slice(offset - 1, offset)) && known[offset + whole.length] === ')')) return whole;
    let mended = vocabulary.mended.get(lower);
    if (mended === undefined) {
      mended = notesWord(lower, vocabulary) ?? (vocabulary.own.has(lower) || isEnglishWord(lower) ? lower : (correctionOf(lower, vocabulary) ?? lower));
      vocabulary.mended.set(lower, mended);
    }
    return mended === lower ? whole : sameCase(whole, mended);
  });
}

/**
 * Step 2: the word one letter away that the notes write at least three times and ten times as often, if
 * one stands out. Only words of six letters or more: shorter ones have real words one letter away too
 * often ("form" / "from"). Letter changes in place ("routes" / "router") are never mended: both are words.
 */
function notesWord(word: string, { counts, dropped }: Vocabulary): string | undefined {
  const own = counts.get(word) ?? 1;
  if (word.length < 6 || own > 2) return undefined;
  let best: string | undefined;
  let bestCount = 0;
  const consider = (candidate: string): void => {
    const count = counts.get(candidate) ?? 0;
    if (count >= 3 && count >= 10 * own && count > bestCount && !sameRoot(word, candidate)) [best, bestCount] = [candidate, count];
  };
  // One letter dropped, or two neighbours swapped; then the words that drop a letter to give this one.
  for (let i = 0; i < word.length; i += 1) consider(word.slice(0, i) + word.slice(i + 1));
  for (let i = 0; i + 1 < word.length; i += 1) consider(word.slice(0, i) + word[i + 1] + word[i] + word.slice(i + 2));
  for (const candidate of dropped.get(word) ?? []) consider(candidate);
  return best;
}

/**
 * Step 3: the one dictionary word one edit away, or of several the one the notes write, when the notes
 * write it or another form of it. The dictionary alone is no proof: a rare word it lacks is often one
 * edit from a common one ("pupillary" / "papillary", "miosis" / "mitosis").
 */
function correctionOf(word: string, { counts, stems }: Vocabulary): string | undefined {
  const corrections = correctionsOf(word);
  const written = corrections.filter((correction) => counts.has(correction));
  const [sole] = corrections.length === 1 ? corrections : written.length === 1 ? written : [];
  // The correction with an ending added ("swarmings" / "swarming") is another form of it, no typo.
  return sole && !word.startsWith(sole) && (counts.has(sole) || stems.has(stemmer(sole))) ? sole : undefined;
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

/** The notes' words: one list, read once per run, that every step above consults. */
interface Vocabulary {
  /** How often the notes write each lower-case word, over every item's text. */
  counts: ReadonlyMap<string, number>;
  /** The Porter stems of those words. */
  stems: ReadonlySet<string>;
  /** Each word of seven letters or more written three times or more, under every spelling of it with one letter dropped. */
  dropped: ReadonlyMap<string, string[]>;
  /** Lower-case words the notes write in two places or more, or in names: the notes' own words. */
  own: ReadonlySet<string>;
  /** Words already looked at: the word itself when it stays. */
  mended: Map<string, string>;
}

const vocabularyOf = perContext((context): Vocabulary => {
  const counts = new Map<string, number>();
  const firstPlace = new Map<string, string>();
  const own = new Set<string>();
  for (const item of context.items) {
    const place = `${item.source.file}:${item.source.line}`;
    for (const text of textsOf(item)) {
      for (const found of text.toLowerCase().match(/[a-z]+/g) ?? []) {
        counts.set(found, (counts.get(found) ?? 0) + 1);
        const first = firstPlace.get(found);
        if (first === undefined) firstPlace.set(found, place);
        else if (first !== place) own.add(found);
      }
    }
  }
  for (const name of [...context.names, ...(context.lexicon?.names ?? [])]) {
    for (const found of name.toLowerCase().match(/[a-z]+/g) ?? []) own.add(found);
  }
  const dropped = new Map<string, string[]>();
  for (const [found, count] of counts) {
    if (count < 3 || found.length < 7) continue;
    for (let i = 0; i < found.length; i += 1) {
      const typo = found.slice(0, i) + found.slice(i + 1);
      const words = dropped.get(typo);
      if (!words) dropped.set(typo, [found]);
      else if (!words.includes(found)) words.push(found);
    }
  }
  return { counts, stems: new Set([...counts.keys()].map((found) => stemmer(found))), dropped, own, mended: new Map() };
});

/** The text an item shows, as the notes write it. */
function textsOf(item: Item): string[] {
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
