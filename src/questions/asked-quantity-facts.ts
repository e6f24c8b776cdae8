import type { FactItem, Quantity } from '../knowledge/item.js';
import { perContext } from './context-index.js';
import type { GenerationContext } from './generation-context.js';
import { comparisonKey, contentWords } from './text-tools.js';

/**
 * The facts asked so far in this run, by topic, amount asked and end: notes often say one limit twice
 * ("/tmp" and "dist storage", both 512 MB–10 GB; "execution timeout: 15 minutes" and "max execution
 * length 900 seconds"), and a channel should not get the same question twice in other words.
 */
const askedFactsOf = perContext(() => new Map<string, Array<{ range: string | undefined; stems: ReadonlySet<string> }>>());

/** Topic, dimension, the amount asked and whether it is a minimum (a limit given exactly is its maximum). */
function factKey(item: FactItem, q: Quantity, variant: string, bound: Quantity['bound']): string {
  const end = variant === 'min' || (variant === '' && bound === 'at-least') ? 'min' : 'max';
  const value = variant === 'min' ? q.min : q.max;
  return `${comparisonKey(item.topic)}\u0000${q.dimension}\u0000${value}\u0000${end}`;
}

/** What a fact is about, as word stems (five letters), its topic's words left out: "lambda free tier" + "requests" → free, tier, reque. */
function aboutStems(item: FactItem): Set<string> {
  const topic = new Set(contentWords(item.topic));
  return new Set(contentWords(`${item.subject} ${item.attribute}`).filter((word) => !topic.has(word)).map((word) => word.slice(0, 5)));
}

const rangeOf = (q: Quantity): string | undefined => (q.min === q.max ? undefined : `${q.min}-${q.max}`);

/** The same range in the same topic is the same fact; so is the same amount when what it is about shares a word. */
export function restatesAskedFact(item: FactItem, q: Quantity, variant: string, bound: Quantity['bound'], context: GenerationContext): boolean {
  const earlier = askedFactsOf(context).get(factKey(item, q, variant, bound)) ?? [];
  const stems = aboutStems(item);
  return earlier.some((asked) => (asked.range !== undefined && asked.range === rangeOf(q)) || [...stems].some((stem) => asked.stems.has(stem)));
}

export function recordAskedFact(item: FactItem, q: Quantity, variant: string, bound: Quantity['bound'], context: GenerationContext): void {
  const asked = askedFactsOf(context);
  const key = factKey(item, q, variant, bound);
  asked.set(key, [...(asked.get(key) ?? []), { range: rangeOf(q), stems: aboutStems(item) }]);
}
