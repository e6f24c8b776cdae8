import type { FactItem } from '../../knowledge/item.js';
import { perContext } from '../context-index.js';
import type { GenerationContext } from '../generation-context.js';

/**
 * Gate "one right answer" for quantities (Haladyna, Downing & Rodriguez 2002: one and only one correct
 * choice). The stem asks one subject's attribute; when the same section of the notes gives that same
 * subject and attribute, with the same role and conditions, another value, the stem has two right
 * answers by the notes: two "Bioavailability:" lines under one heading, or "208 GiB of RAM" and "80 GiB
 * of RAM" on two sub-bullets whose own names the fact lost. Neither is asked. The same holds for an
 * attribute the section also gives under a condition ("Uptake: 60 %" beside "Uptake (with a buffer
 * tablet): 85 %"): the bare one is asked only when it can say the condition does not hold (see
 * unstatedCondition), else it has two right answers.
 */
export function siblingValue(item: FactItem, context: GenerationContext): string | undefined {
  const q = item.quantity;
  if (!q) return undefined;
  const key = siblingKey(item);
  const conditioned = unstatedCondition(item, context) ? [] : (valuesUnderCondition(context).get(key)?.map((v) => v.amount) ?? []);
  const values = [...(valuesBySibling(context).get(key) ?? []), ...conditioned];
  // "5TB (5000GB)" is one amount written twice: within 5 % is the same value, not another.
  const other = values.some(([min, max]) => !near(min, q.min) || !near(max, q.max));
  return other ? 'the notes give the same subject and attribute another value here: a second right answer' : undefined;
}

// A fact's own key is asked for up to three times (its siblings' index, siblingValue, unstatedCondition): kept with the fact.
const ownKeys = new WeakMap<FactItem, string>();

/** File, heading path, subject, attribute without its brackets or bound words, role, conditions, dimension. */
function siblingKey(item: FactItem, attributeText?: string): string {
  if (attributeText !== undefined) return keyOf(item, attributeText);
  let key = ownKeys.get(item);
  if (key === undefined) {
    key = keyOf(item, item.attribute);
    ownKeys.set(item, key);
  }
  return key;
}

function keyOf(item: FactItem, attributeText: string): string {
  const attribute = attributeText
    .toLowerCase()
    .replace(/\([^)]*\)/g, ' ')
    .replace(/\b(?:max(?:imum)?|min(?:imum)?|defaults?|up to|at (?:most|least))\b/g, ' ')
    .replace(/[^\p{L}\d]+/gu, ' ')
    .trim();
  const conditions = [...(item.conditions ?? [])].map((condition) => condition.toLowerCase().trim()).sort();
  // "Request timeout default: 5 min" beside "Request timeout max: 60 min": the bound words are the role.
  const role = item.role ?? boundOf(attributeText);
  return [item.source.file, ...item.source.section, '', item.subject.toLowerCase(), attribute, role, conditions.join('|'), item.quantity?.dimension ?? ''].join('\u0000');
}

/** The role an attribute's own words give its value: "… max" a maximum, "… default" a default; '' for none. */
function boundOf(attribute: string): string {
  // "(default, min, max)" lists the roles of several values, not this one's.
  const text = attribute.toLowerCase().replace(/\([^)]*\)/g, ' ');
  if (/\b(?:max(?:imum)?|up to|at most)\b/.test(text)) return 'maximum';
  if (/\b(?:min(?:imum)?|at least)\b/.test(text)) return 'minimum';
  return /\bdefaults?\b/.test(text) ? 'default' : '';
}

/** The distinct amounts each sibling key holds, over every fact with a quantity and an attribute. */
const valuesBySibling = perContext((context) => {
  const byKey = new Map<string, Array<readonly [number, number]>>();
  for (const fact of context.facts) {
    if (!fact.quantity || fact.attribute.trim() === '') continue;
    const key = siblingKey(fact);
    const values = byKey.get(key) ?? byKey.set(key, []).get(key)!;
    values.push([fact.quantity.min, fact.quantity.max]);
  }
  return byKey;
});

/** "uptake with a buffer tablet" → "uptake": the attribute a condition narrows. */
const CONDITIONED = /^(.+?)\s*\(?\b(?:with|without|when|if|under|during|after|before|while)\b.+$/i;

/**
 * "without a buffer tablet" for "Uptake: 60 %" when the one other value its section gives it is under
 * "with a buffer tablet": the condition the bare value is asked with, so that it has one right answer.
 */
export function unstatedCondition(item: FactItem, context: GenerationContext): string | undefined {
  const under = valuesUnderCondition(context).get(siblingKey(item)) ?? [];
  const [only] = under;
  return under.length === 1 && /^with\s/i.test(only!.condition) ? only!.condition.replace(/^with/i, 'without') : undefined;
}

/** The amounts, with their condition, of the attributes each bare sibling key is also given under a condition. */
const valuesUnderCondition = perContext((context) => {
  const byKey = new Map<string, Array<{ amount: readonly [number, number]; condition: string }>>();
  for (const fact of context.facts) {
    const conditioned = CONDITIONED.exec(fact.attribute);
    if (!fact.quantity || !conditioned?.[1]?.trim()) continue;
    const key = siblingKey(fact, conditioned[1]);
    const values = byKey.get(key) ?? byKey.set(key, []).get(key)!;
    const condition = fact.attribute.slice(conditioned[1].length).replace(/[()]/g, ' ').replace(/\s+/g, ' ').trim();
    values.push({ amount: [fact.quantity.min, fact.quantity.max], condition });
  }
  return byKey;
});

const near = (a: number, b: number): boolean => a === b || (a > 0 && b > 0 && Math.max(a, b) / Math.min(a, b) <= 1.05);
