import type { FactItem, Quantity } from '../knowledge/item.js';
import { FUNCTION_WORDS, LINKING_VERBS, PRONOUN } from '../knowledge/english-words.js';
import type { GenerationContext } from './generation-context.js';
import { buildQuestion, type Outcome } from './question-draft.js';
import { choiceUnit, formatChoice, minimumKeyedToSmallest } from './quantity-choice.js';
import { candidatesFor } from './quantity-distractors.js';
import { recordAskedFact, restatesAskedFact } from './asked-quantity-facts.js';
import { numberInStem } from './gates/number-in-stem.js';
import { numberIn } from './quantity-question.js';

/**
 * A sentence that states one number about its subject, whose words around the number name no
 * attribute: "Activation of a warm site takes at least 12 hours", "MBR based partitions are limited to
 * 2 TiB", "thinnet: …, spans distances of 185 meters", "two 512-bit access keys". The sentence's own
 * grammar says what the number measures (the time something takes, the size it is limited to, the
 * noun before "of", the length in bits of the noun after it) and what it is about (the noun phrase
 * before the verb, or the statement's key when the clause has none), and the stem is phrased from
 * them: "How long does activation of a warm site take at least?". Undefined when the sentence is of
 * no such shape or its subject is unsure (a pronoun, a clause, another number): the caller skips then.
 */
export function proseMeasureQuestion(item: FactItem, q: Quantity, context: GenerationContext): Outcome | undefined {
  // Conditions ("per second", "free tier") are the plain builder's to keep in its stem.
  if (item.negated || item.role === 'example' || q.min !== q.max || q.per || (item.conditions?.length ?? 0) > 0) return undefined;
  const read = relativeMeasure(item, q) ?? readMeasure(item.text, q, context.names);
  if (!read) return undefined;
  const bound = read.bound;
  const unit = choiceUnit(q, q.min, true);
  const answer = formatChoice(q.min, unit);
  if (!answer) return { skip: 'answer is not a tidy number', item };
  const clue = numberInStem(read.stem, q.min, unit.def);
  if (clue) return { skip: clue, item };
  if (restatesAskedFact(item, q, '', bound, context)) return { skip: 'same fact as an earlier question', item };
  const outcome = buildQuestion(
    {
      item,
      kind: 'quantity',
      // The id the plain builder would give the fact: one question per fact, whichever builder words it.
      variant: '',
      stem: read.stem,
      answer,
      shape: 'number',
      candidates: () => candidatesFor(item, q, q.min, unit, context),
      numberOf: numberIn,
      closestFirst: q.dimension === 'port',
      explanation: `The notes: “${sentenceOf(item.text, q).trim()}”`,
    },
    context,
  );
  if (!('question' in outcome)) return outcome;
  // "What is the minimum …?" keyed to the smallest choice: a test-wise reader picks it unread.
  if (minimumKeyedToSmallest(read.stem, outcome.question.choices, outcome.question.answer)) return { skip: 'a minimum keyed to the smallest choice gives itself away', item };
  recordAskedFact(item, q, '', bound, context);
  return outcome;
}

interface Reading {
  stem: string;
  bound: Quantity['bound'];
}

/** Head nouns that name a value of a dimension when a relative clause follows ("time after which …"). */
const RELATIVE_HEADS: Partial<Record<Quantity['dimension'], RegExp>> = {
  duration: /^(?:time|period|duration|delay|interval)$/i,
  size: /^(?:size|amount of data)$/i,
};

const ROLE_WORD: Record<NonNullable<FactItem['role']>, string> = { default: 'default ', minimum: 'minimum ', maximum: 'maximum ', example: '' };

/**
 * "Time after which message will be deleted (default, min, max): 4d, 1m, 14d": an attribute that is a
 * measure noun and a relative clause names what the value measures all the same; asked with its role.
 */
