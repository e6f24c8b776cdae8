import type { FactItem, Quantity } from '../knowledge/item.js';
import type { GenerationContext } from './generation-context.js';
import { buildQuestion, type Outcome } from './question-draft.js';
import { formatChoice } from './quantity-choice.js';
import { candidatesFor } from './quantity-distractors.js';
import { recordAskedFact, restatesAskedFact } from './asked-quantity-facts.js';
import { numberIn } from './quantity-question.js';
import { stemSubject } from './quantity-stem.js';

// "n is number of bytes (1-4000)": a type's one-letter parameter, what it counts, and its range.
const PARAMETER = /^\s*(\p{Ll})\s+is\s+(?:the\s+)?number\s+of\s+(\p{L}+)\s*\(\s*\d[\d,]*\s*[-–]\s*\d[\d,]*\s*\)/u;

/**
 * "NCHAR(n) and NVARCHAR(n): n is number of bytes (1-4000). Max uses 2GB": the range is the parameter's,
 * not the type's, whose MAX form holds far more. Asked as such, with the parameter kept:
 * "What is the largest n allowed in NCHAR(n) and NVARCHAR(n)?" → 4,000, a bare number (what n counts
 * is the notes' gloss, stated in the explanation). Undefined for any other statement.
 */
export function parameterLimitQuestion(item: FactItem, q: Quantity, context: GenerationContext): Outcome | undefined {
  const shape = q.min !== q.max ? PARAMETER.exec(item.text) : null;
  if (!shape) return undefined;
  const [, letter, counted] = shape;
  const names = stemSubject(item).split(/\s+(and|or)\s+/);
  if (!names.every((part, i) => (i % 2 === 1 ? true : /^\p{Lu}[\p{Lu}\d_]*$/u.test(part)))) return undefined;
  const typed = names.map((part, i) => (i % 2 === 1 ? part : `${part}(${letter})`)).join(' ');
  if (restatesAskedFact(item, q, 'max', 'at-most', context)) return { skip: 'same fact as an earlier question', item };
  const count: Quantity = { dimension: 'count', min: q.max, max: q.max, unit: '', bound: 'at-most', text: String(q.max) };
  const unit = { dimension: 'count' as const, noun: '' };
  const answer = formatChoice(q.max, unit);
  if (!answer) return { skip: 'answer is not a tidy number', item };
  const outcome = buildQuestion(
    {
      item: { ...item, quantity: count },
      kind: 'quantity',
      variant: 'max',
      stem: `What is the largest ${letter} allowed in ${typed}?`,
      answer,
      shape: 'number',
      candidates: () => candidatesFor(item, count, q.max, unit, context),
      numberOf: numberIn,
      explanation: `In ${typed}, ${letter} (the number of ${counted}) runs up to ${answer}. The notes: “${item.text.trim()}”`,
    },
    context,
  );
  if ('question' in outcome) recordAskedFact(item, q, 'max', 'at-most', context);
  return outcome;
}
