import type { DefinitionItem, FactItem } from '../knowledge/item.js';
import { perContext } from './context-index.js';
import { type GenerationContext, sectionKey } from './generation-context.js';
import { contentWords } from './text-tools.js';
import { prefixPattern, withoutPrefix } from './vendor-prefix.js';
import { asFact, cutRemark, firstSentence, type NotesWords, startsWithVerb, type Statement, superlative } from './read-statement.js';

/**
 * A line with no name of its own under a heading that names a thing describes the heading: "## EKS
 * Anywhere" then "Manages the whole lifecycle of several clusters, without the cloud"; "## Service:
 * Files" then "Highly available network file share - like a NAS". Read as a `pronoun` statement (the
 * caller puts the heading in as the name, its sibling headings as the wrong choices):
 *
 * - a verb in the third person leads the line ("Manages …", "Keeps …"): the predicate is the line, its
 *   first word in lower case; singular, as "It manages …" would be;
 * - the first line of the section is a noun phrase with no verb ("Highly available network file
 *   share"): the predicate is "is described as “<the phrase>”", of either number.
 *
 * A line that starts with a verb's base form ("Improve consistency", "Run the script") is a step or a
 * benefit, and a phrase of fewer than three words ("Simpler syntax") is an attribute: neither is read.
 */
