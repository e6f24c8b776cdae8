import type { Item } from '../knowledge/item.js';
import { appendTo, perContext } from './context-index.js';
import { type GenerationContext, isServiceName, looksLikeProductName } from './generation-context.js';
import type { Candidate } from './pick-distractors.js';
import { type NotesWords, readStatements, type Statement } from './read-statement.js';
import { comparisonKey, contentWords, nameKey } from './text-tools.js';
import { realSubject } from './gates/real-subject.js';
import { opensItsSection, readDescription, vendorPatternOf } from './heading-description.js';
import { prefixAlternatives, withoutPrefix } from './vendor-prefix.js';

/**
 * The names the notes use (real topics, defined terms and their aliases, list members), where each is
 * written and what the notes say of it, for "which thing" questions (statement-question.ts): to read a
 * sentence's leading name, to find names of the answer's kind nearby, and to keep out a wrong choice the
 * notes say the same of.
 */
export interface NameIndex extends NotesWords {
  /** Names written in each notes file, in notes order. */
  byFile: Map<string, string[]>;
  /** For each name (nameKey), the other members of every list that holds it. */
  coMembers: Map<string, string[]>;
  /** For each name (nameKey), what the notes say of it: its statements' predicates and its definitions. */
  saidOf: Map<string, string[]>;
  /** Headings that name a thing, under each file and parent heading (see `headingPlace`), in notes order. */
  headings: Map<string, string[]>;
  /** True when the notes write the word as a command, before options (`chage -l`). */
  isCommand: (word: string) => boolean;
  /** True when the notes write the name after a vendor prefix of the lexicon somewhere ("AWS Glue", "Amazon S3"). */
  branded: (name: string) => boolean;
  /** True when a heading reads as a thing's name: a known name, a product-like one, or one word the notes never write in lower case. */
  isThing: (heading: string) => boolean;
}

/** Where a heading stands: its file, the headings above it and the label it shares with its siblings ("Service: …"). */
export const headingPlace = (file: string, section: readonly string[], label = ''): string => [file, ...section.slice(0, -1), label].join('\u001f');

/**
 * "Service: Azure Files" names Files, one of the headings labelled "Service": the label says the kind
 * its siblings share, the name is what follows it without a vendor prefix. A heading without a label
 * is its own name.
 */
export function labelled(written: string, vendor: RegExp): { label: string; heading: string } {
  const match = /^(\p{L}[\p{L} ]{1,24}):\s+(\S.*)$/u.exec(written);
  return match ? { label: match[1]!.toLowerCase(), heading: withoutPrefix(match[2]!.trim(), vendor) } : { label: '', heading: written };
}

/** A name as the notes write one: up to four words, no sentence marks, not a number. */
const nameLike = (text: string): boolean => {
  const words = text.trim().split(/\s+/);
  return text.length >= 2 && words.length <= 4 && !/[:;,()"“”?!.]$|^\d|:\s/.test(text);
};

/**
 * A name that can be an answer by its look alone: written like a product name ("API Gateway", "HPA",
 * "NoExecute") or a lower-case command the notes write with options ("chage -l", "etcdutl --data-dir")
 * or with a mark no plain word has ("kube-proxy", "mkfs.xfs"). A plain word ("Storage", "Backups",
 * "access") may be a heading's word for anything: it never is.
 */
function answerLike(name: string, commands: ReadonlySet<string>, proper: ReadonlySet<string>): boolean {
  if (/^\p{Ll}\S*$/u.test(name)) return commands.has(name) || /[\p{Ll}\d][-.\d]|\d/u.test(name);
  return looksLikeProductName(name) || proper.has(name);
}

/**
 * One-word names the notes capitalise wherever they stand ("… then Athena reads it") and write in lower
 * case in one notes file at most ("displaces warfarin"): proper names ("Athena", "Warfarin"), not a
 * heading's plain word ("Storage", "Treatment"), which turns up in lower case all over the notes.
 */
function properNamesIn(texts: ReadonlyArray<{ file: string; text: string }>): Set<string> & { rare: (word: string) => boolean } {
  const upper = new Set<string>();
  const lowerFiles = new Map<string, Set<string>>();
  for (const { file, text } of texts) {
    for (const match of text.matchAll(/(?<=[\p{L}\d,)] )(\p{Lu}\p{Ll}{2,})\b/gu)) upper.add(match[1]!);
    for (const match of text.matchAll(/\b(\p{Ll}{3,})\b/gu)) (lowerFiles.get(match[1]!) ?? lowerFiles.set(match[1]!, new Set()).get(match[1]!)!).add(file);
  }
  const rare = (word: string): boolean => (lowerFiles.get(word.toLowerCase())?.size ?? 0) <= 1;
  return Object.assign(new Set([...upper].filter(rare)), { rare });
}

