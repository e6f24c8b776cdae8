import type { FactItem, Quantity } from '../knowledge/item.js';
import { formatQuantity, sameQuantity } from '../knowledge/parse-quantity.js';
import type { Candidate } from './pick-distractors.js';
import { perContext } from './context-index.js';
import { type GenerationContext, looksLikeProductName } from './generation-context.js';
import { buildQuestion, type Outcome } from './question-draft.js';
import { questionId } from './question-id.js';
import { type ChoiceUnit, choiceUnit, formatChoice, scaledVariants } from './quantity-choice.js';
import { lowerFirstWord } from './name-case.js';
import { article, comparisonKey, contentWords, tidy } from './text-tools.js';
import { attributeProblem, dimensionMismatch, nameOnly } from './gates/noun-phrase.js';
import { baseLexiconOnly, type Lexicon } from '../knowledge/lexicon.js';
import { spellOut } from './spell-out.js';
import { realSubject } from './gates/real-subject.js';
import { valueQuestions } from './value-question.js';
import { countInProse } from './prose-count.js';

/**
 * Facts with a number become "What is the maximum execution time for Lambda?" questions. A range
 * ("128 MB to 10 GB") asks twice, for its minimum and its maximum. Distractors: the same kind of
 * value from other facts first (same dimension, counted noun and price basis, within ×10), then
 * ×2 / ÷2 / ×4 … variants; never an equal amount in another unit.
 */
export function quantityQuestions(fact: FactItem, context: GenerationContext): Outcome[] {
  const q = fact.quantity;
  // A value that is a name ("READ COMMITTED", "SIGTERM") is asked by its own builder.
  if (!q) {
    // "… and up to 15 read replicas": a count of things in prose is a limit all the same.
    const counted = countInProse(fact, context.names);
    return counted ? quantityQuestions(counted, context) : valueQuestions(fact, context);
  }
  // "What is the minimum memory for Config?": a generic heading gives way to the nearest real name above it.
  const named = realSubject([fact.topic, fact.subject, ...[...fact.source.section].reverse()], context.facets);
  if (!named) return [{ skip: 'fact has no subject but a generic heading', item: fact }];
  const resolved = named === fact.topic ? fact : { ...fact, topic: named, subject: named };
  const written = cleanAttribute(resolved.role === 'default' ? resolved.attribute.replace(/\bdefaults?\b/gi, ' ') : resolved.attribute, context.names, context.lexicon);
  if (!written) return [{ skip: 'fact has no attribute to ask about', item: resolved }];
  // "INT: 4 bytes", "/tmp: 512 MB": the label is the thing measured, so the question asks its measure.
  const { item, attribute } = nameMeasured(resolved, written, q, context);
  const fragment = attributeProblem(attribute) ?? dimensionMismatch(attribute, q.dimension);
  if (fragment) return [{ skip: fragment, item }];
  if (vagueAttribute(attribute, q)) return [{ skip: 'fact attribute is too vague to ask about', item }];
  // "Charged on runtime of function rounded to nearest 100ms": 100 ms is the billing step, not the runtime.
  if (/\brounded\s+(?:up\s+|down\s+)?to\s+(?:the\s+)?nearest\b/i.test(item.text)) return [{ skip: 'the number is a rounding step, not a value of the attribute', item }];
  const misread = misreadValue(item);
  if (misread) return [{ skip: misread, item }];
  // Only the sentence leading to the number says what it is: "the default is 30 seconds. The maximum is 12 hours" keys 30 s as no maximum.
  const at = item.text.indexOf(q.text);
  const sentenceStart = at >= 0 ? Math.max(0, ...[...item.text.slice(0, at).matchAll(/[.;!?]\s+/g)].map((m) => m.index + m[0].length)) : 0;
  const said = `${item.attribute} ${at >= 0 ? item.text.slice(sentenceStart, at + q.text.length) : item.text}`;
  // The notes' own word for the value wins: "defaults to 24 hours; up to 365 days" asks 24 hours as the default.
  const bound =
    item.role === 'default' ? 'exact' : item.role === 'maximum' ? 'at-most' : item.role === 'minimum' ? 'at-least' : /\b(max(imum)?|up to|at most)\b|<=|≤/i.test(said) ? 'at-most' : /\b(min(imum)?|at least)\b|>=|≥/i.test(said) ? 'at-least' : q.bound;
  const ends: Array<{ variant: string; base: number }> = q.min === q.max ? [{ variant: '', base: q.min }] : [{ variant: 'min', base: q.min }, { variant: 'max', base: q.max }];
  return ends.map(({ variant, base }) => {
    const unit = choiceUnit(q, base, variant === '');
    const answer = formatChoice(base, unit);
    if (!answer) return { skip: 'answer is not a tidy number', item };
    const stem = withConditions(stemFor(item, { ...q, bound }, attribute, variant), item);
    // A repeat of an earlier question (same id or stem) is counted as such by buildQuestion.
    if (!context.asked.has(questionId(item.id, 'quantity', variant), stem) && restatesAskedFact(fact, q, variant, bound, context)) {
      return { skip: 'same fact as an earlier question', item };
    }
    const outcome = buildQuestion({
      item,
      kind: 'quantity',
      variant,
      stem,
      answer,
      shape: 'number',
      candidates: () => candidatesFor(item, q, base, unit, context),
      numberOf: numberIn,
      qualified: (item.conditions?.length ?? 0) > 0 || item.role !== undefined,
      explanation: () => explain(item, { ...q, bound }, attribute, variant),
    }, context);
    if ('question' in outcome) recordAskedFact(fact, q, variant, bound, context);
    return outcome;
  });
}

