import type { Question } from '../question-schema.js';
import { comparisonKey } from '../text-tools.js';

/**
 * Gate "items independent" (Haladyna, Downing & Rodriguez 2002, guideline 9: avoid items that answer
 * each other): one question per fact in a bank. Two questions read from one line of the notes test one
 * fact when they key the same answer, or when one's answer stands in the other's stem (the two
 * directions of a definition, "is" and "is NOT" of one list).
 */
export class FactsAsked {
  private readonly byLine = new Map<string, Array<{ answer: string; stem: string }>>();
  /** Every emitted question's stem, by its answer: for pairs that answer each other from two lines. */
  private readonly stemsByAnswer = new Map<string, string[]>();

  /**
   * True when `question` tests a fact an emitted question already tests: from the same line, or from
   * anywhere when each names the other's answer ("Which port has kubelet?" / "What is port 10250?").
   */
  has(question: Question): boolean {
    const answer = comparisonKey(question.choices[question.answer] ?? '');
    const stem = ` ${comparisonKey(question.stem)} `;
    if ((this.byLine.get(lineOf(question)) ?? []).some((earlier) => earlier.answer === answer || stem.includes(` ${earlier.answer} `) || earlier.stem.includes(` ${answer} `))) return true;
    return runsOf(stem).some((run) => (this.stemsByAnswer.get(run) ?? []).some((earlierStem) => earlierStem.includes(` ${answer} `)));
  }

  add(question: Question): void {
    const key = lineOf(question);
    const entry = { answer: comparisonKey(question.choices[question.answer] ?? ''), stem: ` ${comparisonKey(question.stem)} ` };
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
