import type { QuestionItem } from '../knowledge/item.js';
import type { GenerationContext } from './generation-context.js';
import { buildQuestion, type Outcome } from './question-draft.js';
import { asSentence, tidy } from './text-tools.js';

/** An option that points at the other options: dropping it would change the item, keeping it needs them all. */
const POINTS_AT_OTHERS = /^(?:all|none|both|neither)\s+(?:of\s+)?(?:the\s+)?(?:above|below|these|those|options|answers|choices)\b|^(?:both|either|neither)\s+[A-H]\s+(?:and|or|nor)\s+[A-H]\b|^[A-H]\s+(?:and|&)\s+[A-H]\b/i;

/**
 * Why a notes question cannot be a one-answer question, if it cannot: more than one right option ("Choose
 * TWO"), or an option such as "All of the above" that is true or false only together with the others.
 */
export function unaskableChoices(item: QuestionItem): string | undefined {
  if (item.otherAnswers) return 'practice question has more than one right answer ("Choose TWO"): not a one-answer question';
  if ([item.answer, ...item.options].some((option) => POINTS_AT_OTHERS.test(tidy(option))))
    return 'practice question has an option pointing at the others ("All of the above")';
  return undefined;
}

/**
 * A practice question the notes give with its lettered options and key: asked with exactly those
 * options (their author wrote them as the wrong answers, so they are plausible by construction), none
 * added and none shortened. The quality gates still apply: an option the gates reject is left out.
 */
export function lettered(item: QuestionItem, stem: string, context: GenerationContext): Outcome {
  const answer = tidy(item.answer);
  return buildQuestion(
    {
      item,
      kind: 'notes-question',
      stem,
      answer,
      candidates: item.options.map((option) => ({ text: tidy(option), tier: 0 })),
      explanation: [`The notes answer: ${answer}.`, ...(item.explanation ? [explained(item.explanation, [item.answer, ...item.options])] : [])].join(' '),
    },
    context,
  );
}

/** The notes' explanation as a sentence; one opening with a choice's own word ("chgrp changes …") keeps its case. */
function explained(text: string, choices: readonly string[]): string {
  const first = text.trim().split(/\s+/)[0]!.replace(/[.,;:]+$/, '');
  const sentence = asSentence(tidy(text));
  return choices.some((choice) => tidy(choice) === first) ? first + sentence.slice(first.length) : sentence;
}
