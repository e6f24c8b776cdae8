import type { Item } from '../knowledge/item.js';
import { perContext } from './context-index.js';
import { type GenerationContext, isServiceName, looksLikeProductName } from './generation-context.js';
import type { Candidate } from './pick-distractors.js';
import { type NotesWords, readStatements, type Statement } from './read-statement.js';
import { comparisonKey, contentWords, nameKey } from './text-tools.js';
import { realSubject } from './gates/real-subject.js';

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
}

/** A name as the notes write one: up to four words, no sentence marks, not a number. */
const nameLike = (text: string): boolean => {
  const words = text.trim().split(/\s+/);
  return text.length >= 2 && words.length <= 4 && !/[:;,()"“”?!.]$|^\d/.test(text);
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
 * One-word names the notes always capitalise, even mid-sentence ("… then Athena reads it"), and never
 * write in lower case: proper names ("Athena", "Kinesis"), not a heading's plain word ("Storage").
 */
function properNamesIn(texts: readonly string[]): Set<string> {
  const upper = new Set<string>();
  const lower = new Set<string>();
  for (const text of texts) {
    for (const match of text.matchAll(/(?<=[\p{L}\d,)] )(\p{Lu}\p{Ll}{2,})\b/gu)) upper.add(match[1]!);
    for (const match of text.matchAll(/\b(\p{Ll}{3,})\b/gu)) lower.add(match[1]!);
  }
  return new Set([...upper].filter((word) => !lower.has(word.toLowerCase())));
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
  for (const text of texts) for (const match of text.matchAll(/(?<![\w./-])(\p{Ll}[\p{Ll}\d_-]+)\s+--?\p{L}/gu)) before.set(match[1]!, (before.get(match[1]!) ?? 0) + 1);
  const total = new Map<string, number>();
  for (const text of texts) for (const match of text.matchAll(/(?<![\w./-])(\p{Ll}[\p{Ll}\d_-]+)(?![\w./-])/gu)) if (before.has(match[1]!)) total.set(match[1]!, (total.get(match[1]!) ?? 0) + 1);
  return new Set([...before].filter(([word, n]) => n >= 0.25 * (total.get(word) ?? n)).map(([word]) => word));
}

/** Words the notes write as a verb's base form: after "to", a modal or "does not" ("to manage", "can inhibit"). */
function verbBasesIn(texts: readonly string[]): Set<string> {
  const found = new Set<string>();
  for (const text of texts) for (const match of text.matchAll(/\b(?:to|can|cannot|will|must|may|might|should|could|would|does not|doesn't|do not|don't)\s+(\p{Ll}{3,})\b/gu)) found.add(match[1]!);
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
      for (const member of members) coMembers.set(nameKey(member), [...(coMembers.get(nameKey(member)) ?? []), ...members.filter((m) => m !== member)]);
    }
  }
  const texts = context.items.map(textOf).filter(Boolean);
  const commands = commandsIn(texts);
  for (const item of context.items) {
    const here = byFile.get(item.source.file) ?? byFile.set(item.source.file, []).get(item.source.file)!;
    for (const match of textOf(item).matchAll(/(?<![\w./-])(\p{Ll}[\p{Ll}\d_-]+)\s+--?\p{L}/gu)) if (commands.has(match[1]!) && !here.includes(match[1]!)) here.push(match[1]!);
  }
  const verbs = verbBasesIn(texts);
  const nouns = pluralNounsIn(texts);
  const proper = properNamesIn(texts);
  const vendors = context.vendorWords ?? new Set<string>();
  const nameAt = (text: string): string | undefined =>
    nameLike(text) && (known.has(comparisonKey(text)) || commands.has(text)) && answerLike(text, commands, proper) && !vendors.has(text.toLowerCase()) ? text : undefined;
  const isVerbBase = (word: string): boolean => verbs.has(word);
  const isPluralNoun = (word: string): boolean => nouns.has(word);
  const saidOf = new Map<string, string[]>();
  const say = (name: string, text: string): void => void saidOf.set(nameKey(name), [...(saidOf.get(nameKey(name)) ?? []), text]);
  for (const item of context.items) {
    if (item.kind === 'definition') say(item.term, item.definition);
    else if (item.kind === 'usecase') say(item.subject, item.situation);
    else if (item.kind === 'fact' && !item.quantity) for (const statement of readStatements(item.text, { nameAt, isVerbBase, isPluralNoun })) say(statement.name, statement.predicate);
  }
  return { nameAt, isVerbBase, isPluralNoun, byFile, coMembers, saidOf };
});

/**
 * Names of the answer's kind, nearest first: the other members of a list that holds it (tier 0), then
 * names written in the same notes file in the same style (tier 1), then, for a service, other
 * services anywhere (tier 2). A lower-case one-word name ("chage") stands only among its like; a
 * service only among services.
 */
export function namesNear(index: NameIndex, item: Item, answer: string, service: boolean, context: GenerationContext): Candidate[] {
  const style = styleOf(answer);
  const ofStyle = (name: string): boolean => styleOf(name) === style && (!service || isServiceName(name, context));
  const alike = (name: string): boolean => ofStyle(name) && index.nameAt(name) !== undefined;
  // Members of one list with the answer are of its kind by the notes' own say.
  const candidates: Candidate[] = (index.coMembers.get(nameKey(answer)) ?? []).filter(ofStyle).map((text) => ({ text, tier: 0 }));
  candidates.push(...(index.byFile.get(item.source.file) ?? []).filter(alike).map((text) => ({ text, tier: 1 })));
  if (service) candidates.push(...[...context.services].filter(alike).slice(0, 128).map((text) => ({ text, tier: 2 })));
  return candidates;
}

/** 'lower' for "chage" or "kube-proxy", 'name' for "NoExecute" or "API Gateway", 'plain' for "Namespaces". */
function styleOf(name: string): 'lower' | 'name' | 'plain' {
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
