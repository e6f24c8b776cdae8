import type { FactItem, Quantity } from './item.js';
import type { Statement } from './extract-key-value.js';
import { bareValueQuantity, findQuantities } from './parse-quantity.js';
import { qualifiersOf } from './fact-qualifiers.js';
import { headingName, type NameHints } from './topic-of.js';
import { parallelClauses } from './parallel-clauses.js';
import { keyedMeasure, namesMeasure } from './keyed-measure.js';
import { scopedHead, setObject } from './said-of.js';

/** A fact before it gets its id, topic and source. */
export type FactDraft = Pick<
  FactItem,
  'subject' | 'attribute' | 'text' | 'quantity' | 'role' | 'conditions' | 'negated'
>;

const MAX_ATTRIBUTE_WORDS = 4;
/** Words that glue an attribute to its number and say nothing themselves. */
const FILLER = new Set(
  'default defaults defaulting range ranges ranging between is are be must should can could will cost costs rounded to of at in for up around roughly about with by than under over the a an on listens listen nearest total all each per takes take has have gets get only just also still and'.split(
    ' ',
  ),
);
/** Words after a value-first quantity where the attribute phrase stops ("dist storage under /tmp"). */
const CUT = new Set('under with across at for in on from by to when if and but so which that while'.split(' '));

/** Where the words before a value start a clause of their own: "… and the maximum is", "…, while a job gets". */
const NEXT_CLAUSE = /\b(?:and|but|while|whereas)\s+(?:the|a|an|its|their)\b/gi;

/** Words that say which value it is (see fact-qualifiers.ts), not what it measures. */
const ROLE_WORDS = new Set('default setting value limit'.split(' '));

/** Words that qualify a limit but do not name it. */
const WEAK = new Set('max maximum min minimum total allowed available supported needed required'.split(' '));

