import escapeStringRegexp from 'escape-string-regexp';
import type { FactItem, Quantity } from '../knowledge/item.js';
import type { GenerationContext } from './generation-context.js';
import { buildQuestion, type Outcome } from './question-draft.js';
import { type ChoiceUnit, choiceUnit, formatChoice } from './quantity-choice.js';
import type { Candidate } from './pick-distractors.js';
import { candidatesFor } from './quantity-distractors.js';
import { recordAskedFact, restatesAskedFact } from './asked-quantity-facts.js';
import { numberIn } from './quantity-question.js';

/** "100 bps =", "1 nmi =", "1 tbsp =": an amount of one named unit, alone before the equals sign. */
const AMOUNT_OF_UNIT = /^[\s*_]*(\d[\d,]*(?:\.\d+)?)\s?(\p{L}{1,10})[\s*_]*==?\s*$/u;

/**
 * A line that equates an amount of one unit with an amount of another ("100 bps = 1%", "1 nmi =
 * 1.852 km", "1 tbsp = 15 mL"), the conversion a formula sheet lists, is asked as the conversion:
 * "What is 100 bps equal to?". Only a line that holds nothing but the two amounts: a worked example
 * inside a sentence is no rule. Undefined for any other statement, so the caller goes on.
 */
export function unitEquivalenceQuestion(item: FactItem, q: Quantity, context: GenerationContext): Outcome | undefined {
  if (q.min !== q.max || q.dimension === 'port') return undefined;
  const at = item.text.indexOf(q.text);
  if (at < 0 || !/^[\s*_]*$/.test(item.text.slice(at + q.text.length))) return undefined;
  const left = AMOUNT_OF_UNIT.exec(item.text.slice(0, at));
  if (!left) return undefined;
  const [, amount, unitName] = left;
  // "1 GB = 1 GB": the same unit on both sides converts nothing.
  if (new RegExp(`^${escapeStringRegexp(unitName!)}$`, 'i').test(q.unit)) return undefined;
  if (restatesAskedFact(item, q, 'equivalence', 'exact', context)) return { skip: 'same fact as an earlier question', item };
  const unit = choiceUnit(q, q.min, true);
  const answer = formatChoice(q.min, unit);
  if (!answer) return { skip: 'answer is not a tidy number', item };
  const written = `${amount} ${unitName}`;
  const outcome = buildQuestion(
    {
      item,
      kind: 'quantity',
      variant: 'equivalence',
      stem: `What is ${written} equal to?`,
      answer,
      shape: 'number',
      // A conversion is missed by a power of ten (0.1 % or 10 % for 1 %), so those tempt first.
      candidates: () => powersOfTen(q, unit),
      farther: [() => candidatesFor(item, q, q.min, unit, context)],
      numberOf: numberIn,
      explanation: `${written} = ${answer}. The notes: “${item.text.replace(/\*+/g, '').trim()}”`,
    },
    context,
  );
  if ('question' in outcome) recordAskedFact(item, q, 'equivalence', 'exact', context);
  return outcome;
}

/** The amount ×10, ÷10, ×100 and ÷100, as a choice shows it; no share above 100 %. */
function powersOfTen(q: Quantity, unit: ChoiceUnit): Candidate[] {
  const candidates: Candidate[] = [];
  for (const factor of [10, 0.1, 100, 0.01]) {
    const value = Number((q.min * factor).toPrecision(6));
    // A share is written as the notes write it, fractions too ("0.1 %"): a count's choices are whole.
    const text = q.unit === '%' ? (value <= 100 ? `${value} %` : undefined) : formatChoice(value, unit);
    if (text) candidates.push({ text, tier: 0 });
  }
  return candidates;
}