const measures: Partial<Record<Quantity['dimension'], string>> = { size: 'storage size', duration: 'time limit', money: 'price' };

/** A label that is only a name ("INT", "/tmp") becomes the subject, asked for its measure ("storage size"), placed in its topic when that is a name. */
function nameMeasured(item: FactItem, attribute: string, q: Quantity, context: GenerationContext): { item: FactItem; attribute: string } {
  const measure = measures[q.dimension];
  if (!measure || attributeProblem(attribute) !== nameOnly) return { item, attribute };
  const place = item.topic !== attribute && (context.names.has(item.topic) || looksLikeProductName(item.topic)) ? ` in ${item.topic}` : '';
  const thing = `${attribute}${place}`;
  return { item: { ...item, topic: thing, subject: thing }, attribute: measure };
}

/**
 * Why the fact's number is not the attribute's value, if it is not: the notes deny it ("in bytes, not
 * 4-byte increments"), give it as an example only ("e.g. 10 % for 5 minutes"), or the "seconds" is an
 * HTTP status family ("HTTP 400s").
 */
function misreadValue(item: Pick<FactItem, 'negated' | 'role' | 'text' | 'quantity'>): string | undefined {
  if (item.negated) return 'the notes deny this value';
  if (item.role === 'example') return 'the value is only an example';
  if (item.quantity?.dimension === 'duration' && /\b[1-5]\d\ds\b/.test(item.quantity.text) && /\b(http|status|error|code|response)s?\b/i.test(item.text)) return 'the number is a status code, not a duration';
  // "30S subunit", "50S": a capital S after a number is part of a name, never seconds.
  if (item.quantity?.dimension === 'duration' && /^\d+S$/.test(item.quantity.text.trim())) return 'the number is part of a name, not a duration';
  return undefined;
}

/** The number a choice shows ("1,024 bytes" → 1024, "$0.20 per 1M requests" → 0.2), for ordering the choices. */
export function numberIn(text: string): number | undefined {
  const match = /\d[\d,]*(\.\d+)?/.exec(text);
  return match ? Number(match[0].replace(/,/g, '')) : undefined;
}

/** The stem with the fact's conditions kept ("per second", "free tier"): without them the value is wrong. */
function withConditions(stem: string, item: Pick<FactItem, 'conditions'>): string {
  const missing = (item.conditions ?? []).map(tidy).filter((condition) => condition !== '' && !stem.toLowerCase().includes(condition.toLowerCase()));
  return missing.length === 0 ? stem : `${stem.slice(0, -1)}, ${missing.join(', ')}?`;
}

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
function restatesAskedFact(item: FactItem, q: Quantity, variant: string, bound: Quantity['bound'], context: GenerationContext): boolean {
  const earlier = askedFactsOf(context).get(factKey(item, q, variant, bound)) ?? [];
  const stems = aboutStems(item);
  return earlier.some((asked) => (asked.range !== undefined && asked.range === rangeOf(q)) || [...stems].some((stem) => asked.stems.has(stem)));
}

function recordAskedFact(item: FactItem, q: Quantity, variant: string, bound: Quantity['bound'], context: GenerationContext): void {
  const asked = askedFactsOf(context);
  const key = factKey(item, q, variant, bound);
  asked.set(key, [...(asked.get(key) ?? []), { range: rangeOf(q), stems: aboutStems(item) }]);
}

