import escapeStringRegexp from 'escape-string-regexp';
import type { FactItem, Quantity } from '../../knowledge/item.js';
import { perContext } from '../context-index.js';
import type { GenerationContext } from '../generation-context.js';

/** "per region", "per an account", "per each subscription": a count per one of the lexicon's quota scopes. */
const scopePattern = perContext((context) => {
  const scopes = (context.lexicon?.quotaScopes ?? []).map((scope) => escapeStringRegexp(scope).replace(/\s+/g, '\\s+'));
  return scopes.length === 0 ? undefined : new RegExp(`\\bper\\s+(?:an?\\s+|each\\s+)?(?:${scopes.join('|')})s?\\b`, 'i');
});

/**
 * Gate "a property, not an operator's quota". "Max VPCs per region: 5", "Topics per account: 100,000":
 * a count of things an account may hold is a quota its operator can have raised, and an item writer
 * does not ask it as the thing's maximum (the keyed figure is the default quota, and the real ceiling
 * is often among the distractors). A count per anything else ("Max items per batch") is a rule of the
 * thing and is asked. The scopes are field vocabulary: the lexicon's `quotaScopes`.
 *
 * Returns the skip reason, or undefined when the count may be asked.
 */
export function accountQuota(item: FactItem, attribute: string, q: Quantity, context: GenerationContext): string | undefined {
  if (q.dimension !== 'count') return undefined;
  const pattern = scopePattern(context);
  if (!pattern) return undefined;
  // "256 tables per region": the scope may follow the number in its own clause rather than stand in the label.
  const at = item.text.indexOf(q.text);
  const after = at < 0 ? '' : (/^[^.;,:()]*/.exec(item.text.slice(at + q.text.length))?.[0] ?? '');
  if (![attribute, q.text, after, ...(item.conditions ?? [])].some((text) => pattern.test(text))) return undefined;
  return 'a count per account or region is an adjustable quota, not a property to ask';
}
