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

  /** True when `question` tests a fact an emitted question already tests. */
  has(question: Question): boolean {
    const answer = comparisonKey(question.choices[question.answer] ?? '');
    const stem = ` ${comparisonKey(question.stem)} `;
    return (this.byLine.get(lineOf(question)) ?? []).some((earlier) => earlier.answer === answer || stem.includes(` ${earlier.answer} `) || earlier.stem.includes(` ${answer} `));
  }

  add(question: Question): void {
    const key = lineOf(question);
    const entry = { answer: comparisonKey(question.choices[question.answer] ?? ''), stem: ` ${comparisonKey(question.stem)} ` };
    this.byLine.set(key, [...(this.byLine.get(key) ?? []), entry]);
  }
}

const lineOf = (question: Question): string => `${question.source.file}:${question.source.line}`;
