import type { FactItem, Quantity } from '../knowledge/item.js';
import { topicOfTerm } from '../knowledge/topic-of.js';
import type { GenerationContext } from './generation-context.js';
import { buildQuestion, type Outcome } from './question-draft.js';
import { choiceUnit, formatChoice } from './quantity-choice.js';
import { candidatesFor } from './quantity-distractors.js';
import { numberInStem } from './gates/number-in-stem.js';

/**
 * "You use this when you need more than 40 TB of transfer", "Use a dedicated link if you move over 5 TB
 * a day": a threshold that says when to choose a thing is asked as one, never as a minimum: "Above what
 * amount of transfer should you use Bulkvan?". The thing is the one the line names, or the heading's for
 * a pronoun; the measured noun is the one the value is "of".
 */
const USE_ABOVE =
  /^(?:you\s+(?:can\s+|would\s+|should\s+)?)?use\s+(.{1,40}?)\s+(?:when|if|once|whenever)\s+(?:you\s+)?[\p{Ll}\s]{0,30}?\b(?:more than|over|above|greater than|larger than|in excess of)\s*$/iu;

/** The noun the value measures: "of data transfer" after it, up to a preposition or a bound of its own. */
const MEASURED = /^\s*(?:of\s+)?(\p{Ll}{3,}(?:\s+\p{Ll}{3,})?)(?=\s+(?:up|to|per|in|on|for|and|or|but|with)\b|[\s,.;]*$)/u;

export function thresholdQuestion(item: FactItem, q: Quantity, context: GenerationContext, numberOf: (text: string) => number | undefined): Outcome | undefined {
  const at = item.text.indexOf(q.text);
  const value = /^\D*/.exec(q.text)?.[0] ?? '';
  const use = at < 0 ? null : USE_ABOVE.exec(`${item.text.slice(0, at)}${value}`.trimEnd());
  const noun = at < 0 ? undefined : MEASURED.exec(item.text.slice(at + q.text.length))?.[1];
  if (!use || !noun || q.min !== q.max) return undefined;
  const named = /^(?:this|it|them|these)$/i.test(use[1]!) ? item.subject : topicOfTerm(use[1]!.replace(/^(?:an?|the)\s+/i, ''));
  // A thing with a name: "use it when …" under a heading of plain words names nothing to ask about.
  if (!/\p{Lu}/u.test(named)) return undefined;
  const unit = choiceUnit(q, q.min, false);
  const answer = formatChoice(q.min, unit);
  if (!answer) return undefined;
  const stem = `Above what amount of ${noun} should you use ${named}?`;
  const clue = numberInStem(stem, q.min, unit.def);
  if (clue) return { skip: clue, item };
  return buildQuestion(
    {
      item,
      kind: 'quantity',
      variant: 'threshold',
      stem,
      answer,
      shape: 'number',
      candidates: () => candidatesFor(item, q, q.min, unit, context),
      numberOf,
      explanation: `The notes: “${item.text}”: above ${answer}, ${named} is the one to use.`,
    },
    context,
  );
}