function relativeMeasure(item: FactItem, q: Quantity): Reading | undefined {
  const m = /^(\p{L}+(?:\s+of\s+\p{L}+)?)\s+(?:after|before|until|during|within|for)\s+which\s+(\S.*)$/iu.exec(item.attribute.trim());
  const head = RELATIVE_HEADS[q.dimension];
  if (!m || !head?.test(m[1]!) || m[2]!.split(/\s+/).length > 8 || /[^\p{L}\p{N}\s'-]/u.test(m[2]!)) return undefined;
  const subject = item.subject.trim();
  if (!subject || subject.toLowerCase() === item.topic.toLowerCase() && !/\p{Lu}/u.test(subject)) return undefined;
  const attribute = `${m[1]!.toLowerCase()} ${item.attribute.trim().slice(m[1]!.length).trim()}`;
  return { stem: `What is the ${item.role ? ROLE_WORD[item.role] : ''}${attribute} in ${subject}?`, bound: q.bound };
}

/** The sentence of `text` that holds the quantity, for the explanation. */
function sentenceOf(text: string, q: Quantity): string {
  const at = text.indexOf(q.text);
  if (at < 0) return text;
  const start = Math.max(0, ...[...text.slice(0, at).matchAll(/[.;!?]\s+/g)].map((m) => m.index + m[0].length));
  const end = /[.;!?](?:\s|$)/.exec(text.slice(at + q.text.length));
  return text.slice(start, end ? at + q.text.length + end.index + 1 : undefined);
}

/** The bound the words in and before the quantity give: "at least 12 hours", "limited to 2 TiB". */
function boundOf(q: Quantity, limited: boolean): Quantity['bound'] {
  if (limited) return 'at-most';
  return q.bound === 'less-than' ? 'at-most' : q.bound;
}

/** Words for what a limit measures, by dimension: "the maximum size of …", "the maximum length of …". */
const LIMIT_NOUN: Partial<Record<Quantity['dimension'], string>> = {
  size: 'size',
  duration: 'duration',
  length: 'length',
  'data rate': 'speed',
  'bit length': 'length',
};

/** Nouns that name what a value of a dimension is, before "of" ("spans distances of 185 m", "a capacity of 80 TB"). */
const MEASURE_NOUNS: Partial<Record<Quantity['dimension'], readonly string[]>> = {
  size: ['size', 'capacity', 'storage'],
  duration: ['time', 'duration', 'period', 'lifetime', 'retention'],
  length: ['distance', 'length', 'range', 'reach'],
  'data rate': ['speed', 'throughput', 'bandwidth', 'rate'],
  frequency: ['frequency'],
  power: ['power', 'output'],
};

function readMeasure(text: string, q: Quantity, names: ReadonlySet<string>): Reading | undefined {
  const at = text.indexOf(q.text);
  if (at < 0) return undefined;
  const sentence = text.slice(Math.max(0, ...[...text.slice(0, at).matchAll(/[.;!?]\s+/g)].map((m) => m.index + m[0].length)), at);
  if (q.dimension === 'bit length') return bitLength(text.slice(at + q.text.length), q);
  const tail = tailOf(text.slice(at + q.text.length));
  const port = /^(.+?)\s+(listens\s+on|uses|runs\s+on)\s*$/i.exec(sentence);
  if (port && q.dimension === 'port') {
    const subject = subjectPhrase(port[1]!, names);
    // One wording for every port a thing is on ("uses", "runs on"): the same port said twice is then one question.
    return subject ? { stem: `Which port does ${subject} listen on${tail.for}?`, bound: 'exact' } : undefined;
  }
  const limit = /^(.+?)\s+(?:is|are)\s+(?:limited|capped|restricted)\s+to\s*$/i.exec(sentence);
  const noun = LIMIT_NOUN[q.dimension];
  if (limit && noun) {
    const subject = subjectPhrase(limit[1]!, names);
    return subject ? { stem: `What is the maximum ${noun} of ${subject}${tail.per}?`, bound: boundOf(q, true) } : undefined;
  }
  const takes = /^(.+?)\s+(takes?|lasts?)\s*$/i.exec(sentence);
  if (takes && q.dimension === 'duration') {
    const subject = subjectPhrase(takes[1]!, names);
    if (!subject) return undefined;
    const verb = takes[2]!.toLowerCase().replace(/s$/, '');
    const does = /s$/i.test(takes[2]!) ? 'does' : 'do';
    const bound = boundOf(q, false);
    const tail = bound === 'at-least' ? ' at least' : bound === 'at-most' ? ' at most' : '';
    return { stem: `How long ${does} ${subject} ${verb}${tail}?`, bound };
  }
  return nounOf(text, sentence, q, names);
}

/**
 * What the sentence adds after the value, when it ends there: "per volume" (", per volume") or a short
 * purpose ("for the tunnel" → " for the tunnel"); empty otherwise.
 */
function tailOf(after: string): { per: string; for: string } {
  const per = /^\s+(?:per|for\s+each|each)\s+(\p{L}[\p{L}-]*)\s*(?:[.;]|$)/u.exec(after);
  const purpose = /^\s+(for\s+(?:the\s+|an?\s+)?(?:\p{L}[\p{L}-]*\s+){0,2}\p{L}[\p{L}-]*)\s*(?:[.;]|$)/u.exec(after);
  return { per: per ? `, per ${per[1]!}` : '', for: purpose ? ` ${purpose[1]!}` : '' };
}

/**
 * "…, spans distances of 185 meters", "Snowball has a capacity of 80 TB": a verb, then a noun for the
 * dimension, then "of" and the value. Its subject is the noun phrase that opens the clause, or the
 * statement's key when the clause opens with the verb ("thinnet: …, spans …").
 */
function nounOf(text: string, sentence: string, q: Quantity, names: ReadonlySet<string>): Reading | undefined {
  const nouns = MEASURE_NOUNS[q.dimension];
  if (!nouns) return undefined;
  const clause = sentence.split(/[,;:(]\s*/).at(-1) ?? '';
  const m = /^(?:(.+?)\s+)?(\p{Ll}+)\s+(?:an?\s+|the\s+)?(\p{Ll}+)\s+of\s*$/u.exec(clause);
  if (!m) return undefined;
  const [, before, verb, measured] = m as unknown as [string, string | undefined, string, string];
  const measure = nouns.find((n) => measured === n || measured === `${n}s` || measured === `${n}es`);
  // The word before the noun must be a verb: "spans", "has", "offer" (after a plural), never "storage" in
  // "Minimum storage duration of 90 days".
  const verbLike = verb === 'has' || verb === 'have' || LINKING_VERBS.has(verb) || (/[^s]s$/.test(verb) && !FUNCTION_WORDS.has(verb));
  if (!measure || !verbLike) return undefined;
  const key = /^([^:]{1,40}?)\s*:\s+/.exec(text)?.[1];
  // "coax: thick cabling that spans …": a relative clause is about the key it describes.
  const relative = before !== undefined && /(?:^|\s)(?:that|which)$/i.test(before);
  const keyed = key !== undefined && clause !== sentence;
  const subject = before && !relative ? subjectPhrase(before, names) : keyed ? subjectPhrase(key, names) : undefined;
  if (!subject) return undefined;
  const third = /(?<!s)s$/.test(verb) || verb === 'has';
  const base = verb === 'has' ? 'have' : third ? verb.replace(/(?<=(?:ch|sh|x|ss|z))es$|s$/, '') : verb;
  const bound = boundOf(q, false);
  if (bound !== 'exact') return undefined;
  return { stem: `What ${measure} does ${subject} ${third ? base : verb}?`, bound };
}

/**
 * "two 512-bit access keys for every storage account": the hyphenated length sizes the noun after it;
 * the stem asks the length of that noun with what follows it ("of the access keys for each storage account").
 */
function bitLength(after: string, q: Quantity): Reading | undefined {
  const m = /^\s+((?:\p{Ll}[\p{Ll}-]*\s+){0,2}\p{Ll}[\p{Ll}-]*)(\s+(?:for|of|in|per)\s+(?:every|each|an?|the)?\s*(?:\p{L}[\p{L}-]*\s+){0,2}\p{L}[\p{L}-]*)?(?=\s*(?:$|[.,;:)]))/u.exec(after);
  if (!m) return undefined;
  const noun = m[1]!;
  if (noun.split(/\s+/).some((word) => FUNCTION_WORDS.has(word))) return undefined;
  const tail = (m[2] ?? '').replace(/\s+every\s+/i, ' each ');
  const plural = /s$/.test(noun);
  return { stem: `What is the length in bits of ${plural ? 'the' : 'a'} ${noun}${tail}?`, bound: q.bound };
}

/**
 * The noun phrase a sentence opens with, cleaned for a stem ("MBR (Master Boot Record) based partitions"
 * → "MBR based partitions", "Activation of a warm site" → "activation of a warm site"); undefined for a
 * pronoun, a phrase of more than seven words, one with a verb, another number or a clause.
 */
function subjectPhrase(phrase: string, names: ReadonlySet<string>): string | undefined {
  const clean = phrase
    .replace(/\([^)]*\)/g, ' ')
    .replace(/[*_`"“”]/g, '')
    .replace(/\s+/g, ' ')
    .trim();
  const words = clean.split(' ').filter(Boolean);
  if (words.length === 0 || words.length > 7 || PRONOUN.test(words[0]!) || /[,;:!?]/.test(clean)) return undefined;
  if (words.some((word) => /^(?:is|are|was|were|can|will|must|should|which|that|who|if|when|because)$/i.test(word))) return undefined;
  if (/\d/.test(clean) && !words.every((word) => !/\d/.test(word) || /\p{L}/u.test(word))) return undefined;
  // Sentence case: "Activation of …" is lowered; a name ("MBR", "Snowball Edge") keeps its capitals.
  // "The VPN gateway": an article opening the sentence is lowered, whatever follows.
  if (/^(?:the|a|an)$/i.test(words[0]!)) words[0] = words[0]!.toLowerCase();
  const [first, ...rest] = words;
  const common = rest.length > 0 && /^\p{Lu}\p{Ll}+$/u.test(first!) && !names.has(first!) && rest.every((word) => !/^\p{Lu}/u.test(word));
  const lowered = common ? first!.toLowerCase() : first!;
  return [lowered, ...rest].join(' ');
}
