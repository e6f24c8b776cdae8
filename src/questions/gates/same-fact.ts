import type { Question } from '../question-schema.js';
import { parseQuantity } from '../../knowledge/parse-quantity.js';
import { comparisonKey } from '../text-tools.js';

interface Entry {
  answer: string;
  stem: string;
  item: string;
  kind: string;
  /** The posted topic: parallel clauses of one line are about different subjects. */
  topic: string;
  /** For a number question: the role its stem asks (default, minimum, maximum or none) and the answer's dimension. */
  measure: string;
}

/**
 * Gate "items independent" (Haladyna, Downing & Rodriguez 2002, guideline 9: avoid items that answer
 * each other): one question per fact in a bank. Two questions read from one line of the notes test one
 * fact (the blind review counts both directions of a definition and two cells of one table row as
 * repeats; both ends of one range are kept to one question by the quantity builder), and so do two from
 * anywhere when one's answer stands in the other's stem. Number questions from one line are one fact
 * only when they ask the same role of the same kind of measure: a default and a maximum are two.
 */
export class FactsAsked {
  private readonly byLine = new Map<string, Entry[]>();
  /** Every emitted question's stem, by its answer: for pairs that answer each other from two lines. */
  private readonly stemsByAnswer = new Map<string, string[]>();
  /** Terms already keyed by a "which term is described as …" question. */
  private readonly termsAsked = new Set<string>();

  /**
   * True when `question` tests a fact an emitted question already tests: any question from the same
   * line, or from anywhere when each names the other's answer ("Which port has kubelet?" / "What is
   * port 10250?").
   */
  has(question: Question, _item = ''): boolean {
    const answer = comparisonKey(question.choices[question.answer] ?? '');
    const stem = ` ${comparisonKey(question.stem)} `;
    // One item of one line is one fact: the two ends of a range, two cells of one table row, both
    // directions of a definition; so are two numbers of one line ("1 GB of RAM → 2 GB of swap").
    // A line's default, its minimum and its maximum are three facts ("Visibility timeout (default, min,
    // max): 30s, 30s, 12h"), and so are two measures ("10,000 parts, each 5 MB to 5 GB") and the
    // values of parallel clauses, each about its own subject ("Bronze nodes have 8 GB, Gold nodes 64 GB").
    const measure = question.kind === 'quantity' ? measureOf(question) : '';
    const sameFact = (earlier: Entry): boolean =>
      (earlier.kind === 'quantity' && question.kind === 'quantity' && earlier.measure === measure && earlier.topic === question.topic) || earlier.answer === answer || stem.includes(` ${earlier.answer} `) || earlier.stem.includes(` ${answer} `);
    if ((this.byLine.get(lineOf(question)) ?? []).some(sameFact)) return true;
    // "Which of these is described as …?" keyed to one term twice, from two lines, asks who it is twice.
    if (question.kind === 'definition-to-term' && this.termsAsked.has(answer)) return true;
    return runsOf(stem).some((run) => (this.stemsByAnswer.get(run) ?? []).some((earlierStem) => earlierStem.includes(` ${answer} `)));
  }

  /** Records an emitted question, with the id of the item it was built from. */
  add(question: Question, item = ''): void {
    if (question.kind === 'definition-to-term') this.termsAsked.add(comparisonKey(question.choices[question.answer] ?? ''));
    const key = lineOf(question);
    const entry: Entry = {
      answer: comparisonKey(question.choices[question.answer] ?? ''),
      stem: ` ${comparisonKey(question.stem)} `,
      item,
      kind: question.kind,
      topic: question.topic,
      measure: question.kind === 'quantity' ? measureOf(question) : '',
    };
    this.byLine.set(key, [...(this.byLine.get(key) ?? []), entry]);
    this.stemsByAnswer.set(entry.answer, [...(this.stemsByAnswer.get(entry.answer) ?? []), entry.stem]);
  }
}

/** Every run of one to five consecutive words of a normalised stem. */
function runsOf(stem: string): string[] {
  const words = stem.trim().split(' ');
  const runs: string[] = [];
  for (let i = 0; i < words.length; i += 1) for (let j = i + 1; j <= Math.min(words.length, i + 5); j += 1) runs.push(words.slice(i, j).join(' '));
  return runs;
}

const lineOf = (question: Question): string => `${question.source.file}:${question.source.line}`;

/**
 * "maximum/size", "default/duration", "/count": what a number question asks, as its stem's role word
 * and its answer's dimension. A bare number ("10,000") is a count.
 */
function measureOf(question: Question): string {
  const role = /\b(default|minimum|maximum)\b/i.exec(question.stem)?.[1]?.toLowerCase() ?? '';
  return `${role}/${parseQuantity(question.choices[question.answer] ?? '')?.dimension ?? 'count'}`;
}