export function readDescription(text: string, first: boolean, words: NotesWords): Statement | undefined {
  const sentence = firstSentence(text);
  const verbLed = /^(\p{Lu}\p{Ll}{2,}s)(\s.+)$/u.exec(sentence);
  if (verbLed && leadsAsVerb(verbLed[1]!.toLowerCase(), verbLed[2]!.trim().split(' ')[0]!, words)) {
    const predicate = cutRemark(`${verbLed[1]!.toLowerCase()}${verbLed[2]!}`);
    if (!startsWithVerb(predicate, words) || !asFact(predicate) || /\b(?:not|never|no)\b|n't\b/i.test(predicate)) return undefined;
    return { form: 'pronoun', name: '', predicate, plural: false, described: 'description' };
  }
  return first ? nounPhrase(sentence, words) : undefined;
}

/**
 * "Inhibits …" when the notes write "can inhibit"; "Manages the …" when the notes never write "the
 * manages": a determiner after it makes an -s word a verb. "Savepoints allow …" and "Lots of …" lead
 * with a noun.
 */
function leadsAsVerb(word: string, next: string, words: NotesWords): boolean {
  return words.isVerbBase(baseForm(word)) || (!words.isPluralNoun(word) && /^(?:the|an?|its|their|all|each|every|any|multiple|several)$/i.test(next));
}

/**
 * "Amazon DynamoDB global tables provide …" under "## Global tables": a line that names its heading's
 * thing after a vendor and the thing it belongs to ("<Vendor> <Parent> <heading> <verb> …") speaks of
 * the heading. The parent must be a name the notes know; the predicate is what follows the heading.
 */
export function readFeature(text: string, topic: string, vendor: RegExp, words: NotesWords): Statement | undefined {
  const sentence = withoutPrefix(firstSentence(text), vendor);
  const parts = sentence.split(' ');
  const size = topic.split(/\s+/).length;
  for (let n = 1; n <= 3 && n + size < parts.length; n += 1) {
    if (words.nameAt(parts.slice(0, n).join(' ')) === undefined || parts.slice(n, n + size).join(' ').toLowerCase() !== topic.toLowerCase()) continue;
    const predicate = cutRemark(parts.slice(n + size).join(' '));
    // "global tables provide …": a plural heading takes the verb's base form.
    const verb = startsWithVerb(predicate, words) || words.isVerbBase(predicate.split(' ')[0]!);
    if (!verb || !asFact(predicate) || /\b(?:not|never|no)\b|n't\b/i.test(predicate)) return undefined;
    return { form: 'pronoun', name: '', predicate, described: 'feature' };
  }
  return undefined;
}

/** "inhibits" → "inhibit", "catches" → "catch", "applies" → "apply". */
const baseForm = (word: string): string => word.replace(/ies$/, 'y').replace(/(?<=(?:sh|ch|ss|x|z|o))es$|s$/, '');

/**
 * Words no noun phrase that says what a thing is starts or ends with: function words, determiners
 * ("Many systems …"), modals ("Can be …"), and words that open a clause of time or condition ("After
 * birth when …").
 */
const notAHead =
  /^(?:to|of|in|on|at|for|with|from|by|into|as|and|or|but|than|like|the|an?|its|their|very|more|most|only|also|many|some|all|each|every|no|any|these|those|this|that|it|they|can|may|must|will|is|are|has|have|does|do|after|before|when|if|during|while|because|since|without|within|once|then)$/i;

function nounPhrase(sentence: string, words: NotesWords): Statement | undefined {
  if (/→|->/.test(sentence)) return undefined;
  // The phrase up to its first aside: a dash, a comma, a bracket, a colon.
  const phrase = sentence.split(/\s+[-—–]\s+|[,;:(]/)[0]!.trim();
  const parts = phrase.split(' ');
  // "Cheapest storage", "Lowest latency": two words are a description when a superlative singles the heading out.
  const least = superlative.test(parts[0]!.toLowerCase()) ? 2 : 3;
  if (parts.length < least || parts.length > 10 || !/^\p{Lu}/u.test(phrase) || !asFact(phrase, least) || /[^\p{L}\d\s-]|\S\/\S/u.test(phrase)) return undefined;
  const lower = parts.map((part) => part.toLowerCase());
  const [lead = '', ...rest] = lower;
  // A step ("Implement a template"), a gerund ("Keeping two tables in sync"), a word twice ("Alcohol dehydrogenase Alcohol"): no description.
  if (words.isVerbBase(lead) || /ing$/.test(lead) || notAHead.test(lead) || notAHead.test(rest.at(-1) ?? '') || /ly$/.test(rest.at(-1) ?? '') || new Set(lower).size < lower.length) return undefined;
  // No verb anywhere in it: "Queues store messages" and "Cortisol levels decrease at night" are sentences, not descriptions.
  // "NSAIDs promote …": a plural first, then a plain word that is no function word, is a subject and its verb.
  const pluralSubject = /s$/.test(lead) && /^\p{Ll}{3,}$/u.test(parts[1]!) && !notAHead.test(parts[1]!) && !/(?:ed|ing|ly|s)$/.test(parts[1]!);
  const verbAfterNoun = pluralSubject || lower.some((word, at) => at > 0 && words.isVerbBase(word) && /s$/.test(lower[at - 1]!));
  // (An -s word last, "for floating debris", "for heavy flocs", has nothing to act on: a noun.)
  if (verbAfterNoun || parts.some((_, at) => at > 0 && at < parts.length - 1 && startsWithVerb(lower.slice(at).join(' '), words))) return undefined;
  return { form: 'pronoun', name: '', predicate: `is described as “${phrase}”`, described: 'description' };
}

/** The first line of each section (file and heading path) that holds an item: where its description stands. */
const firstLines = perContext((context): Map<string, number> => {
  const first = new Map<string, number>();
  for (const item of context.items) {
    const key = `${item.source.file}\u001e${sectionKey(item)}`;
    if (item.source.line < (first.get(key) ?? Infinity)) first.set(key, item.source.line);
  }
  return first;
});

/** True when the fact stands on the first line of its section that holds anything. */
export function opensItsSection(fact: FactItem | DefinitionItem, context: GenerationContext): boolean {
  return firstLines(context).get(`${fact.source.file}\u001e${sectionKey(fact)}`) === fact.source.line;
}

/** The notes' vendor prefixes as one pattern, built once per generation. */
export const vendorPatternOf = perContext((context): RegExp => prefixPattern(context.lexicon?.prefixes ?? []));

/** The texts of each section's lines, by file and heading name: what the notes say under a heading. */
const sectionTexts = perContext((context): Map<string, string[]> => {
  const texts = new Map<string, string[]>();
  for (const item of context.items) {
    if (item.kind !== 'fact' && item.kind !== 'definition') continue;
    const key = `${item.source.file}\u001e${item.source.section.at(-1) ?? ''}`;
    (texts.get(key) ?? texts.set(key, []).get(key)!).push(item.kind === 'fact' ? item.text : item.definition);
  }
  return texts;
});

/**
 * True when a line under a sibling heading shares a word of matter with a description ("Used for RA"
 * beside "Alternative to methotrexate to treat RA"): the sibling may be a second right answer.
 */
export function sharesMatter(context: GenerationContext, file: string, sibling: string, predicate: string): boolean {
  const words = new Set(contentWords(predicate.replace(/^is described as /, '')).filter((word) => !/^(?:used|use|uses|good|treatment)$/.test(word)));
  const texts = [...(sectionTexts(context).get(`${file}\u001e${sibling}`) ?? [])];
  return texts.some((text) => contentWords(text).some((word) => words.has(word)));
}
