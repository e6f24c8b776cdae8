import { lowerFirstWord } from './name-case.js';
import type { TermContext } from './term-context.js';
import { capitaliseSentences } from './text-tools.js';

/**
 * How a definition sentence is phrased: a verb phrase ("Tracks changes …") or a noun phrase ("A
 * serverless event bus"), and whether a noun phrase is really a whole clause. Drives the stem wording
 * and keeps verb phrases apart from noun phrases among the choices.
 */

/** "Tracks changes …", "Automatically deletes …", "Holds the images": a third-person verb first. */
export function startsWithVerb(text: string): boolean {
  const [first = '', second = '', third = ''] = text.toLowerCase().split(/\s+/);
  if (/ly$/.test(first)) return verbs.has(second) || (/[^s]s$/.test(second) && determiners.has(third));
  return verbs.has(first) || (/[^su]s$/.test(first) && determiners.has(second));
}

/** "the table is replicated …", "a trigger starts …": a whole clause, not a noun phrase to put after "is". */
export function isClause(text: string): boolean {
  // "A required parameter for the action is not supplied": a finite "is not"/"is supplied" before any
  // relative pronoun makes a clause, however many prepositions come first.
  const head = text.toLowerCase().split(/\b(?:that|which|who)\b/)[0]!;
  if (/\s(is|are|was|were)\s+(not|\w+ed)\b/.test(head)) return true;
  for (const word of text.toLowerCase().split(/\s+/).slice(1, 7)) {
    if (/^(that|which|who|to|for|with|of|in|on|from)$/.test(word)) return false;
    if (/^(is|are|was|were|has|have|can|will|gets|starts|follows|runs|means)$/.test(word) || verbs.has(word)) return true;
  }
  return false;
}

const determiners = new Set(['the', 'a', 'an', 'who', 'what', 'one', 'every', 'each', 'all', 'its', 'their', 'your', 'them', 'it', 'data', 'many', 'several']);

// Third-person verbs a definition may start with ("Tracks changes in DynamoDB tables").
const verbs = new Set(
  'accepts adds allows automates builds caches checks collects connects controls coordinates copies creates cuts delivers deletes deploys enables exports finds forwards gives handles helps holds hosts improves ingests integrates keeps lets links listens manages moves offers orchestrates passes pools provides publishes records reduces replicates routes runs scales sends serves stores supports tracks translates triggers watches'.split(
    ' ',
  ),
);

/**
 * The stem for definition → term, phrased by how the definition starts and carrying the term's context:
 * "Which of these is a serverless event bus?", "Which ECR component holds the images?", "In the Lambda
 * configuration, which of these is the language and version?".
 */
export function describedStem(definition: string, names: ReadonlySet<string>, placed: TermContext = { kind: 'none' }): string {
  // "A an oncogene …": a doubled article from the notes reads once.
  const text = lowerFirstWord(definition.replace(/^(a|an|the)\s+(?=(a|an|the)\s)/i, ''), names);
  const which = placed.kind === 'group' ? `Which ${placed.noun}` : placed.kind === 'place' ? `In ${placed.place}, which of these` : 'Which of these';
  // "the results exhibited by an object" is plural: "which of these is the results …" does not parse.
  const plural = /^the\s+\p{Ll}+[^\sisu]s\s/u.test(text);
  if (/^(a|an|the)\s/i.test(text) && !isClause(text) && !plural) return `${which} is ${text}?`;
  if (startsWithVerb(text)) return `${which} ${text}?`;
  return `${which} is described as “${capitaliseSentences(definition)}”?`;
}

/** The stem for term → definition: "Which of these best describes the API Gateway endpoint type Regional?". */
export function describesStem(term: string, placed: TermContext = { kind: 'none' }): string {
  // A group named for its first term ("Identification terms" over "identification") would say it twice.
  if (placed.kind === 'group' && !namesTerm(placed.noun, term)) return `Which of these best describes the ${placed.noun} ${term}?`;
  if (placed.kind === 'place') return `In ${placed.place}, which of these best describes ${term}?`;
  return `Which of these best describes ${term}?`;
}

/** Whether `noun` holds `term` as whole words, in any case. */
function namesTerm(noun: string, term: string): boolean {
  const words = (text: string): string => ` ${text.toLowerCase().split(/[^\p{L}\p{N}]+/u).filter(Boolean).join(' ')} `;
  return words(noun).includes(words(term));
}
