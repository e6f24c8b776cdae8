import type { FactItem } from '../../knowledge/item.js';
import { exampleValue } from './example-value.js';
import { lostQualifier, withPer } from './lost-qualifier.js';

/**
 * The gates a number question's stem must pass against the fact it was read from, before any choice is
 * picked: the value is stated as a fact (not an example, a practice task or a command's argument) and
 * the stem keeps the qualifiers of the value's own clause. A missing "per shard" is repaired (the stem
 * ends with it); a missing "default", "about" or "recommended" is not, and the draft is skipped.
 */
export function checkFactStem(stem: string, fact: Pick<FactItem, 'text' | 'source' | 'quantity'>): { stem: string } | { skip: string } {
  const example = exampleValue(fact);
  if (example) return { skip: example };
  if (!fact.quantity) return { stem };
  const repaired = withPer(stem, fact.text, fact.quantity.text);
  // "### Recommendations" › "Thus, you will have 16 subnets": the heading says what the clause does not.
  const heading = fact.source.section.at(-1) ?? '';
  const recommended = /\brecommend/i.test(heading) && !/\brecommend/i.test(repaired.replace(heading, ''));
  if (recommended) return { skip: 'the heading makes the value a recommendation, and the stem does not say so' };
  const lost = lostQualifier(repaired, fact.text, fact.quantity.text);
  return lost ? { skip: lost } : { stem: repaired };
}
