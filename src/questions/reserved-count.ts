import type { DefinitionItem, FactItem } from '../knowledge/item.js';
import type { GenerationContext } from './generation-context.js';
import { buildQuestion, type Outcome } from './question-draft.js';
import { numberIn } from './quantity-question.js';

// "There are 5 IP addresses in each subnet that are reserved": a count of things in each container, and what is done to them.
const THERE_ARE = /\bthere\s+are\s+(\d{1,3})\s+((?:[\p{L}]+\s+){0,2}\p{Ll}{2,}s)\s+(in|per)\s+(each|every)\s+(\p{Ll}{3,})\s+(?:that|which)\s+are\s+(\p{Ll}{3,}ed|kept|held|set\s+aside)\b/iu;
// "5 IP addresses are reserved in each subnet": the same, as a plain clause.
const ARE_DONE = /(?:^|[\s(])(\d{1,3})\s+((?:[\p{L}]+\s+){0,2}\p{Ll}{2,}s)\s+are\s+(?:always\s+)?(\p{Ll}{3,}ed|kept|held|set\s+aside)\s+(in|per)\s+(each|every)\s+(\p{Ll}{3,})\b/u;

/**
 * A count stated inside a long definition, of things set apart in each container ("There are 5 IP
 * addresses in each subnet that are reserved", "2 slots are kept in each rack"): asked as "How many IP
 * addresses are reserved in each subnet?". The definition itself may be too long to ask; the count is a
 * fact of its own. Empty when the definition states no such count.
 */
export function reservedCountQuestions(item: DefinitionItem | FactItem, context: GenerationContext): Outcome[] {
  const text = item.kind === 'definition' ? item.definition : item.text;
  const there = THERE_ARE.exec(text);
  const plain = there ? null : ARE_DONE.exec(text);
  const read = there
    ? { n: there[1]!, noun: there[2]!, prep: there[3]!, each: there[4]!, container: there[5]!, done: there[6]! }
    : plain
      ? { n: plain[1]!, noun: plain[2]!, done: plain[3]!, prep: plain[4]!, each: plain[5]!, container: plain[6]! }
      : undefined;
  if (!read) return [];
  const count = Number(read.n);
  if (!Number.isInteger(count) || count < 2) return [];
  const noun = read.noun.trim().replace(/\s+/g, ' ');
  const where = `${read.prep.toLowerCase()} ${read.each.toLowerCase()} ${read.container}`;
  return [
    buildQuestion(
      {
        item,
        kind: 'quantity',
        variant: 'count',
        stem: `How many ${noun} are ${read.done} ${where}?`,
        answer: String(count),
        shape: 'number',
        // Near counts: a reader weighs 4, 5 or 6 reserved addresses, never 50.
        candidates: () => [count - 1, count + 1, count - 2, count + 2, count + 3].filter((n) => n >= 1).map((n, index) => ({ text: String(n), tier: index < 2 ? 0 : 1 })),
        numberOf: numberIn,
        explanation: `${count} ${noun} are ${read.done} ${where}${item.kind === 'definition' ? ` (${item.term})` : ''}.`,
      },
      context,
    ),
  ];
}
