import { isStopWord, stem } from './normalize-text.js';

/** A label longer than this many words is a sentence, not something a person types. */
const MAX_LABEL_WORDS = 6;

// Shell and code: flags ("--boot-disk-type", "-r"), prompts and variables ("$"), assignments, pipes.
const CODE_WORD = /^(?:--?\p{L}|\$)|[=|<>{}`\\]|\/[^/\s]+\//u;
// Chapter and step numbers ("13.2", "3.", "1)"): how notes are arranged, not what they say.
const NUMBERING = /^\d+(?:[.)]\d*)*[.)]?$/u;

// Words that make a phrase a clause ("storage will automatically grow", "end of each"): a sentence cut
// into a label. English grammar, not any field's vocabulary.
const CLAUSE_WORDS = new Set([
  'will',
  'can',
  'could',
  'would',
  'should',
  'must',
  'may',
  'might',
  'each',
  'every',
  'has',
  'have',
  'there',
  'when',
  'if',
  'than',
]);

// A phrase that ends on a preposition is cut off mid-sentence ("after an initial dose … after").
const DANGLING = new Set(['after', 'before', 'within', 'into', 'from', 'as', 'under', 'over', 'until', 'like']);

/**
 * Whether a label is something a person would type after /limit or /define: a few words naming a
 * thing and what about it. Not a command line, not a sentence or the fragment of one (it would end on
 * "a", "the", "be"), not a chapter number.
 */
export function isTypableLabel(label: string): boolean {
  const words = label.split(' ').filter((word) => word.length > 0);
  if (words.length === 0 || words.length > MAX_LABEL_WORDS) return false;
  if (words.some((word) => CODE_WORD.test(word))) return false;
  if (NUMBERING.test(words[0] as string)) return false;
  if (words.some((word) => CLAUSE_WORDS.has(word))) return false;
  const last = words.at(-1) as string;
  // A fragment ends on a function word or a stray letter or figure ("sqs t", "instance launch 1").
  if (/^(?:\p{L}|\d+)$/u.test(last) && words.length > 1) return false;
  return !isStopWord(last) && !isStopWord(stem(last)) && !DANGLING.has(last);
}
