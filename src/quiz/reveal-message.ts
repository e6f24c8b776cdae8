import type { FlagControl, Message } from '../chat/message.js';
import type { Question } from '../questions/question-schema.js';
import { choiceLabel, flagControlId } from './choice-id.js';

export interface RevealView {
  question: Question;
  answered: number;
  correct: number;
  /** Display names of the first people who got it right, earliest first (up to three are named). */
  firstRight: string[];
}

/** Where a question came from: "aws.md › Compute › Lambda (line 12)". */
export function sourceLine(question: Pick<Question, 'source'>): string {
  const section = question.source.section.trim();
  return `${question.source.file}${section ? ` › ${section}` : ''} (line ${question.source.line})`;
}

/** The "Flag this question" control of a message about `question`. */
export function flagControl(question: Pick<Question, 'id'>): FlagControl {
  return { id: flagControlId(question.id), label: 'Flag this question' };
}

/**
 * The answer, posted when a round closes: the right choice, the explanation, the source note and
 * section, what share of the channel got it right and who got there first, and the flag control.
 */
export function revealMessage(view: RevealView): Message {
  const { question } = view;
  const right = `${choiceLabel(question.answer)}. ${question.choices[question.answer] ?? ''}`;
  const share =
    view.answered === 0
      ? 'Nobody answered this one.'
      : `${view.correct} of ${view.answered} got it right (${Math.round((100 * view.correct) / view.answered)}%).`;
  const fields = [{ label: 'Source', value: sourceLine(question) }];
  if (view.firstRight.length > 0) fields.push({ label: 'First right', value: view.firstRight.slice(0, 3).join(', ') });
  return {
    title: `Answer: ${right}`,
    body: `${question.stem}\n\n${question.explanation}`,
    fields,
    context: share,
    flag: flagControl(question),
  };
}