/** Values of other comparable facts within ×10 of `base` (within ×4 first), well-known ports, then ×2 / ÷2 … variants. */
function candidatesFor(item: FactItem, q: Quantity, base: number, unit: ChoiceUnit, context: GenerationContext): Candidate[] {
  const candidates: Candidate[] = [];
  for (const [value, facts] of valuesLike(q, context)) {
    const ratio = value / base;
    if (ratio > 10 || ratio < 0.1 || facts.every((fact) => fact === item) || sameAmount(q, value, base)) continue;
    const text = plausible(formatChoice(value, unit));
    if (text) candidates.push({ text, tier: ratio <= 4 && ratio >= 0.25 ? 0 : 1 });
  }
  if (q.dimension === 'port') for (const port of wellKnownPorts) candidates.push({ text: `port ${port}`, tier: 1 });
  scaledVariants(base, unit).forEach((value, index) => {
    const text = sameAmount(q, value, base) ? undefined : plausible(formatChoice(value, unit));
    // ×2 and ÷2 first, then ×4 and ÷4, then ×10 and ÷10: the nearer, the more plausible.
    if (text) candidates.push({ text, tier: 2 + Math.floor(index / 2) });
  });
  return candidates;
}

/** A choice a person would believe: no fraction of a byte or count, no "0.3 GB" where the notes write MB. */
function plausible(text: string | undefined): string | undefined {
  if (!text) return undefined;
  // "3.75 minutes": nobody writes a limit to two decimals (prices aside).
  if (/^\d[\d,]*\.\d{2,}\s*\p{L}/u.test(text)) return undefined;
  // "0.3 years", "2.4 hours": long spans are written whole (or by the half).
  if (/^(0\.\d+|\d+\.[1-46-9])\s*(years?|months?|weeks?|days?|hours?)$/i.test(text)) return undefined;
  if (/^\d[\d,]*\.\d+\s*(bytes?|B)$/i.test(text) || /^0\.\d+\s*(KB|MB|GB|TB|KiB|MiB|GiB|TiB|kilobytes?|megabytes?|gigabytes?)$/i.test(text)) return undefined;
  return text;
}

// Ports a reader has met elsewhere: plausible wrong answers for "which port does … use?".
const wellKnownPorts = [80, 443, 8080, 3000, 8000, 5000, 9000, 2049, 3306, 5432, 6379];

/** Same dimension, same counted noun, same price basis: quantities with one key can stand beside each other. */
function comparableKey(q: Quantity): string {
  const detail = q.dimension === 'count' ? q.unit : q.dimension === 'money' ? (q.per ?? '') : '';
  return `${q.dimension}\u0000${detail}`;
}

/** Every value (a minimum or maximum) of the facts comparable with `q`, with the facts that have it. */
function valuesLike(q: Quantity, context: GenerationContext): ReadonlyMap<number, readonly FactItem[]> {
  return factValuesOf(context).get(comparableKey(q)) ?? new Map();
}

const factValuesOf = perContext((context) => {
  const byKey = new Map<string, Map<number, FactItem[]>>();
  for (const fact of context.facts) {
    if (!fact.quantity) continue;
    const key = comparableKey(fact.quantity);
    const values = byKey.get(key) ?? byKey.set(key, new Map()).get(key)!;
    for (const value of new Set([fact.quantity.min, fact.quantity.max])) {
      const facts = values.get(value);
      if (facts) facts.push(fact);
      else values.set(value, [fact]);
    }
  }
  return byKey;
});

function sameAmount(q: Quantity, value: number, base: number): boolean {
  const at = (v: number): Quantity => ({ ...q, min: v, max: v });
  return sameQuantity(at(value), at(base));
}

/** "max execution length" → "execution length"; undefined when nothing askable is left. */
export function cleanAttribute(attribute: string, names: ReadonlySet<string>, lexicon: Pick<Lexicon, 'spellings' | 'synonyms'> = baseLexiconOnly()): string | undefined {
  const spelled = spellOut(attribute, lexicon);
  const text = tidy(spelled.replace(/\b(max(imum)?|min(imum)?|up to|at most|at least|limit of)\b/gi, ' ').replace(/\s+/g, ' '));
  if (!/\p{L}{2}/u.test(text) || /\d/.test(text)) return undefined;
  return lowerFirstWord(text, names);
}

const qualifier = (q: Quantity, variant: string, role?: FactItem['role']): string =>
  variant === 'min' || q.bound === 'at-least' ? 'minimum ' : variant === 'max' || q.bound === 'at-most' || q.bound === 'less-than' ? 'maximum ' : role === 'default' ? 'default ' : '';

// Attributes that say nothing on their own ("What is the duration for ECS?"), or read as a verb phrase.
const vague = /^(duration|size|count|number|amount|money|price|cost|value|total|allowed|time|length|limit|quota|billing|charged|of|for|in|to|at|and|with|from|still|also|e\.?g)\b/i;

