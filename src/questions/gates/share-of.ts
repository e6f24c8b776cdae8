import type { Quantity } from '../../knowledge/item.js';

const escaped = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * Gate "the answer is the value of what the stem names": a percentage followed by "of <the attribute>"
 * ("clear 90% of the drug", "20% of beta receptors", "50% of people") is a share of that thing, not
 * its value, so "What is the drug …? 90 %" asks nonsense. Returns the reason to skip, or undefined.
 */
export function shareOfAttribute(text: string, attribute: string, q: Quantity): string | undefined {
  if (q.unit !== '%') return undefined;
  const at = text.indexOf(q.text);
  if (at < 0 || attribute.trim() === '') return undefined;
  const after = text.slice(at + q.text.length);
  const whole = new RegExp(`^\\s*of\\s+(?:the\\s+|all\\s+|its\\s+|their\\s+)?${escaped(attribute.trim())}\\b`, 'i');
  return whole.test(after) ? 'the percentage is a share of the attribute, not its value' : undefined;
}
