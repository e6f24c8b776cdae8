import escapeStringRegexp from 'escape-string-regexp';
import type { FactItem, Quantity } from '../knowledge/item.js';
import { unitDef } from '../knowledge/quantity-units.js';
import { type GenerationContext, looksLikeProductName } from './generation-context.js';
import { specSheetLinesOf } from './spec-sheet.js';
import { buildQuestion, type Outcome } from './question-draft.js';
import { questionId } from './question-id.js';
import { choiceUnit, formatChoice } from './quantity-choice.js';
import { capitalise, tidy } from './text-tools.js';
import { attributeProblem, countedNounProblem, dimensionMismatch, durationUnnamed, nameOnly } from './gates/noun-phrase.js';
import { strictBound } from './gates/lost-qualifier.js';
import { realSubject } from './gates/real-subject.js';
import { measureUnnamed } from './gates/measure-named.js';
import { numberInStem } from './gates/number-in-stem.js';
import { valueQuestions } from './value-question.js';
import { countInProse } from './prose-count.js';
import { recordAskedFact, restatesAskedFact } from './asked-quantity-facts.js';
import { candidatesFor } from './quantity-distractors.js';
import { cleanAttribute, percentAttribute, notTheMeasuredNoun, perNoun, shareOfWhole, vagueAttribute } from './quantity-attribute.js';
import { explain, stemFor, stemSubject, writtenOut } from './quantity-stem.js';
import { isRangeFact, rangeQuestion } from './range-question.js';
import { proseMeasureQuestion } from './prose-measure.js';
import { unitCapacityQuestion } from './unit-capacity.js';
import { countToShareQuestion } from './count-to-share.js';
import { reservedCountQuestions } from './reserved-count.js';
import { portOfAnotherName } from './gates/port-owner.js';
import { accountQuota } from './gates/account-quota.js';
import { siblingValue, unstatedCondition } from './gates/sibling-values.js';
import { largerMaximum, listedValue, unitFloor } from './gates/other-values.js';
import { parameterLimitQuestion } from './parameter-limit.js';
import { ownSubject, partOfParent, qualifiedHeading, transposedRow } from './quantity-subject.js';
import { misreadValue, notTheAttribute } from './gates/misread-value.js';
import { boundSaid } from './value-bound.js';
import { thresholdQuestion } from './threshold-question.js';
import { unitEquivalenceQuestion } from './unit-equivalence.js';

/**
 * Facts with a number become "What is the maximum execution time for Lambda?" questions; a range ("128 MB to 10 GB")
 * asks for its minimum or its maximum. Distractors: the same kind of value from other facts first (same dimension,
 * counted noun and price basis, within ×10), then ×2 / ÷2 / ×4 … variants; never an equal amount in another unit.
 */
