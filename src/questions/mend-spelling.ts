import { stemmer } from 'stemmer';
import { correctionsOf, isEnglishWord } from '../knowledge/english-spelling.js';
import { perContext } from './context-index.js';
import type { GenerationContext } from './generation-context.js';
import { textsOf } from './mend-typos.js';
import type { Question } from './question-schema.js';

/**
 * Misspellings the notes make and a question would copy ("propogate", "revord", "the the"): the r11
 * review marked such questions garbled. A word of the stem, the choices or the explanation is mended
 * when it is no English word, not the notes' own (written in two places of the notes or more, or in a
 * name) and one edit from exactly one dictionary word (or of several, from the one the notes write)
 * that the notes write elsewhere, or another form of it. A word with no such correction is left as
 * written (technical vocabulary: "kubelet", "etcd"). A word written twice in a row is written once, and
 * a space typed a letter late is put back ("fromt he"). Code spans, a command's choices, capitalised
 * names in mid-sentence, words joined to digits, dots, slashes or hyphens, words under five letters and
 * any non-Latin script are left alone.
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
  return text
    .split(/(`[^`]*`)/)
    .map((part, index) => (index % 2 === 1 ? part : mendPart(part, vocabulary)))
    .join('');
}

// Lower case only: a doubled name ("Walla Walla", "Bora Bora") is meant.
const doubled = /(?<![\p{L}\p{N}])([a-z]+)\s+\1(?![\p{L}\p{N}])/gu;
/** Doubles that English writes on purpose ("that that", "had had"). */
const meantTwice = new Set(['that', 'had']);
const word = /(?<![\p{L}\p{N}_./\\@#$%&*=+'’-])(\p{Lu}?)([a-z]+)(?![\p{L}\p{N}_/\\@#$%&*=+'’-]|\.[\p{L}\p{N}])/gu;

/** A space typed a letter late ("fromt he"): a word's last letter belongs to the short word after it. */
const lateSpace = /(?<![\p{L}\p{N}_./\\@'’-])([a-z]{4,})([a-z]) ([a-z]{1,3})(?![\p{L}\p{N}_/\\@'’-])/gu;

function mendPart(part: string, vocabulary: Vocabulary): string {
  const once = part
    .replace(doubled, (pair, first: string) => (meantTwice.has(first.toLowerCase()) ? pair : first))
    .replace(lateSpace, (pair, head: string, letter: string, next: string) =>
      !vocabulary.own.has(head + letter) && !isEnglishWord(head + letter) && isEnglishWord(head) && isEnglishWord(letter + next) ? `${head} ${letter}${next}` : pair,
    );
  return once.replace(word, (whole, capital: string, rest: string, offset: number) => {
    // A capital in mid-sentence marks a name.
    if (capital && !/^\s*$|[.!?:]\s+$|^\s*["“(]$/u.test(once.slice(Math.max(0, offset - 3), offset))) return whole;
    const lower = (capital + rest).toLowerCase();
    // A word alone in brackets names what comes before it ("muscle contraction (miosis)").
    if (lower.length < 5 || vocabulary.own.has(lower) || /\($/.test(once.slice(offset - 1, offset)) && once[offset + whole.length] === ')') return whole;
    let mended = vocabulary.mended.get(lower);
    if (mended === undefined) {
      mended = isEnglishWord(lower) ? lower : (correctionOf(lower, vocabulary) ?? lower);
      vocabulary.mended.set(lower, mended);
    }
    return mended === lower ? whole : capital ? mended.charAt(0).toUpperCase() + mended.slice(1) : mended;
  });
}

/**
 * The one dictionary word one edit away, or of several the one the notes write, when the notes write it
 * or another form of it ("propagation" for "propogate"). The dictionary alone is no proof: a rare word
 * it lacks is often one edit from a common one ("pupillary" / "papillary", "miosis" / "mitosis").
 */
function correctionOf(word: string, vocabulary: Vocabulary): string | undefined {
  const corrections = correctionsOf(word);
  const written = corrections.filter((correction) => vocabulary.written.has(correction));
  const [sole] = corrections.length === 1 ? corrections : written.length === 1 ? written : [];
  return sole && (vocabulary.written.has(sole) || vocabulary.stems.has(stemmer(sole))) ? sole : undefined;
}

interface Vocabulary {
  /** Lower-case words the notes write anywhere, and their Porter stems. */
  written: ReadonlySet<string>;
  stems: ReadonlySet<string>;
  /** Lower-case words the notes write in two places or more, or in names: the notes' own words. */
  own: Set<string>;
  /** Words already looked at: the word itself when it stays. */
  mended: Map<string, string>;
}

const vocabularyOf = perContext((context): Vocabulary => {
  const seen = new Map<string, string>();
  const own = new Set<string>();
  for (const item of context.items) {
    const place = `${item.source.file}:${item.source.line}`;
    for (const text of textsOf(item)) {
      for (const found of text.toLowerCase().match(/[a-z]+/g) ?? []) {
        const first = seen.get(found);
        if (first === undefined) seen.set(found, place);
        else if (first !== place) own.add(found);
      }
    }
  }
  for (const name of [...context.names, ...(context.lexicon?.names ?? [])]) {
    for (const found of name.toLowerCase().match(/[a-z]+/g) ?? []) own.add(found);
  }
  return { own, written: new Set(seen.keys()), stems: new Set([...seen.keys()].map((found) => stemmer(found))), mended: new Map() };
});
