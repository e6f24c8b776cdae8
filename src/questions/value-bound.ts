import type { FactItem, Quantity } from '../knowledge/item.js';
import type { GenerationContext } from './generation-context.js';
import { statedElsewhereAsMaximum } from './stated-maximum.js';

/**
 * What the notes say the value is, read from the words before it in its own sentence: the most allowed
 * ("up to", "max", "<="), the least ("at least", ">="), a quota of a limits page, or what the reader found.
 */
export function boundSaid(item: FactItem, attribute: string, q: Quantity, context: GenerationContext): Quantity['bound'] {
  // Only the sentence leading to the number says what it is: "the default is 30 seconds. The maximum is 12 hours" keys 30 s as no maximum.
  const at = item.text.indexOf(q.text);
  const sentenceStart = at >= 0 ? Math.max(0, ...[...item.text.slice(0, at).matchAll(/[.;!?]\s+/g)].map((m) => m.index + m[0].length)) : 0;
  // "20 MB max for a streamed response": a "max" right after the number is said of it too.
  const after = at >= 0 ? (/^\s*(?:max(?:imum)?)\b/i.exec(item.text.slice(at + q.text.length))?.[0] ?? '') : '';
  // The value's own unit is no bound word: "15 min function timeout" is fifteen minutes, not a minimum.
  const valueWords = q.text.replace(/(\d)\s*\p{L}+\.?$/u, '$1');
  const said = `${item.attribute} ${at >= 0 ? item.text.slice(sentenceStart, at) + valueWords + after : item.text}`;
  // The notes' own word for the value wins: "defaults to 24 hours; up to 365 days" asks 24 hours as the default.
  return item.role === 'default' ? 'exact' : item.role === 'maximum' ? 'at-most' : item.role === 'minimum' ? 'at-least' : /\b(max(imum)?|up to|at most)\b|<=|≤/i.test(said) ? 'at-most' : /\b(min(imum)?|at least)\b|>=|≥/i.test(said) ? 'at-least' : quota(item, attribute, q) || statedElsewhereAsMaximum(item, attribute, q, context) ? 'at-most' : q.bound;
}

/**
 * "Auto Scaling groups per region: 200" in "aws-numbers-and-limits.md" or under "## API Limits": a count
 * per scope that the notes file under limits is a quota, the most allowed, so it is asked as a maximum.
 * A size or a time is one only under a nearest heading of quotas ("### Quotas (per region)"): under
 * "Limits" or in a file named so, a size or time is as often a default or a fixed value. A price never is.
 */
function quota(item: Pick<FactItem, 'source'>, attribute: string, q: Quantity): boolean {
  if (q.unit === '%' || q.bound !== 'exact' || q.min !== q.max) return false;
  const limits = (where: string): boolean => /\b(?:limits?|quotas?|limitations|maximums)\b/i.test(where.replace(/[-_]/g, ' '));
  if (q.dimension === 'size' || q.dimension === 'duration') return /\bquotas?\b/i.test(item.source.section.at(-1) ?? '');
  if (q.dimension !== 'count' || !(q.per || /\bper\s+\p{L}/u.test(attribute))) return false;
  return [item.source.file, ...item.source.section].some(limits);
}