const isNameToken = (t: string): boolean => /\p{Lu}.*\p{Lu}|\p{N}|^\p{Lu}{2,}/u.test(t);
const lowerWords = (tokens: string[]): string => tokens.map((t) => (isNameToken(t) ? t : t.toLowerCase())).join(' ');
const tokensOf = (s: string): string[] =>
  s
    .replace(/[()[\]"“”「」『』]/g, ' ')
    .split(/\s+/)
    .filter(Boolean);

/** The clause after the quantity: "execution length" in "900 seconds (15minutes) execution length (short…)". */
function wordsAfter(rest: string): string[] {
  const clause = rest.split(/[,;.:()，。；：（）、！？]|\s[-–—]\s/)[0] ?? '';
  // "… is 30 minutes and the maximum is 12 hours": words after a conjunction are the next clause's.
  if (/^\s*(?:and|but|or|while|whereas)\s+(?:the|a|an|its|their)\b/i.test(clause)) return [];
  let tokens = tokensOf(clause);
  for (;;) {
    while (tokens.length > 0 && FILLER.has(tokens[0]!.toLowerCase())) tokens.shift();
    const numberAt = tokens.findIndex((t) => /\d/.test(t));
    if (numberAt >= 0) tokens = tokens.slice(0, numberAt);
    const cut = tokens.findIndex((t) => CUT.has(t.toLowerCase()));
    const phrase = cut >= 0 ? tokens.slice(0, cut) : tokens;
    // "20 MB max for a streamed response", "… allowed for memory allocation": the attribute is after "for".
    if (cut >= 0 && phrase.every((t) => WEAK.has(t.toLowerCase()))) {
      tokens = tokens.slice(cut + 1);
      continue;
    }
    return phrase.slice(0, MAX_ATTRIBUTE_WORDS);
  }
}

/** The clause before the quantity: "request and response payload" in "… payload up to 6 MB". */
function clausesBefore(before: string): string[] {
  // Only the sentence the value is in: "… 30 seconds. The maximum is 12 hours" names nothing new before "12 hours".
  const sentence = before.split(/(?<!\b(?:e\.g|i\.e|approx|ex|vs|etc))\.\s/i).at(-1) ?? before;
  return sentence.replace(/\([^)]*\)/g, ' ').split(/[,;:(，。；：（、！？]|\s[-–—]\s/);
}

function wordsBefore(before: string): string[] {
  const parts = clausesBefore(before);
  // "…run time, rounded to the nearest 100ms": when the nearest clause is all filler, use the one before.
  for (let i = parts.length - 1; i >= 0; i--) {
    const tokens = tokensOf(parts[i] ?? '');
    while (tokens.length > 0 && FILLER.has(tokens[tokens.length - 1]!.toLowerCase())) tokens.pop();
    // "Billed for run time": the attribute follows the last preposition.
    const lastCut = tokens.map((t) => t.toLowerCase()).findLastIndex((t) => CUT.has(t) && t !== 'and');
    // "Priority levels range from -10 to 10": nothing after the preposition, so the words before it.
    const tail = tokens.slice(lastCut + 1);
    const source = tail.length === 0 && lastCut > 0 ? tokens.slice(0, lastCut) : tail;
    while (source.length > 0 && FILLER.has(source[source.length - 1]!.toLowerCase())) source.pop();
    const last = source.slice(-MAX_ATTRIBUTE_WORDS);
    while (last.length > 0 && FILLER.has(last[0]!.toLowerCase())) last.shift();
    if (last.length > 0) return last;
  }
  return [];
}

function attributeFor(q: Quantity, before: string, after: string): string {
  if (q.dimension === 'port') return 'port';
  if (q.dimension === 'count' && q.unit && q.unit !== '%') {
    const noun = q.text.replace(/^.*?\d[\d,.]*\s*[kKM]?\s*/, '').replace(/\s+per\s+.*$/, '');
    if (noun && !/^gb-?s/i.test(noun)) return lowerWords(tokensOf(noun));
  }
  // "sets the idle timeout to 60 s for both", "the visibility timeout for a message is 30 s": the frame names it.
  const clause = tokensOf(clausesBefore(before).at(-1) ?? '');
  const framed = setObject(clause) ?? scopedHead(clause);
  if (framed && !framed.every((w) => WEAK.has(w.toLowerCase()) || ROLE_WORDS.has(w.toLowerCase())))
    return lowerWords(framed);
  const next = wordsAfter(after);
  if (next.length > 0) return lowerWords(next);
  const prev = wordsBefore(before);
  if (prev.length > 0) return lowerWords(prev);
  return q.unit === 'GB-seconds' ? 'compute' : q.dimension;
}

/**
 * "MBR (Master Boot Record) partitions are limited to 2 TiB": a sentence that opens with an acronym and
 * spells it out is
 * about what the acronym names, when the subject it was given (a heading, the file's title) is no name
 * and is not in the sentence. Undefined otherwise, and for a vendor prefix ("AWS recommends …").
 */
function leadingAcronym(text: string, subject: string, hints: NameHints): string | undefined {
  // Only an acronym the sentence spells out: "TCP port 49" under a bullet is not about TCP.
  const m = /^(\p{Lu}{2,6}\d?)\s+\([^)]*\)\s+\p{L}/u.exec(text);
  if (!m || hints.isVendor(m[1]!) || text.toLowerCase().includes(subject.toLowerCase())) return undefined;
  // Under a name ("TACACS+" over "TCP port 49") the sentence stays about that name.
  const named = headingName(subject, hints);
  if (named.name && named.whole) return undefined;
  return m[1];
}

/**
 * One fact per quantity in a statement. With a key ("Execution timeout: 15 minutes") the key names the
 * attribute, or the subject when the key is a name ("X-Ray Daemon : Listen to port 2000"); without one,
 * the words around the number do ("1K concurrent execution", "128 MB - 10 GB memory allocation").
 */
export function quantityFacts(statement: Statement, subject: string, hints: NameHints): FactDraft[] {
  const keyed =
    statement.key !== undefined && statement.value !== undefined && findQuantities(statement.key).length === 0;
  const target = keyed ? statement.value! : statement.text;
  const found = findQuantities(target);
  // "Default port: 80", "Max pods: 110": a bare number is the key's value.
  const bare = keyed && found.length === 0 ? bareValueQuantity(statement.key!, statement.value!) : undefined;
  const quantities = bare ? [bare] : found;
  if (quantities.length === 0) return [];
  const keyName = keyed ? headingName(statement.key!, hints) : undefined;
  const about = keyed ? subject : (leadingAcronym(statement.text, subject, hints) ?? subject);
  // "HealthCheck Interval: 30s": a key of several words ending in what its value measures is no name.
  const keyWords = keyed ? tokensOf(statement.key!) : [];
  const measuredKey = keyWords.length >= 2 && quantities.some((q) => namesMeasure(keyWords.at(-1)!, q.dimension));
  const keyIsSubject = keyName?.name !== undefined && keyName.whole && !measuredKey;
  const facts: FactDraft[] = [];
  let cursor = 0;
  for (const q of quantities) {
    const at = target.indexOf(q.text, cursor);
    const before = target.slice(cursor, Math.max(cursor, at));
    const after = target.slice(at + q.text.length);
    cursor = at >= 0 ? at + q.text.length : cursor;
    const own = keyed && !keyIsSubject ? lowerWords(tokensOf(statement.key!)) : attributeFor(q, before, after);
    // "Retention defaults to 24 hours; up to 365 days": a value with no words of its own is the previous one's.
    const nameless = own === q.dimension || own.split(' ').every((w) => WEAK.has(w) || ROLE_WORDS.has(w));
    const attribute = nameless && facts.length > 0 ? facts[facts.length - 1]!.attribute : own;
    // "The default timeout is 30 minutes and the maximum is 12 hours": the second value's role is read
    // from its own clause, not from the "default" of the clause before.
    const turn = [...before.matchAll(NEXT_CLAUSE)].at(-1);
    const from = turn ? Math.max(0, at) - before.length + turn.index : 0;
    const qualifiers = qualifiersOf(q, target.slice(from, Math.max(0, at)), after, keyed ? statement.key : undefined);
    // "money market: maturity < 1 year": the key is the thing, the value's first noun the attribute.
    const measured =
      keyed && !keyIsSubject && quantities.length === 1 ? keyedMeasure(statement.key!, target, q) : undefined;
    facts.push({
      subject: measured?.subject ?? (keyIsSubject ? keyName!.name!.replace(/^(each|every|per)\s+/i, '') : about),
      attribute: measured?.attribute ?? attribute,
      text: statement.text,
      quantity: q,
      ...qualifiers,
    });
  }
  return facts;
}

/**
 * "Standard queues support up to 300 messages per second; FIFO queues up to 3,000": a line whose clauses
 * each have their own subject and value gives one fact per clause, about that clause's subject and
 * worded as that clause. Undefined when the line is not of that shape or a clause's attribute cannot be
 * told (see parallelClauses), so the caller reads the line as one statement. A clause whose own words
 * name no attribute takes the one the other clauses name ("… 5 GB of memory, B 10 GB").
 */
export function parallelFacts(
  statement: Statement,
  hints: NameHints,
): Array<{ fact: FactDraft; at: number }> | undefined {
  const keyed = statement.key !== undefined && statement.value !== undefined;
  if (keyed && (findQuantities(statement.key!).length > 0 || headingName(statement.key!, hints).whole))
    return undefined;
  const clauses = parallelClauses(keyed ? statement.value! : statement.text, hints, keyed);
  if (!clauses) return undefined;
  const drafts: FactDraft[] = [];
  const offset = keyed ? Math.max(0, statement.text.lastIndexOf(statement.value!)) : 0;
  for (const clause of clauses) {
    const read: Statement = keyed
      ? { text: `${statement.key}: ${clause.frame}`, key: statement.key, value: clause.frame, form: 'colon' }
      : { text: clause.frame };
    const facts = quantityFacts(read, clause.subject, hints);
    // The value must be this clause's own: one fact, read from this clause's number.
    if (facts.length !== 1 || facts[0]!.quantity?.text !== clause.quantity.text) return undefined;
    drafts.push({ ...facts[0]!, subject: clause.subject, text: clause.text });
  }
  // An attribute no word of its clause says is only the kind of value ("size" for "B is 10 GB").
  const says = (d: FactDraft, i: number): boolean =>
    d.attribute !== d.quantity!.dimension || new RegExp(`\\b${d.attribute}\\b`, 'i').test(clauses[i]!.frame);
  const named = drafts.find(says);
  if (!named) return undefined;
  return drafts.map((d, i) => ({
    fact: says(d, i) ? d : { ...d, attribute: named.attribute },
    at: offset + clauses[i]!.start,
  }));
}
