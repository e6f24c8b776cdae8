import type { Quantity } from './item.js';
import { findQuantities } from './parse-quantity.js';
import { FACET_WORDS, FUNCTION_WORDS, PRONOUN } from './english-words.js';
import { isFacet, type NameHints } from './topic-of.js';
import { LINKING_VERBS } from './english-words.js';

/**
 * One clause of a line that packs several facts: "Standard queues support up to 300 messages per
 * second" in "Standard queues support up to 300 messages per second; FIFO queues up to 3,000".
 */
export interface ParallelClause {
  /** What this clause is about, as written, without its article ("Standard queues"). */
  subject: string;
  /** The clause as the notes wrote it. */
  text: string;
  /** Where the clause starts in the line it was read from. */
  start: number;
  /** The clause's one value. */
  quantity: Quantity;
  /** The clause's words from its verb on, the verb dropped, for reading the attribute ("a timeout of 5 minutes"). */
  frame: string;
}

/**
 * Where a line may change subject: a sentence end, ";", ", and", ", while", ", whereas", ", but", ",",
 * " and ", " while ". The dot of "e.g." or "approx." ends no sentence.
 */
const CLAUSE_BREAK =
  /(?<!\b(?:e\.g|i\.e|approx|ex|vs|etc))\.\s+(?=\p{Lu})|\s*;\s*|,\s*(?:and|or|but|while|whereas)\s+|,\s+|\s+(?:and|while|whereas)\s+/gu;
/** Glue words a subject may hold inside it ("Express and Web editions", "Tier of service"). */
const INNER_GLUE = /^(?:and|or|of|&)$/i;
/** Words that say which value it is, not what it is about: "the default is …, the maximum is …". */
const ROLE_SUBJECT =
  /^(?:default|defaults|max|maximum|min|minimum|limit|limits|value|values|total|first|second|last|next|other|rest)$/i;

const tokens = (s: string): string[] => s.split(/\s+/).filter(Boolean);
const isNameToken = (t: string): boolean => /^[\p{Lu}\p{N}]/u.test(t) || /\p{Lu}.*\p{Lu}/u.test(t);

interface Piece {
  start: number;
  end: number;
}

/** The line cut at every possible clause break, then pieces without a value joined to the next one. */
function valuePieces(text: string): Piece[] {
  const raw: Piece[] = [];
  let at = 0;
  for (const m of text.matchAll(CLAUSE_BREAK)) {
    raw.push({ start: at, end: m.index });
    at = m.index + m[0].length;
  }
  raw.push({ start: at, end: text.length });
  const joined: Piece[] = [];
  let open: number | undefined;
  for (const piece of raw) {
    const start = open ?? piece.start;
    if (findQuantities(text.slice(piece.start, piece.end)).length === 0) {
      open = start;
      continue;
    }
    joined.push({ start, end: piece.end });
    open = undefined;
  }
  // A trailing remark without a value ("…, both encrypted") belongs to the last clause.
  if (open !== undefined && joined.length > 0) joined[joined.length - 1]!.end = text.length;
  return joined;
}

/** A clause's own subject: a name-like phrase of one to eight words, not a pronoun, a role or a facet. */
function subjectOf(words: string[], hints: NameHints): string | undefined {
  if (words.length === 0 || words.length > 8) return undefined;
  const first = words[0]!;
  if (!isNameToken(first) || PRONOUN.test(first) || FUNCTION_WORDS.has(first.toLowerCase())) return undefined;
  if (words.some((w) => !/\p{L}/u.test(w) || /[,:;()]/.test(w))) return undefined;
  if (words.slice(1).some((w) => FUNCTION_WORDS.has(w.toLowerCase()) && !INNER_GLUE.test(w))) return undefined;
  if (words.every((w) => ROLE_SUBJECT.test(w) || FACET_WORDS.has(w.toLowerCase()))) return undefined;
  const subject = words.join(' ');
  return isFacet(subject, hints) ? undefined : subject;
}

/**
 * The clauses of a line in parallel structure, each with its own subject and its own value:
 * "<A> is <x>, <B> is <y>, and <C> is <z>", "<A> supports <x> up to <n>; <B> up to <m>". Undefined
 * when the line is not one: fewer than two clauses, a clause with no value or with two, a clause whose
 * subject is missing, a pronoun, a role ("the maximum") or a lower-case attribute ("the retention
 * period"), subjects that repeat, values of different kinds, or a first clause with no verb to tell its
 * subject from its attribute. With `keyed`, the key names the attribute and no verb is needed
 * ("Throughput: Standard 300 per second, FIFO 3,000 per second").
 */
export function parallelClauses(text: string, hints: NameHints, keyed = false): ParallelClause[] | undefined {
  const pieces = valuePieces(text);
  if (pieces.length < 2) return undefined;
  const clauses: ParallelClause[] = [];
  let firstFrame: string | undefined;
  for (const [index, piece] of pieces.entries()) {
    const raw = text.slice(piece.start, piece.end);
    const clauseText = raw.trim().replace(/\.$/, '');
    const found = findQuantities(clauseText);
    if (found.length !== 1) return undefined;
    const quantity = found[0]!;
    const at = clauseText.indexOf(quantity.text);
    if (at < 0) return undefined;
    const before = clauseText
      .slice(0, at)
      .replace(/^(?:and|or|but|while|whereas)\s+/i, '')
      .replace(/^(?:the|an?)\s+/i, '')
      .replace(/\s*[:(=–—-]\s*$/, '');
    const after = clauseText.slice(at + quantity.text.length);
    const words = tokens(before);
    const verbAt = words.findIndex((w, i) => i > 0 && LINKING_VERBS.has(w.toLowerCase()));
    const subjectWords = verbAt >= 0 ? words.slice(0, verbAt) : words;
    const subject = subjectOf(subjectWords, hints);
    if (!subject) return undefined;
    let frameWords: string[] = [];
    if (verbAt >= 0) {
      frameWords = words.slice(verbAt);
      while (frameWords.length > 0 && LINKING_VERBS.has(frameWords[0]!.toLowerCase())) frameWords.shift();
    }
    // An elided verb ("…; FIFO queues up to 3,000") borrows the first clause's words before its value.
    const lead = verbAt >= 0 ? frameWords.join(' ') : (firstFrame ?? '');
    if (index === 0) {
      if (verbAt < 0 && !keyed) return undefined;
      firstFrame = lead;
    }
    clauses.push({
      subject,
      text: clauseText,
      start: piece.start + raw.length - raw.trimStart().length,
      quantity,
      frame: `${lead} ${quantity.text}${after}`.trim(),
    });
  }
  const subjects = new Set(clauses.map((c) => c.subject.toLowerCase()));
  const kinds = new Set(clauses.map((c) => c.quantity.dimension));
  return subjects.size === clauses.length && kinds.size === 1 ? clauses : undefined;
}