export function quantityQuestions(read: FactItem, context: GenerationContext): Outcome[] {
  const fact = transposedRow(read, context);
  const q = fact.quantity;
  // A value that is a name ("READ COMMITTED", "SIGTERM") is asked by its own builder.
  if (!q) {
    // "… and up to 15 read replicas": a count of things in prose is a limit all the same.
    const reserved = reservedCountQuestions(fact, context);
    if (reserved.length > 0) return reserved;
    const counted = countInProse(fact, context.names);
    return counted ? quantityQuestions(counted, context) : valueQuestions(fact, context);
  }
  if (specSheetLinesOf(context).has(`${fact.source.file}:${fact.source.line}`)) return [{ skip: 'table is a spec sheet: its figures are trivia', item: fact }];
  // "1 RCU = 1 read of 1 item of 4KB or less per second": the size one unit covers; "100 bps = 1%": a conversion.
  const equation = unitCapacityQuestion(fact, q, context) ?? unitEquivalenceQuestion(fact, q, context);
  if (equation) return [equation];
  // "You use this when you need more than 10 PB …": the threshold for choosing the thing.
  const choosing = strictBound(fact.text, q.text) ? thresholdQuestion(fact, q, context, numberIn) : undefined;
  if (choosing) return [choosing];
  // "What is the minimum memory for Config?": a generic heading gives way to the nearest real name above it.
  // "Terminology and basics" + "clustered index": under a generic topic, the subject's own words name the thing.
  const part = fact.subject.startsWith(`${fact.topic} `) ? fact.subject.slice(fact.topic.length + 1) : '';
  const thing = part.split(/\s+/).length <= 4 && /^\p{Ll}[\p{Ll}\s-]*$/u.test(part) ? [part] : [];
  const own = ownSubject(fact, context);
  const named = realSubject([...own, fact.topic, ...thing, fact.subject, ...[...fact.source.section].reverse()], context.facets);
  if (!named) return [{ skip: 'fact has no subject but a generic heading', item: fact }];
  // "DYNAMO, Max item size: 400kb": a shorthand label is asked by the name it stands for.
  const qualified = qualifiedHeading(named, fact, context);
  if (qualified === null) return [{ skip: 'subject is an adjective heading over no noun it qualifies', item: fact }];
  const full = qualified ?? partOfParent(named, fact, context) ?? writtenOut(named, context);
  const placed = named === fact.topic && full === named ? fact : { ...fact, topic: full, subject: named === fact.topic && fact.subject !== named ? fact.subject : full };
  const label = (item: FactItem): string | undefined => cleanAttribute(item.role === 'default' ? item.attribute.replace(/\bdefaults?\b/gi, ' ') : item.attribute, context.names, context.lexicon);
  // "Cost structure: up to 72 % discount compared to On-Demand": the noun by a percentage says what it
  // is a share of, and its baseline is kept.
  const share = percentAttribute(placed.text, q, unaskable(label(placed), q));
  // "Uptake: 60 %" beside "Uptake (with a buffer tablet): 85 %" is asked "…, without a buffer tablet?".
  const without = q.dimension === 'port' ? undefined : unstatedCondition(fact, context);
  const extra = [...(share?.conditions ?? []), ...(without ? [without] : [])];
  const resolved = share || without ? { ...placed, ...(share ? { attribute: share.attribute } : {}), conditions: [...new Set([...(placed.conditions ?? []), ...extra])] } : placed;
  const written = label(resolved);
  if (!written) return [{ skip: 'fact has no attribute to ask about', item: resolved }];
  // "INT: 4 bytes", "/tmp: 512 MB": the label is the thing measured, so the question asks its measure.
  const measured = nameMeasured(resolved, written, q, context);
  const { item } = measured;
  // "up to 64 KB per message": a size per message is asked as such, never as "the size of the message".
  // Not a time ("per second" is a rate) and not a name the statement capitalises ("Snowmobile … per snowmobile" is the thing itself).
  const capitalised = capitalise(measured.attribute);
  const perThing = perNoun(item.text, measured.attribute) && !/^(?:seconds?|minutes?|hours?|days?|months?|years?)$/i.test(measured.attribute) && !new RegExp(`\\b${escapeStringRegexp(capitalised)}\\b`).test(item.text);
  const attribute = q.dimension === 'size' && perThing ? `size per ${measured.attribute}` : measured.attribute;
  const adjustable = accountQuota(item, attribute, q, context);
  if (adjustable) return [{ skip: adjustable, item }];
  if (isRangeFact(q)) return [askRange(fact, item, attribute, q, context)];
  // "n is number of bytes (1-4000)": the limit of a type's parameter, asked with the parameter named.
  const parameter = parameterLimitQuestion(item, q, context);
  if (parameter) return [parameter];
  // "Activation of a warm site takes at least 12 hours": where the sentence's grammar says what is measured, it is asked so.
  const worded = proseMeasureQuestion(item, q, context);
  if (worded) return [worded];
  // The sentence's own grammar did not say whose port it is: the subject's only if its sentence names it.
  const foreignPort = q.dimension === 'port' ? portOfAnotherName(item.text, q.text, item.subject) : undefined;
  if (foreignPort) return [{ skip: foreignPort, item }];
  // From here the stem names the fact's own subject and attribute: another value of both is a second right answer.
  const twice = q.dimension === 'port' ? undefined : siblingValue(fact, context);
  if (twice) return [{ skip: twice, item }];
  const fragment = attributeProblem(attribute) ?? dimensionMismatch(attribute, q.dimension) ?? measureUnnamed(attribute, q.dimension);
  if (fragment) return [{ skip: fragment, item }];
  // "Four half-lives clear 90 % of the drug": the share is reached by a count, and the count is asked.
  if (shareOfWhole(item.text, q)) return [countToShareQuestion(item, q, context) ?? { skip: 'the value is a share of a whole, not a property', item }];
  const threshold = notTheMeasuredNoun(item.text, attribute) ?? strictBound(item.text, q.text) ?? listedValue(item.text, q);
  if (threshold) return [{ skip: threshold, item }];
  if (vagueAttribute(attribute, q)) return [{ skip: 'fact attribute is too vague to ask about', item }];
  // "Charged on runtime of function rounded to nearest 100ms": 100 ms is the billing step, not the runtime.
  if (/\brounded\s+(?:up\s+|down\s+)?to\s+(?:the\s+)?nearest\b/i.test(item.text)) return [{ skip: 'the number is a rounding step, not a value of the attribute', item }];
  const misread = misreadValue(item) ?? notTheAttribute(item, attribute, q) ?? durationUnnamed(attribute, q.dimension) ?? countedNounProblem(attribute, q);
  if (misread) return [{ skip: misread, item }];
  const bound = boundSaid(item, attribute, q, context);
  // "1-8000 bytes", "0–100 %": a range from nothing or one is a limit; only its maximum is worth asking.
  const one = unitDef(q.unit)?.factor ?? 1;
  const trivialMin = q.min !== q.max && (q.min === 0 || (q.min === one && q.max >= 100 * one));
  const ends: Array<{ variant: string; base: number }> =
    q.min === q.max ? [{ variant: '', base: q.min }] : trivialMin ? [{ variant: 'max', base: q.max }] : [{ variant: 'min', base: q.min }, { variant: 'max', base: q.max }];
  // A range is one fact: its minimum is asked, or its maximum when the minimum makes no question.
  let rangeAsked = false;
  return ends.map(({ variant, base }) => {
    if (rangeAsked) return { skip: 'same fact as an earlier question', item };
    // Only a maximum has a rival in a larger maximum: "30 seconds unless set. The maximum is 12 hours" asks 30 s as no maximum.
    const another = (variant === 'max' || (variant === '' && bound === 'at-most') ? largerMaximum(item.text, q, base) : undefined) ?? unitFloor(variant === '' && bound === 'at-least', q, base, one);
    if (another) return { skip: another, item };
    // "the number of bytes" is answered in bytes, however round the number is in KB.
    const unit = choiceUnit(casedUnit(q, item), base, variant === '' || /^number of\b/i.test(attribute));
    const answer = formatChoice(base, unit);
    if (!answer) return { skip: 'answer is not a tidy number', item };
    const stem = withConditions(stemFor(item, { ...q, bound }, attribute, variant), item);
    const clue = numberInStem(stem, base, unit.def);
    if (clue) return { skip: clue, item };
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
      closestFirst: q.dimension === 'port',
      explanation: () => explain(item, { ...q, bound }, attribute, variant),
    }, context);
    if ('question' in outcome) {
      // Both ends are recorded, so the same range worded again elsewhere is known by either.
      for (const end of ends) recordAskedFact(fact, q, end.variant, bound, context);
      rangeAsked = ends.length > 1;
    }
    return outcome;
  });
}