function vagueAttribute(attribute: string, q: Quantity): boolean {
  if (q.dimension === 'port') return false;
  const words = attribute.split(/\s+/);
  if (vague.test(attribute) && words.length === 1) return true;
  if (/'s\b/.test(attribute)) return true;
  if (/^(of|for|in|to|at|and|with|from|still|also|returns?|returning|runs?|running|is|are|can)\b/i.test(attribute)) return true;
  return /(ing|ed)$/i.test(words.at(-1) ?? '') && !/(setting|pricing|billing|processing|logging|caching|scaling|timing|storage)$/i.test(words.at(-1) ?? '');
}

/** "Lambda" for "Lambda quotas"; "the Lambda free tier" for the free tier; "an ACU in Aurora Serverless"; the topic otherwise. */
function subjectPhrase(item: FactItem): string {
  const subject = tidy(item.subject.replace(/\b(quotas?|limits?|pricing|concepts|basics|at a glance|\(per region\)|per region)\b/gi, ' ').replace(/\s+/g, ' '));
  // A unit of the topic named by its acronym ("Each ACU : 2 GiB mem"): the amount is per one of them.
  if (/^[A-Z]{2,6}$/.test(subject) && subject !== item.topic && !item.topic.includes(subject)) return `${article(subject)} ${subject} in ${item.topic}`;
  // "RDS Deployments: Read Replicas, Multi-AZ" is a heading listing things, not one subject.
  if (!subject || subject === item.topic || !subject.startsWith(item.topic) || subject.split(/\s+/).length > 5 || /[:,;]/.test(subject)) return item.topic;
  return `the ${subject}`;
}

/** The stem, phrased for the dimension: ports are used, prices charged, counts numbered. */
function stemFor(item: FactItem, q: Quantity, attribute: string, variant: string): string {
  const subject = subjectPhrase(item);
  if (q.dimension === 'port') {
    const what = attribute.replace(/\s*\b(ports?|listens? on|uses?)\b\s*/gi, ' ').trim();
    const owner = item.source.section.at(-1);
    const daemon = owner && owner.startsWith(item.topic) && owner !== item.topic ? `the ${owner}` : subject;
    return what ? `Which port does ${daemon} use for ${what}?` : `Which port does ${daemon} listen on?`;
  }
  if (q.dimension === 'money' && q.per) {
    // "beyond the free tier", "after 1M requests": the attribute already says which price.
    const which = /^(beyond|after|above|over|past|outside|within|under|in|on|at|for)\b/i.test(attribute) ? attribute : `of ${attribute}`;
    return `What is the ${qualifier(q, variant, item.role)}price ${which} for ${subject}?`;
  }
  if (q.dimension === 'count') {
    const noun = q.unit && !new RegExp(`\\b${q.unit.replace(/s$/, '')}`, 'i').test(attribute) ? `, in ${q.unit}` : '';
    if (noun) return `What is the ${qualifier(q, variant, item.role)}${attribute} for ${subject}${noun}?`;
    // "1K concurrent execution": the number of concurrent executions.
    const counted = q.unit && attribute.endsWith(q.unit.replace(/s$/, '')) && !attribute.endsWith(q.unit) ? `${attribute}s` : attribute;
    return `What is the ${qualifier(q, variant, item.role)}number of ${counted} for ${subject}?`;
  }
  if (q.dimension === 'size' && !sizeWords.test(attribute)) return `What is the ${qualifier(q, variant, item.role)}size of the ${attribute} for ${subject}?`;
  return `What is the ${qualifier(q, variant, item.role)}${attribute} for ${subject}?`;
}

const sizeWords = /\b(size|memory|storage|capacity|allocation|disk|volume)\b|\/tmp/i;

/**
 * "For Lambda, the maximum payload is 6 MB (per request)." composed from the item, with the canonical
 * equivalent and the notes' own conditions; then the notes' statement itself when it says more.
 */
function explain(item: FactItem, q: Quantity, attribute: string, variant: string): string {
  const amount = formatQuantity({ ...q, bound: 'exact' });
  const what = q.min === q.max ? `${qualifier(q, variant, item.role)}${attribute}` : attribute;
  const conditions = (item.conditions ?? []).map(tidy).filter(Boolean);
  const main = `For ${subjectPhrase(item)}, the ${what} is ${amount}${conditions.length > 0 ? ` (${conditions.join(', ')})` : ''}`;
  const said = tidy(item.text);
  const mainWords = new Set(contentWords(main));
  const saysMore = contentWords(said).some((word) => !mainWords.has(word));
  return saysMore && said.split(/\s+/).length >= 4 && !/[`*|“”]/.test(said) ? `${main}. The notes: “${said}”` : main;
}