/** Words ending in -s the notes write after a determiner ("the users", "all columns"): plural nouns, not verbs. */
function pluralNounsIn(texts: readonly string[]): Set<string> {
  const found = new Set<string>();
  for (const text of texts) for (const match of text.matchAll(/\b(?:the|a|an|all|some|many|these|those|their|its|of|two|three|multiple|several|other|your|our)\s+(?:\p{Ll}+\s+)?(\p{Ll}{3,}s)\b/gu)) found.add(match[1]!);
  return found;
}

/**
 * Lower-case words written before an option (`chage -l`, `etcdutl --data-dir`) in a quarter or more of
 * the places they stand: commands. "the" or "all" stand before an option now and then, never that often.
 */
function commandsIn(texts: readonly string[]): Set<string> {
  const before = new Map<string, number>();
  for (const text of texts) for (const word of commandWords(text)) before.set(word, (before.get(word) ?? 0) + 1);
  const total = new Map<string, number>();
  for (const text of texts) for (const match of text.matchAll(/(?<![\w./-])(\p{Ll}[\p{Ll}\d_-]+)(?![\w./-])/gu)) if (before.has(match[1]!)) total.set(match[1]!, (total.get(match[1]!) ?? 0) + 1);
  return new Set([...before].filter(([word, n]) => n >= 0.25 * (total.get(word) ?? n)).map(([word]) => word));
}

/** The words of a text that stand as a command: just before an option, or leading a line whose option follows within three words ("etcdctl snapshot save --endpoints …"). */
function commandWords(text: string): string[] {
  const words = [...text.matchAll(/(?<![\w./-])(\p{Ll}[\p{Ll}\d_-]+)\s+--?\p{L}/gu)].map((match) => match[1]!);
  const leading = /^(\p{Ll}[\p{Ll}\d_-]+)(?:\s+[\w./<>=-]+){1,3}\s+--?\p{L}/u.exec(text);
  return leading ? [...words, leading[1]!] : words;
}

const notVerbs = 'the all any each every many much some its their your our his her this that these those other more most one two three like such both which what only also not never always just even still already'.split(' ');

/**
 * Words the notes write as a verb's base form: after a modal, "does not" or "how/used/able … to" ("can
 * inhibit", "used to manage"). A bare "to" is no sign: "add to database", "send to messages".
 */
function verbBasesIn(texts: readonly string[]): Set<string> {
  const found = new Set<string>();
  for (const text of texts) for (const match of text.matchAll(/\b(?:(?:how|used|able|order|need|needs|want|wants|way|ways)\s+to|can|cannot|will|must|may|might|should|could|would|does not|doesn't|do not|don't)\s+(\p{Ll}{3,})\b/gu)) found.add(match[1]!);
  // "to the", "to all", "can only": what follows "to" or a modal is not always a verb.
  for (const word of notVerbs) found.delete(word);
  return found;
}

const textOf = (item: Item): string => (item.kind === 'fact' ? item.text : item.kind === 'definition' ? item.definition : item.kind === 'usecase' ? item.situation : '');

function namesOf(item: Item, facets: readonly string[]): string[] {
  const topic = realSubject([item.topic], facets);
  const own = topic ? [topic] : [];
  if (item.kind === 'definition') return [...own, item.term, ...item.aliases];
  if (item.kind === 'list') return [...own, ...item.members];
  return own;
}

