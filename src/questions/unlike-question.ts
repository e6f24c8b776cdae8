import type { FactItem } from '../knowledge/item.js';
import type { GenerationContext } from './generation-context.js';
import { buildQuestion, type Outcome } from './question-draft.js';
import { containsWords, contentWords } from './text-tools.js';

/**
 * A sentence that tells two things apart with "unlike": "Unlike SQS, SNS can push messages to every
 * subscriber", "SNS, unlike SQS, pushes …", "unlike CNAME records, you can map an Alias record to a
 * zone apex". It is asked as
 * "Comparing Alias records and CNAME records, which can you map to a zone apex?": the thing the
 * sentence holds it of is the answer, the thing set against it and "Both of them" the wrong choices
 * (the sentence says the other cannot). The two must be of one kind (names, or one head noun:
 * "Alias records" / "CNAME records"); an example after a comma ("e.g. company.com") is left out.
 */
export function unlikeQuestions(item: FactItem, context: GenerationContext): Outcome[] {
  if (item.quantity || item.negated) return [];
  const read = readUnlike(item.text);
  if (!read) return [];
  const { thing, other, asked } = read;
  if (containsWords(asked, thing) || containsWords(asked, other)) return [{ skip: 'the contrasted statement names a thing it contrasts', item }];
  if (contentWords(asked).length < 3) return [{ skip: 'the contrasted statement says too little to tell the things apart', item }];
  return [
    buildQuestion(
      {
        item,
        kind: 'comparison',
        variant: 'unlike',
        stem: `Comparing ${thing} and ${other}, ${asked}?`,
        answer: thing,
        candidates: [{ text: other, tier: 0 }],
        extraChoices: ['Both of them'],
        stemNamesChoices: true,
        explanation: `The notes: “${read.sentence}”`,
      },
      context,
    ),
  ];
}

interface UnlikeReading {
  thing: string;
  other: string;
  /** The question's clause: "which can you map to a Zone Apex". */
  asked: string;
  sentence: string;
}

// "unlike CNAME records, <clause>" up to the sentence's end.
const UNLIKE = /\bunlike\s+(?:an?\s+|the\s+)?([^,.;]{2,40}?),\s+([^.;!?]+)/i;
// "<Name> can …", "<Name> records are …": the thing, then an auxiliary that begins what is said of it.
const SUBJECT_FIRST = /^(?:an?\s+|the\s+)?((?:[\p{Lu}\d][\p{L}\d-]*\s+)*[\p{Lu}\d][\p{L}\d-]*(?:\s+\p{Ll}+)?)\s+((?:can(?:not)?|can't|cannot|does(?:n't| not)?|is(?:n't| not)?|are(?:n't| not)?|has|have|supports?|allows?|lets)\b.*)$/u;
// "you can map an Alias record to …": the thing as the object of what the reader can do, then a
// preposition ("a Flexible tier object within …" is a compound the pattern cannot split).
const YOU_CAN = /^you\s+(can|may)\s+(\p{Ll}+)\s+(?:an?\s+|the\s+)?((?:[\p{Lu}\d][\p{L}\d-]*\s+)*[\p{Lu}\d][\p{L}\d-]*(?:\s+\p{Ll}+)?)\s+((?:to|from|into|onto|in|on|at|with|within|without|for|as|across|behind|inside|over|under|between)\s.*)$/u;

// "SNS, unlike …": a name alone before the inserted "unlike" phrase.
const INSERTED = /^\s*(?:an?\s+|the\s+)?((?:[\p{Lu}\d][\p{L}\d-]*\s+)*[\p{Lu}\d][\p{L}\d-]*(?:\s+\p{Ll}+)?),\s*$/u;
// What the thing does: an auxiliary, or a verb in the third person ("pushes", "keeps").
const DOES = /^(?:(?:can(?:not)?|can't|does(?:n't| not)?|is(?:n't| not)?|are(?:n't| not)?|has|have)\s|\p{Ll}{2,}s\s)/u;

/** The two things and the clause an "unlike" sentence of `text` sets between them, or undefined. */
function readUnlike(text: string): UnlikeReading | undefined {
  const match = UNLIKE.exec(text);
  if (!match) return undefined;
  const other = match[1]!.trim();
  // What follows a comma is an example or an aside ("e.g. company.com", "i.e. without …").
  const clause = match[2]!.split(/,\s+/)[0]!.trim();
  const sentence = text.slice(text.lastIndexOf('.', match.index) + 1, match.index + match[0].length).trim();
  // "SNS, unlike SQS, pushes messages …": the thing opens the sentence and the clause is what it does.
  const before = INSERTED.exec(text.slice(text.lastIndexOf('.', match.index) + 1, match.index));
  if (before) {
    const thing = ofKind(before[1]!, other);
    return thing && DOES.test(clause) ? { thing, other, asked: `which ${clause}`, sentence } : undefined;
  }
  const subject = SUBJECT_FIRST.exec(clause);
  if (subject) {
    const thing = ofKind(subject[1]!, other);
    return thing ? { thing, other, asked: `which ${subject[2]!}`, sentence } : undefined;
  }
  const object = YOU_CAN.exec(clause);
  if (!object) return undefined;
  const thing = ofKind(object[3]!, other);
  return thing ? { thing, other, asked: `which ${object[1]!} you ${object[2]!} ${object[4]!}`, sentence } : undefined;
}

/**
 * `name` written as `other` is ("Alias record" beside "CNAME records" → "Alias records"), when the two
 * are of one kind: both names, or one head noun. Undefined otherwise.
 */
function ofKind(name: string, other: string): string | undefined {
  const words = name.split(/\s+/);
  const otherWords = other.split(/\s+/);
  const head = (word: string): string => word.toLowerCase().replace(/s$/, '');
  const last = words.at(-1)!;
  const otherLast = otherWords.at(-1)!;
  if (/^\p{Ll}/u.test(last)) {
    // "Alias record" and "CNAME records": one head noun, a name before each.
    if (words.length < 2 || otherWords.length < 2 || head(last) !== head(otherLast) || !/^\p{Lu}/u.test(otherWords[0]!)) return undefined;
    return [...words.slice(0, -1), otherLast].join(' ');
  }
  // Two names: "SNS" beside "SQS".
  return /^[\p{Lu}\d]/u.test(other) ? name : undefined;
}
