import type { FactItem, Quantity } from '../knowledge/item.js';
import { groupBy, perContext } from './context-index.js';
import type { GenerationContext } from './generation-context.js';

/**
 * "Zipped deployment package: 50 MB" where the same file also says "Deployment package compressed as
 * .zip: siez <= 50 MB": the notes state the value as a maximum on another line, so it is asked as one.
 * The other line must give the same amount of the same dimension as an upper bound, and its words must
 * hold two of the attribute's words (or its only one): a same number of another thing says nothing.
 */
export function statedElsewhereAsMaximum(item: FactItem, attribute: string, q: Quantity, context: GenerationContext): boolean {
  if (q.min !== q.max) return false;
  const words = contentWords(attribute);
  if (words.length === 0) return false;
  return (maximaByAmount(context).get(amountKey(item.source.file, q)) ?? []).some((other) => {
    if (other === item) return false;
    const said = new Set(contentWords(`${other.attribute} ${other.text}`));
    return words.filter((word) => said.has(word)).length >= Math.min(2, words.length);
  });
}

const amountKey = (file: string, q: Quantity): string => `${file}\u0000${q.dimension}\u0000${q.max}`;

/** Words of four letters or more, lower-cased, plural "s" dropped: "deployment", "package". */
const contentWords = (text: string): string[] => (text.toLowerCase().match(/\p{L}{4,}/gu) ?? []).map((word) => word.replace(/(?<!s)s$/, ''));

/** Facts whose one amount the notes bound from above ("<= 50 MB", "up to 4 KB"), by file and amount. */
const maximaByAmount = perContext((context) =>
  groupBy(
    context.facts.filter((fact) => fact.quantity?.bound === 'at-most' && fact.quantity.min === fact.quantity.max),
    (fact) => amountKey(fact.source.file, fact.quantity!),
  ),
);
