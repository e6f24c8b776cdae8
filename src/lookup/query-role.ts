import type { FactItem } from '../knowledge/item.js';

/**
 * Which value a /limit query asks for, from its words: "default" asks for the default, "max", "limit",
 * "up to" for the most allowed, "min", "at least" for the least. Read from the cleaned query before
 * stop words go (those words are stop words for the search).
 */
export type AskedRole = NonNullable<FactItem['role']> | undefined;

export function askedRole(cleaned: string): AskedRole {
  const text = cleaned.toLowerCase();
  if (/\bdefaults?\b/u.test(text)) return 'default';
  if (/\b(min|minimum|least|smallest|lowest|shortest|at least)\b/u.test(text)) return 'minimum';
  if (/\b(max|maximum|limits?|most|up to|largest|biggest|longest|highest)\b/u.test(text)) return 'maximum';
  return undefined;
}

/**
 * How well a fact's role fits the asked one: 2 the same role, 1 no role stated, 0 another role; an
 * example or a denied value fits least whatever was asked (it is not the rule).
 */
export function roleFit(fact: FactItem, asked: AskedRole): number {
  if (fact.negated || fact.role === 'example') return -1;
  if (asked === undefined) return fact.role === 'minimum' ? 0 : 1;
  if (fact.role === asked) return 2;
  return fact.role === undefined ? 1 : 0;
}
