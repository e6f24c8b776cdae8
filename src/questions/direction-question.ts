import type { DefinitionItem, FactItem } from '../knowledge/item.js';
import { directionOf } from '../knowledge/direction-statement.js';
import type { GenerationContext } from './generation-context.js';
import { buildQuestion, type Outcome } from './question-draft.js';
import { article, capitalise } from './text-tools.js';

/**
 * "LOWER niceness = higher priority" becomes "What does a lower niceness mean for priority?" with
 * "Higher priority", "Lower priority" and "No change in priority" as choices: the direction the notes
 * state, the opposite one, and no effect, which is what a learner who half remembers the rule weighs.
 * Only a statement that is a direction as a whole is asked (knowledge/direction-statement.ts).
 */
export function directionQuestions(item: FactItem | DefinitionItem, context: GenerationContext): Outcome[] {
  const text = item.kind === 'definition' ? `${item.term} = ${item.definition}` : item.text;
  const direction = directionOf(text);
  if (!direction) return [];
  const { causeWay, cause, effectWay, oppositeWay, effect } = direction;
  // "lower isolation levels" is plural: no article, and "do … mean".
  const plural = /[^s]s$/i.test(cause) && !/ness$/i.test(cause);
  const subject = `${plural ? '' : `${article(causeWay)} `}${causeWay} ${cause}`;
  const stem = `What ${plural ? 'do' : 'does'} ${subject} mean for ${effect}?`;
  const choice = (way: string): string => `${capitalise(way)} ${effect}`;
  return [
    buildQuestion(
      {
        item,
        kind: 'comparison',
        variant: 'direction',
        stem,
        answer: choice(effectWay),
        candidates: [
          { text: choice(oppositeWay), tier: 0 },
          { text: `No change in ${effect}`, tier: 0 },
        ],
        // "lower" in "a lower niceness" is the cause's way, not the answer's words given away.
        stemNamesChoices: true,
        explanation: `The notes: "${text.replace(/[.!;]+$/, '')}"`,
      },
      context,
    ),
  ];
}
