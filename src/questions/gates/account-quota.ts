import escapeStringRegexp from 'escape-string-regexp';
import type { FactItem, Quantity } from '../../knowledge/item.js';
import { groupBy, perContext } from '../context-index.js';
import type { GenerationContext } from '../generation-context.js';
import { singularOf } from '../text-tools.js';

/** "per region", "per an account", "per each subscription": a count per one of a file's quota scopes, by file. */
const scopePatterns = perContext((context) => {
  const base = (context.lexicon?.quotaScopes ?? []).map((scope) => scope.toLowerCase());
  const byFile = groupBy(context.facts, (fact) => fact.source.file);
  return { any: patternOf(new Set(base)), byFile: new Map([...byFile].map(([file, facts]) => [file, patternOf(quotaScopesOf(base, facts))])) };
});

function patternOf(scopes: ReadonlySet<string>): RegExp | undefined {
  const names = [...scopes].map((scope) => escapeStringRegexp(scope).replace(/\s+/g, '\\s+'));
  return names.length === 0 ? undefined : new RegExp(`\\bper\\s+(?:an?\\s+|each\\s+)?(?:${names.join('|')})s?\\b`, 'i');
}

/**
 * The lexicon's quota scopes, and every thing one file counts per one of them: "Auto Scaling groups
 * per region: 200" makes an Auto Scaling group a thing an account holds by quota, so "Scaling policies
 * per Auto Scaling group: 50" in the same sheet is a quota too, and "Max VPCs per region" makes "Max
 * subnets per VPC" one (then "security groups per VPC" makes "rules per security group" one). Read
 * from the file's own counts, a few rounds deep; only in that file: elsewhere a count per such a thing
 * is as often a fixed rule of it ("5 local secondary indexes per table").
 */
function quotaScopesOf(base: readonly string[], facts: readonly FactItem[]): ReadonlySet<string> {
  const scopes = new Set(base);
  const counted = facts.flatMap((fact) => {
    const found = fact.quantity?.dimension === 'count' ? countedPer.exec(fact.attribute.trim()) : null;
    return found ? [{ thing: singularName(found[1]!), scope: found[2]!.toLowerCase() }] : [];
  });
  for (let round = 0; round < 3; round += 1) {
    const pattern = patternOf(scopes);
    const added = counted.filter(({ thing, scope }) => !scopes.has(thing) && pattern?.test(`per ${scope}`));
    if (added.length === 0) break;
    for (const { thing } of added) scopes.add(thing);
  }
  return scopes;
}

/** "max VPCs per region", "Auto Scaling groups per region:": a thing of one to three words counted per another. */
const countedPer = /^(?:max(?:imum)?\s+)?(?:number\s+of\s+)?(\p{L}[\p{L}-]*(?:\s+\p{L}[\p{L}-]*){0,2})\s+per\s+(?:an?\s+|each\s+)?(\p{L}[\p{L}\s-]*?)\s*:?$/iu;

/** "auto scaling groups" → "auto scaling group", "VPC" → "vpc". */
function singularName(name: string): string {
  const words = name.toLowerCase().split(/\s+/);
  return [...words.slice(0, -1), singularOf(words.at(-1)!)].join(' ');
}

/**
 * Gate "a property, not an operator's quota". "Max VPCs per region: 5", "Topics per account: 100,000":
 * a count of things an account may hold is a quota its operator can have raised, and an item writer
 * does not ask it as the thing's maximum (the keyed figure is the default quota, and the real ceiling
 * is often among the distractors). A count per anything else ("Max items per batch") is a rule of the
 * thing and is asked. The scopes are field vocabulary (the lexicon's `quotaScopes`) and the things the
 * notes count per one of them (see quotaScopesOf).
 *
 * Returns the skip reason, or undefined when the count may be asked.
 */
export function accountQuota(item: FactItem, attribute: string, q: Quantity, context: GenerationContext): string | undefined {
  if (q.dimension !== 'count') return undefined;
  const patterns = scopePatterns(context);
  const pattern = patterns.byFile.get(item.source.file) ?? patterns.any;
  if (!pattern) return undefined;
  // "256 tables per region": the scope may follow the number in its own clause rather than stand in the label.
  const at = item.text.indexOf(q.text);
  const after = at < 0 ? '' : (/^[^.;,:()]*/.exec(item.text.slice(at + q.text.length))?.[0] ?? '');
  if (![attribute, q.text, after, ...(item.conditions ?? [])].some((text) => pattern.test(text))) return undefined;
  return 'a count per account or region is an adjustable quota, not a property to ask';
}
