import type { Question } from '../question-schema.js';
import { choiceShape } from '../stem-checks.js';

/**
 * Gate "answer position balanced across the bank" (Haladyna, Downing & Rodriguez 2002, guideline 22).
 * A hash spreads answers evenly only on a big bank; a small one can key "D" twice as often as "A".
 * Each question, in bank order, moves its answer to the least-used position so far (its own position
 * when that ties), swapping with the choice there. Number choices stay in numerical order, ascending
 * or, when that puts the answer on a less-used position, descending (guideline 25 asks for numerical
 * order, not for a direction); a trailing "Both of them" stays last, so it keeps its place and is only counted.
 */
export class PositionBalance {
  private readonly used = new Map<number, number[]>();

  /** The question with its answer moved to the least-used position for its number of choices. */
  place(question: Question): Question {
    const n = question.choices.length;
    const counts = this.used.get(n) ?? this.used.set(n, Array.from({ length: n }, () => 0)).get(n)!;
    const numbers = question.choices.every((choice) => choiceShape(choice) === 'number');
    if (numbers) {
      const reversed = n - 1 - question.answer;
      const placed = counts[reversed]! < counts[question.answer]! ? { ...question, choices: [...question.choices].reverse(), answer: reversed } : question;
      counts[placed.answer]! += 1;
      return placed;
    }
    const fixed = question.choices.at(-1) === 'Both of them';
    let target = question.answer;
    if (!fixed) {
      const least = Math.min(...counts);
      if (counts[target] !== least) target = counts.indexOf(least);
    }
    counts[target]! += 1;
    if (target === question.answer) return question;
    const choices = [...question.choices];
    [choices[target], choices[question.answer]] = [choices[question.answer]!, choices[target]!];
    return { ...question, choices, answer: target };
  }
}