export const nameIndexOf = perContext((context): NameIndex => {
  const known = new Map<string, string>();
  const byFile = new Map<string, string[]>();
  const coMembers = new Map<string, string[]>();
  for (const item of context.items) {
    const names = namesOf(item, context.facets ?? []).filter(nameLike);
    for (const name of names) if (!known.has(comparisonKey(name))) known.set(comparisonKey(name), name);
    // The names of one file, in its order: those a reader could take for the answer's kind.
    const here = byFile.get(item.source.file) ?? byFile.set(item.source.file, []).get(item.source.file)!;
    for (const name of names) if (!here.includes(name)) here.push(name);
    if (item.kind === 'list') {
      const members = item.members.filter(nameLike);
      for (const member of members) appendTo(coMembers, nameKey(member), members.filter((m) => m !== member));
    }
  }
  const texts = context.items.map(textOf).filter(Boolean);
  const commands = commandsIn(texts);
  for (const item of context.items) {
    const here = byFile.get(item.source.file) ?? byFile.set(item.source.file, []).get(item.source.file)!;
    for (const word of commandWords(textOf(item))) if (commands.has(word) && !here.includes(word)) here.push(word);
  }
  const verbs = verbBasesIn(texts);
  const nouns = pluralNounsIn(texts);
  const proper = properNamesIn(context.items.map((item) => ({ file: item.source.file, text: textOf(item) })));
  const vendors = context.vendorWords ?? new Set<string>();
  const nameAt = (text: string): string | undefined =>
    nameLike(text) && (known.has(comparisonKey(text)) || commands.has(text)) && answerLike(text, commands, proper) && !vendors.has(text.toLowerCase()) ? text : undefined;
  const isVerbBase = (word: string): boolean => verbs.has(word);
  const isPluralNoun = (word: string): boolean => nouns.has(word);
  const saidOf = new Map<string, string[]>();
  const say = (name: string, text: string): void => appendTo(saidOf, nameKey(name), [text]);
  for (const item of context.items) {
    if (item.kind === 'definition') say(item.term, item.definition);
    else if (item.kind === 'usecase') say(item.subject, item.situation);
    else if (item.kind === 'fact' && !item.quantity) {
      const statements = readStatements(item.text, { nameAt, isVerbBase, isPluralNoun });
      for (const statement of statements) say(statement.name, statement.predicate);
      // A line with no name of its own says what it says of its heading's thing (heading-description.ts).
      const described = statements.length === 0 ? readDescription(item.text, opensItsSection(item, context), { nameAt, isVerbBase, isPluralNoun }) : undefined;
      if (described) say(item.topic, described.predicate);
      // "Thrushes are songbirds …" under "## Thrushes": a line that leads with its topic says it of the topic.
      else if (statements.length === 0 && item.text.startsWith(`${item.topic} `)) say(item.topic, item.text.slice(item.topic.length + 1));
    }
  }
  const headings = new Map<string, string[]>();
  const vendor = vendorPatternOf(context);
  for (const item of context.items) {
    item.source.section.forEach((written, at) => {
      const { label, heading } = labelled(written, vendor);
      if (!nameLike(heading) || /\?$/.test(heading) || realSubject([heading], context.facets ?? []) !== heading) return;
      const place = headingPlace(item.source.file, item.source.section.slice(0, at + 1), label);
      const here = headings.get(place) ?? headings.set(place, []).get(place)!;
      if (!here.includes(heading)) here.push(heading);
    });
  }
  const prefixed = new Set<string>();
  const prefixes = prefixAlternatives(context.lexicon?.prefixes ?? []);
  if (prefixes) for (const text of texts) for (const match of text.matchAll(new RegExp(`\\b(?:${prefixes})\\s+((?:[\\p{Lu}\\d][\\p{L}\\d-]*\\s?){1,3})`, 'gu'))) {
    const words = match[1]!.trim().split(' ');
    for (let n = 1; n <= words.length; n += 1) prefixed.add(nameKey(words.slice(0, n).join(' ')));
  }
  const branded = (name: string): boolean => prefixed.has(nameKey(name));
  const isThing = (heading: string): boolean => nameAt(heading) !== undefined || looksLikeProductName(heading) || (/^\p{Lu}\p{Ll}{3,}$/u.test(heading) && proper.rare(heading));
  return { nameAt, isVerbBase, isPluralNoun, byFile, coMembers, saidOf, headings, branded, isThing, isCommand: (word) => commands.has(word) };
});