/** A port range or a range of plain numbers, asked whole ("NodePort range is 30000–32767": "What is the NodePort range?"). */
function askRange(fact: FactItem, item: FactItem, attribute: string, q: Quantity, context: GenerationContext): Outcome {
  const problem = attributeProblem(attribute);
  // "NodePort: 30000–32767": a label that is a name is what the range is of.
  const named = problem === nameOnly;
  if (problem && !named) return { skip: problem, item };
  if (!named && vagueAttribute(attribute, q)) return { skip: 'fact attribute is too vague to ask about', item };
  const misread = misreadValue(item) ?? notTheAttribute(item, attribute, q);
  if (misread) return { skip: misread, item };
  if (restatesAskedFact(fact, q, 'min', 'exact', context)) return { skip: 'same fact as an earlier question', item };
  const outcome = rangeQuestion(item, q, named || q.dimension === 'port' ? '' : attribute, named ? attribute : stemSubject(item), context);
  if ('question' in outcome) for (const variant of ['min', 'max']) recordAskedFact(fact, q, variant, 'exact', context);
  return outcome;
}

/** An attribute the gates below would refuse: none, a fragment or clause, another kind of value, or too vague. */
function unaskable(attribute: string | undefined, q: Quantity): boolean {
  return !attribute || attributeProblem(attribute) !== undefined || dimensionMismatch(attribute, q.dimension) !== undefined || measureUnnamed(attribute, q.dimension) !== undefined || vagueAttribute(attribute, q);
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

/** "per TB of data scanned" from "$5.00 per TB of data scanned": the per-unit and the words of its "of" phrase. */
function perUnitOf(item: Pick<FactItem, 'text' | 'quantity'>): string | undefined {
  const q = item.quantity;
  if (!q?.per) return undefined;
  const at = item.text.indexOf(q.text);
  if (at < 0) return undefined;
  const words = /^\s*of\s+([\p{L}-]+(?:\s+[\p{L}-]+){0,2})/u.exec(item.text.slice(at + q.text.length))?.[1]?.split(/\s+/) ?? [];
  const stop = words.findIndex((word) => /^(?:in|for|with|and|or|at|on|per|to|by|from|than|is|are|the|a|an)$/i.test(word));
  const kept = stop < 0 ? words : words.slice(0, stop);
  return kept.length > 0 ? `per ${q.per} of ${kept.join(' ')}` : undefined;
}

/** A counted noun that holds the topic's name, as the statement cases it ("15 Aurora Replicas" of Aurora, not "15 aurora replicas"). */
function casedUnit(q: Quantity, item: Pick<FactItem, 'text' | 'topic'>): Quantity {
  if (q.dimension !== 'count' || !/\p{L}{3}/u.test(q.unit)) return q;
  const found = new RegExp(`(?<![\\p{L}])${escapeStringRegexp(q.unit)}(?![\\p{L}])`, 'iu').exec(item.text);
  // "Stickers: max 12 per crate": a capital that only opens the text is no casing of a name.
  const written = found && !(found.index === 0 && found[0].slice(1) === q.unit.slice(1)) ? found[0] : undefined;
  const named = item.topic.split(/\s+/).some((word) => word.length >= 3 && written?.toLowerCase().split(/\s+/).includes(word.toLowerCase()));
  return written && written !== q.unit && named ? { ...q, unit: written } : q;
}

/** The number a choice shows ("1,024 bytes" → 1024, "$0.20 per 1M requests" → 0.2), for ordering the choices. */
export function numberIn(text: string): number | undefined {
  const match = /\d[\d,]*(\.\d+)?/.exec(text);
  return match ? Number(match[0].replace(/,/g, '')) : undefined;
}

/**
 * The stem with the fact's conditions kept ("per second", "free tier"): without them the value is wrong.
 * A price's unit keeps what it is of: "$5 per TB of data scanned" is asked per TB of data scanned.
 */
function withConditions(stem: string, item: Pick<FactItem, 'conditions' | 'text' | 'quantity'>): string {
  const unitOf = perUnitOf(item);
  const missing = [...(unitOf ? [unitOf] : []), ...(item.conditions ?? [])].map(tidy).filter((condition) => condition !== '' && !stem.toLowerCase().includes(condition.toLowerCase()));
  return missing.length === 0 ? stem : `${stem.slice(0, -1)}, ${missing.join(', ')}?`;
}
