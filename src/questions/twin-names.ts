import type { Question } from './question-schema.js';
import { comparisonKey } from './text-tools.js';

/**
 * True when two names are one name with a mark added: "G" / "Gi", "K" / "Ki" (a short symbol and the
 * same symbol with one or two letters more), "--node-monitor-period" / "--node-monitor-grace-period",
 * "Reserved Instances" / "Convertible Reserved Instances" (a name of two words or more and the same
 * words with one more among them). Telling such twins apart is one distinction: a question keyed to one
 * that offers the other is answered by the question keyed to the other (r9 review, "repeats").
 */
export function twinNames(a: string, b: string): boolean {
  const left = nameWords(a);
  const right = nameWords(b);
  const [short, long] = left.length <= right.length ? [left, right] : [right, left];
  if (short.length === 0 || short.join(' ') === long.join(' ')) return false;
  if (short.length === 1 && long.length === 1) return twinSymbols(short[0]!, long[0]!);
  if (short.length < 2 || long.length !== short.length + 1) return false;
  // The longer name is the shorter with one word put in: drop each word in turn.
  return long.some((_, index) => long.filter((__, other) => other !== index).join(' ') === short.join(' '));
}

/** The words of a name, lower case, joined by spaces, hyphens or underscores alike. */
const nameWords = (name: string): string[] => comparisonKey(name).split(/[\s_-]+/).filter(Boolean);

/** "g" / "gi": a symbol of at most three characters and the same with one or two letters added. */
function twinSymbols(x: string, y: string): boolean {
  const [short, long] = x.length <= y.length ? [x, y] : [y, x];
  return short.length <= 3 && long.startsWith(short) && /^\p{L}{1,2}$/u.test(long.slice(short.length));
}

/**
 * Kept questions by file and section, for `find`: a question of the same file and section keyed to a
 * twin of this one's answer ("G" / "Gi"), each offering the other's answer, asks the same distinction.
 */
export class TwinsAsked {
  private readonly byPlace = new Map<string, Question[]>();

  add(question: Question): void {
    const place = placeOf(question);
    const here = this.byPlace.get(place);
    if (here) here.push(question);
    else this.byPlace.set(place, [question]);
  }

  find(question: Question): Question | undefined {
    const answer = answerKey(question);
    const choices = new Set(question.choices.map(comparisonKey));
    return (this.byPlace.get(placeOf(question)) ?? []).find((earlier) => {
      const other = answerKey(earlier);
      return choices.has(other) && earlier.choices.some((choice) => comparisonKey(choice) === answer) && twinNames(other, answer);
    });
  }
}

const answerKey = (question: Question): string => comparisonKey(question.choices[question.answer] ?? '');

const placeOf = (question: Question): string => `${question.source.file}\u0000${question.source.section}`;
