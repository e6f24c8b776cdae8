import escapeStringRegexp from 'escape-string-regexp';
import type { FactItem } from '../knowledge/item.js';
import type { GenerationContext } from './generation-context.js';
import { buildQuestion, type Outcome } from './question-draft.js';
import type { Candidate } from './pick-distractors.js';
import { type NameIndex, nameIndexOf, namesNear, saysTheSame, styleOf } from './statement-names.js';
import { article, capitalise, comparisonKey, nameKey, tidy } from './text-tools.js';

/** "Examples of zero-order drugs: Ethanol, phenytoin and verapamil": the kind, and the names given as its examples. */
export interface Examples {
  /** The kind, singular, as the notes word it ("zero-order drug"). */
  kind: string;
  /** The names given, capitalised, in the notes' order. */
  names: string[];
}

/**
 * Reads "Examples of <kinds>: A, B, C" (or "<Kinds> examples: …", "Examples of <kinds> include A, B and
 * C"). Undefined unless there are two names at least, each of one to three words with no verb or sentence
 * mark in it, and the kind is a plural of one to four words.
 */
export function readExamples(written: string): Examples | undefined {
  const text = tidy(written).replace(/\.$/, '');
  const match = /^(?:some\s+)?examples?\s+of\s+(\p{L}[\p{L}\d -]{2,50}?)(?:\s*:\s*|\s+(?:include|are)\s+)(.+)$/iu.exec(text) ?? /^(\p{L}[\p{L}\d -]{2,50}?)\s+examples?\s*:\s*(.+)$/iu.exec(text);
  if (!match) return undefined;
  const kinds = match[1]!.trim();
  const words = kinds.split(/\s+/);
  if (words.length > 4 || !/[^s]s$/i.test(words.at(-1)!)) return undefined;
  const names = match[2]!.split(/\s*,\s*(?:and\s+|or\s+)?|\s+(?:and|or)\s+/).map((name) => name.trim());
  if (names.length < 2 || names.some((name) => !/^[\p{L}\d][\p{L}\d'-]*(?:\s[\p{L}\d'-]+){0,2}$/u.test(name))) return undefined;
  return { kind: [...words.slice(0, -1), singular(words.at(-1)!)].join(' ').toLowerCase(), names: names.map(capitalise) };
}

const singular = (word: string): string => word.replace(/ies$/i, 'y').replace(/(?<=(?:sh|ch|ss|x|z))es$/i, '').replace(/s$/i, '');

/**
 * "Which of these is a zero-order drug?": the first example the answer, wrong choices names of its
 * kind written in the same notes file that the notes say none of the same of, and never another example.
 */
export function exampleQuestions(fact: FactItem, examples: Examples, context: GenerationContext): Outcome[] {
  const index = nameIndexOf(context);
  const [answer] = examples.names;
  const given = new Set(examples.names.map(comparisonKey));
  const predicate = `is ${article(examples.kind)} ${examples.kind}`;
  const statement = { form: 'subject' as const, name: answer!, predicate };
  const head = headNounPattern(examples.kind);
  return [
    buildQuestion(
      {
        item: fact,
        kind: 'definition-to-term',
        variant: 'example',
        stem: `Which of these ${predicate}?`,
        answer: answer!,
        candidates: () => [...namesNear(index, fact, answer!, false, context), ...namesOfFolder(index, fact.source.file, answer!)].filter((c) => !given.has(comparisonKey(c.text)) && ofKind(index, c.text, head)),
        // Another example is a second right answer; so is a name the notes say the same of.
        reject: (text) => given.has(comparisonKey(text)) || saysTheSame(index, text, statement),
        explanation: `The notes: “${tidy(fact.text)}”`,
      },
      context,
    ),
  ];
}

/**
 * Names of the answer's written form from the other files of its folder (the same part of the notes):
 * ones the notes say something of and write as names ("Famciclovir" beside "Ethanol"), at tier 2.
 */
function namesOfFolder(index: NameIndex, file: string, answer: string): Candidate[] {
  const folder = file.replace(/[^/]*$/, '');
  const style = styleOf(answer);
  const found: Candidate[] = [];
  for (const [other, names] of index.byFile) {
    if (other === file || other.replace(/[^/]*$/, '') !== folder) continue;
    for (const text of names) if (found.length < 128 && styleOf(text) === style && index.isThing(text) && index.saidOf.has(nameKey(text))) found.push({ text, tier: 2 });
  }
  return found;
}

/** The kind's head noun, singular or plural, as a whole word: "drug" of "zero order drug". */
const headNounPattern = (kind: string): RegExp => new RegExp(`\\b${escapeStringRegexp(kind.split(' ').at(-1)!)}(?:s|es)?\\b`, 'i');

/** True when the notes call the name a thing of the kind somewhere: a thing said of it holds the kind's head noun ("drug" for "zero order drug"). */
function ofKind(index: NameIndex, name: string, head: RegExp): boolean {
  return (index.saidOf.get(nameKey(name)) ?? []).some((said) => head.test(said));
}
