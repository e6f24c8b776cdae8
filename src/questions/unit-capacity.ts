import type { FactItem, Quantity } from '../knowledge/item.js';
import type { GenerationContext } from './generation-context.js';
import { buildQuestion, type Outcome } from './question-draft.js';
import { choiceUnit, formatChoice } from './quantity-choice.js';
import { candidatesFor } from './quantity-distractors.js';
import { recordAskedFact, restatesAskedFact } from './asked-quantity-facts.js';
import { numberIn } from './quantity-question.js';

// "1 RCU = 1 read of 1 item of 4KB or less per second": one unit, one action, of one thing of a size.
const CAPACITY = /^\s*\**\s*(?:1|one)\s+(\p{Lu}{2,6})\s*=\s*(?:1|one|an?)\s+(\p{Ll}+)\s+of\s+(?:1|one|an?)\s+(\p{Ll}+)\s+of\s+(?:up\s+to\s+)?$/u;
const AFTER = /^\s*(?:or\s+(?:less|smaller)\s*)?(per\s+(?:second|minute|hour))\b/i;

/**
 * An equation that defines a unit of capacity ("1 RCU = 1 read of 1 item of 4KB or less per second",
 * "1 WCU = 1 write of 1 item of 1 KB or less per second") states the largest thing one unit covers:
 * "What is the maximum size of one item that 1 RCU covers, at 1 read per second?". Undefined for any
 * other statement (the caller goes on); a skip when the equation is of this shape but makes no question.
 */
export function unitCapacityQuestion(item: FactItem, q: Quantity, context: GenerationContext): Outcome | undefined {
  if (q.dimension !== 'size' || q.min !== q.max) return undefined;
  const at = item.text.indexOf(q.text);
  const shape = at < 0 ? null : CAPACITY.exec(item.text.slice(0, at));
  const per = shape ? AFTER.exec(item.text.slice(at + q.text.length))?.[1] : undefined;
  if (!shape || !per) return undefined;
  const [, unitName, action, thing] = shape;
  if (restatesAskedFact(item, q, '', 'at-most', context)) return { skip: 'same fact as an earlier question', item };
  const unit = choiceUnit(q, q.min, true);
  const answer = formatChoice(q.min, unit);
  if (!answer) return { skip: 'answer is not a tidy number', item };
  const outcome = buildQuestion(
    {
      item,
      kind: 'quantity',
      variant: '',
      stem: `What is the maximum size of one ${thing} that 1 ${unitName} covers, at 1 ${action} ${per.toLowerCase()}?`,
      answer,
      shape: 'number',
      candidates: () => candidatesFor(item, q, q.min, unit, context),
      numberOf: numberIn,
      explanation: `1 ${unitName} covers 1 ${action} ${per.toLowerCase()} of one ${thing} of up to ${answer}. The notes: “${item.text.replace(/\*+/g, '').trim()}”`,
    },
    context,
  );
  if ('question' in outcome) recordAskedFact(item, q, '', 'at-most', context);
  return outcome;
}
