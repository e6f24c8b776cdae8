import type { Question } from '../questions/question-schema.js';
import { choiceLabel } from '../quiz/choice-id.js';
import { flagReasonLabels } from '../quiz/flag-reasons.js';
import { describeItemStats } from '../quiz/item-stats.js';
import { sourceLine } from '../quiz/reveal-message.js';
import type { FlagReason } from '../quiz/state-schema.js';
import type { QuestionRecord } from './review-selection.js';

export interface ReviewCardView {
  question: Question;
  /** 1-based place in the walk, and its length. */
  position: number;
  total: number;
  /** The note's own line the question came from, or undefined when the notes file cannot be read. */
  noteLine?: string;
  record: QuestionRecord;
}

const reviewKeysLine = '[k]eep  [r]etire  [e]dit  [s]kip  [q]uit';

/** One question as the reviewer sees it: place, the question with its right answer marked, its source line, statistics and flags. */
export function reviewCard(view: ReviewCardView): string {
  const { question, record } = view;
  const flags = Object.entries(record.flags) as Array<[FlagReason, number]>;
  const lines = [
    `── ${view.position} / ${view.total} · ${question.id} · ${question.kind} · ${question.topic}`,
    question.stem,
    ...question.choices.map(
      (choice, i) => `  ${choiceLabel(i)}) ${choice}${i === question.answer ? '   ✓ right answer' : ''}`,
    ),
    `Explanation: ${question.explanation}`,
    `Source: ${sourceLine(question)}`,
    `  ${question.source.line} │ ${view.noteLine === undefined ? '(the notes file cannot be read)' : view.noteLine.trim()}`,
    `Answers: ${describeItemStats(record.stats)}`,
    `Flags: ${flags.length === 0 ? 'none' : flags.map(([reason, n]) => `${flagReasonLabels[reason]} ×${n}`).join(', ')}${record.retiredIn > 0 ? ` · retired in ${record.retiredIn} workspace${record.retiredIn === 1 ? '' : 's'}` : ''}`,
    reviewKeysLine,
  ];
  return lines.join('\n');
}
