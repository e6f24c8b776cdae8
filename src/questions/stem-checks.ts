import { comparisonKey, contentWords, nameKey } from './text-tools.js';

/**
 * The quality gate every generated question passes before it is emitted. Each check returns the reason
 * it failed (a short, countable phrase) or undefined; the generator skips the item with that reason
 * rather than emit a poor question.
 */

/** What every choice of one question must look like, so no number stands among service names. */
export type ChoiceShape = 'number' | 'name' | 'phrase';

const markdown = /[`*#|<>]|\[[^\]]*\]\(|__|~~|!\[/;
const rawFragment = /\s[-–=]\s|\s:\s?|\d,\s\d|\(\s|\s\)|\.\.\.|……|;|“["'‘]|\d,\d{1,2}(,|\b)/;

/** A stem a person would write: one sentence, capital first, `?` last, no markdown or note fragments. */
export function checkStem(stem: string): string | undefined {
  if (!/^[A-Z]/.test(stem)) return 'stem does not start with a capital letter';
  if (!stem.endsWith('?') || stem.endsWith(' ?')) return 'stem does not end with a question mark';
  if (stem.indexOf('?') !== stem.length - 1) return 'stem has more than one question';
  if (markdown.test(stem)) return 'stem contains markdown';
  if (/\s{2,}/.test(stem)) return 'stem has doubled spaces';
  if (/\b(\w+)\s+\1\b/i.test(stem.replace(/\d+/g, ''))) return 'stem repeats a word';
  if (rawFragment.test(stem)) return 'stem contains a raw note fragment';
  const words = stem.split(/\s+/).length;
  if (words < 4) return 'stem is too short';
  if (stem.length > 300) return 'stem is too long';
  return undefined;
}

/** True when the stem gives the answer away: the answer, or 80% of its meaningful words, appear in it. */
export function answerInStem(stem: string, answer: string): boolean {
  return stemGivesAway(stem)(answer);
}

/** `answerInStem` for one stem and many answers: the stem is normalised once. */
export function stemGivesAway(stem: string): (answer: string) => boolean {
  const stemKey = ` ${comparisonKey(stem)} `;
  const stemWords = new Set(contentWords(stem));
  return (answer) => {
    const key = comparisonKey(answer);
    if (key !== '' && stemKey.includes(` ${key} `)) return true;
    const answerWords = contentWords(answer);
    if (answerWords.length < 2) return false;
    const found = answerWords.filter((word) => stemWords.has(word)).length;
    return found / answerWords.length >= 0.8;
  };
}

/** number: "15 minutes", "$0.20 per 1M requests"; name: up to four words; phrase: anything longer. */
export function choiceShape(choice: string): ChoiceShape {
  if (/^(up to |at most |at least |about |less than |more than |(TCP |UDP )?ports? |)[$<>≤≥]?\s?\d/i.test(choice)) return 'number';
  return choice.trim().split(/\s+/).length <= 4 && !/[.;]$/.test(choice) ? 'name' : 'phrase';
}

/**
 * Choices are non-empty, distinct (case- and space-insensitive), free of markdown, short enough to
 * read, and all of one shape. `shape` pins the shape; 'text' allows names and phrases together.
 */
export function checkChoices(choices: readonly string[], shape: ChoiceShape | 'text'): string | undefined {
  if (choices.length < 3) return 'fewer than 3 choices';
  const keys = new Set<string>();
  for (const choice of choices) {
    const key = nameKey(choice);
    if (key === '') return 'empty choice';
    if (keys.has(key)) return 'duplicate choices';
    keys.add(key);
    if (markdown.test(choice)) return 'choice contains markdown';
    if (choice.length > 160) return 'choice is too long';
    const actual = choiceShape(choice);
    if (shape === 'text' ? actual === 'number' : actual !== shape) return 'choices of mixed kinds';
  }
  return undefined;
}
