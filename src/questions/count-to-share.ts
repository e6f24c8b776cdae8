import type { FactItem, Quantity } from '../knowledge/item.js';
import { FUNCTION_WORDS } from '../knowledge/english-words.js';
import type { GenerationContext } from './generation-context.js';
import { buildQuestion, type Outcome } from './question-draft.js';
import { numberIn } from './quantity-question.js';

const WORDS = ['zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve'];
// "Four half-lives will clear", "3 rounds remove": a count, a plural noun of one or two words, a verb.
const BEFORE = /(?:^|[\s(])(\d{1,2}|zero|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)[-\s]+((?:\p{Ll}+[-\s])?\p{Ll}{3,}s)\s+(?:will\s+|can\s+|would\s+)?(\p{Ll}{3,})\s+(?:about\s+|approximately\s+|~\s*)?$/iu;
const AFTER = /^\s*of\s+(the\s+|a\s+|an\s+)?(\p{Ll}[\p{Ll}-]*(?:\s+\p{Ll}[\p{Ll}-]*)?)/u;

/**
 * "Four half-lives will clear 90% of the drug": a count of periods or steps that reaches a share of a
 * whole is asked as that count, "How many half-lives clear 90 % of the drug?" → 4. The share itself
 * is no property of anything (see shareOfWhole). Undefined when the statement is of no such shape.
 */
export function countToShareQuestion(item: FactItem, q: Quantity, context: GenerationContext): Outcome | undefined {
  if (q.unit !== '%' || q.min !== q.max) return undefined;
  const at = item.text.indexOf(q.text);
  const before = at < 0 ? null : BEFORE.exec(item.text.slice(0, at));
  const after = before ? AFTER.exec(item.text.slice(at + q.text.length)) : null;
  if (!before || !after) return undefined;
  const [, written, noun, verb] = before as unknown as [string, string, string, string];
  const count = /^\d/.test(written) ? Number(written) : WORDS.indexOf(written.toLowerCase());
  if (count < 2) return undefined;
  // "of the drug and can be …": the whole is its noun, up to the first function word.
  const words = after[2]!.split(/\s+/);
  const stop = words.findIndex((word) => FUNCTION_WORDS.has(word));
  const whole = `${after[1] ?? ''}${(stop < 0 ? words : words.slice(0, stop)).join(' ')}`.trim();
  if (FUNCTION_WORDS.has(words[0]!) || FUNCTION_WORDS.has(verb.toLowerCase())) return undefined;
  const share = `${Number(q.min)} %`;
  return buildQuestion(
    {
      item,
      kind: 'quantity',
      variant: 'count',
      stem: `How many ${noun.replace(/\s+/g, ' ').toLowerCase()} ${verb} ${share} of ${whole}?`,
      answer: String(count),
      shape: 'number',
      // Near counts only: a reader weighs 3, 4 or 5 half-lives, never 40.
      candidates: () => [count - 1, count + 1, count - 2, count + 2, count + 3].filter((n) => n >= 1).map((n, index) => ({ text: String(n), tier: index < 2 ? 0 : 1 })),
      numberOf: numberIn,
      explanation: `${count} ${noun.toLowerCase()} ${verb} ${share} of ${whole}. The notes: “${item.text.trim()}”`,
    },
    context,
  );
}