/**
 * Names of the answer's kind, nearest first: the other members of a list that holds it (tier 0), then
 * names written in the same notes file in the same style (tier 1), then, for a service, other
 * services anywhere (tier 2). A lower-case one-word name ("chage") stands only among its like; a
 * service only among services.
 */
export function namesNear(index: NameIndex, item: Item, answer: string, service: boolean, context: GenerationContext): Candidate[] {
  const style = styleOf(answer);
  // A service the notes brand ("Amazon S3") stands only among services they brand: never among headings ("Data Migrations").
  const brandedAnswer = index.branded(answer);
  const ofStyle = (name: string): boolean => styleOf(name) === style && (!service || isServiceName(name, context)) && (!brandedAnswer || index.branded(name));
  // Beyond the answer's list, a name of its kind is one the notes say something of (a defined term, a
  // statement's subject) or a command they run: "Producing JSON" is a heading, not a thing beside "XML".
  const alike = (name: string): boolean => ofStyle(name) && index.nameAt(name) !== undefined && (index.saidOf.has(nameKey(name)) || index.isCommand(name));
  // Members of one list with the answer are of its kind by the notes' own say.
  const candidates: Candidate[] = (index.coMembers.get(nameKey(answer)) ?? []).filter(ofStyle).map((text) => ({ text, tier: 0 }));
  candidates.push(...(index.byFile.get(item.source.file) ?? []).filter(alike).map((text) => ({ text, tier: 1 })));
  if (service) {
    // The services `alike` admits depend on the answer's style only: found once per style, not per question.
    const cache = servicesAlike(context).get(`${style}:${brandedAnswer}`) ?? [...context.services].filter(alike).slice(0, 128);
    servicesAlike(context).set(`${style}:${brandedAnswer}`, cache);
    candidates.push(...cache.map((text) => ({ text, tier: 2 })));
  }
  return candidates;
}
const servicesAlike = perContext(() => new Map<string, string[]>());

/** The letters an acronym stands for, a digit repeating the letter before it: "EC2" → "ecc", "S3" → "sss". */
function acronymLetters(name: string): string | undefined {
  if (!/^[A-Z][A-Z\d]{1,5}$/.test(name)) return undefined;
  return name.replace(/([A-Z])(\d)/g, (_, letter: string, n: string) => letter.repeat(Number(n))).toLowerCase();
}

/** True when one of two names spells out the other ("Elastic Compute Cloud" and "EC2"): one thing under two names. */
export function spelledOut(a: string, b: string): boolean {
  const initials = (text: string): string => text.split(/\s+/).filter((word) => /^\p{Lu}/u.test(word)).map((word) => word[0]!.toLowerCase()).join('');
  const [ax, bx] = [acronymLetters(a), acronymLetters(b)];
  return (ax !== undefined && ax === initials(b)) || (bx !== undefined && bx === initials(a));
}

/** 'lower' for "chage" or "kube-proxy", 'name' for "NoExecute" or "API Gateway", 'plain' for "Namespaces". */
export function styleOf(name: string): 'lower' | 'name' | 'plain' {
  if (/^\p{Ll}[^\s]*$/u.test(name)) return 'lower';
  return looksLikeProductName(name) ? 'name' : 'plain';
}

/**
 * True when the notes say of `candidate` what the statement says of its answer: half the predicate's
 * words (two at least) in one thing said of the candidate. Such a choice would be a second right answer.
 */
export function saysTheSame(index: NameIndex, candidate: string, statement: Statement): boolean {
  const words = new Set(contentWords(statement.predicate));
  const need = Math.max(2, Math.ceil(words.size / 2));
  return (index.saidOf.get(nameKey(candidate)) ?? []).some((said) => contentWords(said).filter((word) => words.has(word)).length >= need);
}
