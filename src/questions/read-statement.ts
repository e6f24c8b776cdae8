import { leadingName } from './value-shape.js';

/**
 * A fact without a number that names a thing by what it does or when to use it, read into the name
 * and what the notes say of it:
 *
 * - `subject`: "<Name> <verb> …" ("NoExecute is the most aggressive — evicts running pods too",
 *   "chage manages password policy"): the predicate is "is the most aggressive …".
 * - `use`: "<what to do>, use <Name>" ("Query logs in place with SQL, use LogLens") or "Use <Name> to
 *   <what to do>": the predicate is the task, asked as "Which … should you use to query logs in place
 *   with SQL?".
 * - `arrow`: one of several "<task> → <Name>" pairs on a line ("backup → dumptool; restore → loadtool"):
 *   the predicate is the task.
 * - `pronoun`: "It …" or "They …" under a heading: the name is left empty for the caller to take from
 *   the heading the pronoun stands for; `plural` says which number the pronoun has.
 *
 * Only the first sentence is read; a statement is undefined when no name leads it (or ends it, for
 * `use`), when no verb follows the name, or when the line reads as a tip or a step rather than a fact.
 */
export interface Statement {
  form: 'subject' | 'use' | 'arrow' | 'pronoun';
  /** The thing named, as the notes write it ("NoExecute", "chage"). */
  name: string;
  /** What the notes say of it, in their words, without the name ("is the most aggressive …"). */
  predicate: string;
  /** For `arrow`: the other names the same line maps tasks to (the natural wrong choices). */
  others?: string[];
  /** For `pronoun`: true for "They", false for "It"; absent when the line's number says nothing (a noun phrase). */
  plural?: boolean;
  /**
   * For `pronoun`: how the line speaks of its heading (heading-description.ts): `description` when it
   * has no name of its own, `feature` when it names the heading after its parent ("Amazon DynamoDB
   * global tables provide …" under "Global tables").
   */
  described?: 'description' | 'feature';
  /** A one-word bracket after the name that says which one it is: "2D6" of "CYP450 (2D6)". */
  qualifier?: string;
  /** The name as the line writes it before its qualifier ("CYP450"), once `name` is the qualified one. */
  family?: string;
}

/** What a statement reader needs to know of the notes' words. */
export interface NotesWords {
  /** The name a text (a word or words at the start of a sentence) is, as written, or undefined. */
  nameAt: (text: string) => string | undefined;
  /** True when the notes write the word as a verb's base form ("to manage", "can inhibit"). */
  isVerbBase: (word: string) => boolean;
  /** True when the notes write the word after a determiner ("the users"): a plural noun. */
  isPluralNoun: (word: string) => boolean;
}

/** Words after a name that make it a subject: a copula, an auxiliary or a modal stating a fact. */
const auxiliary = /^(?:is|are|was|were|can|cannot|can't|will|won't|does|doesn't|do|don't|has|have|lets|allows|provides|gives)$/i;

/**
 * Signs that a line is a tip, a step, an opinion or a remark to the reader, not a fact about the named
 * thing: the reader addressed ("you", "your"), the writer speaking ("we", "I"), advice ("should",
 * "remember", "worth"), exam talk, or a pointer at something else ("e.g.", "see", "this").
 */
const notAFact =
  /\b(?:you|your|we|our|us|i|me|my|should|shouldn't|remember|worth|tip|exam|gotcha|recommended|fastest|easiest|simplest|useful|handy|e\.g|i\.e|etc|see|example|this|that's|it's|here|there)\b|[?!`|]|\.\.\./i;

/** The first sentence of a text: up to a full stop, `!` or `?` that ends a word and precedes a space. */
export function firstSentence(text: string): string {
  const end = /(?<!\b(?:e\.g|i\.e|vs|etc|approx|incl))[.!?](?=\s+\S|$)/.exec(text);
  return (end ? text.slice(0, end.index) : text).replace(/\s+/g, ' ').trim();
}

/** The statements a fact's text makes: one per arrow pair, else the `use` or `subject` reading, else none. */
export function readStatements(text: string, words: NotesWords): Statement[] {
  const arrows = readArrows(text, words);
  if (arrows.length > 0) return arrows;
  const sentence = firstSentence(text);
  const one = readUse(sentence, words) ?? readUseFirst(sentence) ?? readSubject(sentence, words) ?? readPronoun(sentence, words);
  return one ? [one] : [];
}

/** The name leading a sentence: a shaped name ("NoExecute", "/etc/hosts") or one the notes use. */
function nameLeading(sentence: string, { nameAt }: NotesWords): string | undefined {
  const words = sentence.split(' ');
  // The longest run of up to four words that the notes know as a name wins: "API Gateway" over "API".
  for (let n = Math.min(4, words.length - 1); n >= 1; n -= 1) {
    const known = nameAt(words.slice(0, n).join(' '));
    if (known) return known;
  }
  const shaped = leadingName(sentence);
  return shaped && sentence.startsWith(`${shaped} `) ? shaped : undefined;
}

function readSubject(sentence: string, words: NotesWords): Statement | undefined {
  const name = nameLeading(sentence.replace(/^the\s+/i, ''), words);
  if (!name) return undefined;
  const start = sentence.indexOf(name) + name.length;
  // "ReplicaSets (and the older ReplicationControllers) ensure …": an aside after the name is left out;
  // "CYP450 (2D6) mediates …": a one-word bracket says which one, and is kept as the name's qualifier.
  const bracket = /^\s*\(([^()]{1,60})\)/.exec(sentence.slice(start));
  const qualifier = bracket && /^[\p{L}\d-]+$/u.test(bracket[1]!) ? bracket[1]! : undefined;
  // "converts codeine → morphine": one arrow between two words reads "to".
  const said = sentence.slice(start + (bracket?.[0].length ?? 0)).trim().replace(/^([^→]*\p{L})\s+→\s+(\p{L}[^→]*)$/u, '$1 to $2');
  const predicate = cutRemark(said);
  if (!startsWithVerb(predicate, words) || !asFact(predicate)) return undefined;
  // "X is X-like" or "X is not …": a negation or the name again makes no question with one right answer.
  if (/^(?:is|are|does|do|can|will|has|have)\s+(?:not|never|no)\b|n't\b/i.test(predicate)) return undefined;
  return qualifier ? { form: 'subject', name, predicate, qualifier } : { form: 'subject', name, predicate };
}

/**
 * "chage manages …", "etcd stores …", "HPA automatically scales …": a verb (after an adverb, perhaps)
 * leads the predicate; a word ending in -s is a verb when the notes write its base form as one, or never
 * write it as a plural noun.
 */
export function startsWithVerb(predicate: string, words: NotesWords): boolean {
  const [first = '', second = '', third = ''] = predicate.split(' ');
  // "XML documents are …", "Lambda functions scale …", "DoS attacks that …": an -s word before an
  // auxiliary, a verb's base form or a relative pronoun is the subject's noun, not its verb.
  const nounBefore = (next: string): boolean => auxiliary.test(next) || /^(?:that|which|who)$/i.test(next) || words.isVerbBase(next);
  const verb = (word: string, next: string): boolean =>
    auxiliary.test(word) ||
    (/^\p{Ll}{2,}[^s'u]s$/u.test(word) && !nounBefore(next) && (words.isVerbBase(word.replace(/ies$/, 'y').replace(/(?<=(?:sh|ch|ss|x|z|o))es$|s$/, '')) || !words.isPluralNoun(word)));
  return verb(first, second) || (/^\p{Ll}{3,}ly$/u.test(first) && verb(second, third));
}

/** "It is enabled per bucket", "They can be nested": the heading's thing, said of by a pronoun. */
function readPronoun(sentence: string, words: NotesWords): Statement | undefined {
  const match = /^(It|They)\s+(\p{Ll}.+)$/u.exec(sentence);
  if (!match) return undefined;
  const predicate = cutRemark(match[2]!);
  if (!startsWithVerb(predicate, words) || !asFact(predicate)) return undefined;
  if (/^(?:is|are|does|do|can|will|has|have)\s+(?:not|never|no)\b|n't\b/i.test(predicate)) return undefined;
  return { form: 'pronoun', name: '', predicate, plural: match[1] === 'They' };
}

/** "Query logs with SQL, use LogLens" or "For cold archives, use VaultStore": the task, then the name. */
function readUse(sentence: string, { nameAt }: NotesWords): Statement | undefined {
  const match = /^(.{8,}?)[,:]?\s+(?:→\s*)?(?:use|choose|pick)\s+(.+?)$/i.exec(sentence);
  if (!match) return undefined;
  const name = nameAt(match[2]!.replace(/^(?:the|an?)\s+/i, '').trim()) ?? wholeShapedName(match[2]!.trim());
  if (!name) return undefined;
  const task = match[1]!.trim();
  // The task must read as an aim: "to …", "for …", "when …", "if …", or an imperative verb ("Analyse …").
  const aim = /^(?:to|for|when|if|whenever)\s/i.test(task) ? task.replace(/^\S+/, (word) => word.toLowerCase()) : imperative(task);
  if (!aim || !asFact(aim)) return undefined;
  return { form: 'use', name, predicate: aim };
}

/**
 * "Use VaultStore for cold archives", "Choose `mkfs.xfs` when the volume is large": the name, then the
 * task. The name is the whole of what stands between the verb and the task word, so "Use the console
 * of VaultStore to …" names nothing.
 */
function readUseFirst(sentence: string): Statement | undefined {
  const match = /^(?:use|choose|pick)\s+(?:the\s+|an?\s+)?(.{2,40}?)\s+((?:to|for|when|if|whenever)\s.+)$/i.exec(sentence);
  if (!match) return undefined;
  // Only a name of a written shape ("VaultStore", "SIGTERM", "/srv/out"): "Use Bluetooth for activities
  // that are not sensitive" is advice, and a plain proper name has no siblings of its kind to stand among.
  const name = wholeShapedName(match[1]!.trim());
  const aim = match[2]!.replace(/^\S+/, (word) => word.toLowerCase());
  if (!name || !asFact(aim)) return undefined;
  return { form: 'use', name, predicate: aim };
}

/** Every "<task> → <Name>" pair of a line of two or more, or none when any right side is not a name. */
function readArrows(text: string, { nameAt }: NotesWords): Statement[] {
  const sentence = text.replace(/\s*\([^)]*\)\s*$/, '').trim();
  const pairs = sentence.split(/\s*;\s*/).map((part) => /^([^→]{3,60}?)\s*(?:→|->)\s*([^→]+)$/.exec(part.trim()));
  if (pairs.length < 2 || pairs.some((pair) => !pair)) return [];
  // A right side of one token ("etcdutl", "v1") is a name in a line that maps tasks to names.
  const nameOf = (text: string): string | undefined => nameAt(text) ?? wholeShapedName(text) ?? (/^\p{L}[\p{L}\d._-]*$/u.test(text) ? text : undefined);
  const read = pairs.map((pair) => ({ task: pair![1]!.trim(), name: nameOf(cleanName(pair![2]!)) }));
  if (read.some(({ name, task }) => !name || !/^\p{Ll}/u.test(task) || !asFact(task, 2))) return [];
  const names = read.map(({ name }) => name!);
  if (new Set(names.map((name) => name.toLowerCase())).size !== names.length) return [];
  return read.map(({ task, name }) => ({ form: 'arrow', name: name!, predicate: task, others: names.filter((other) => other !== name) }));
}

const cleanName = (text: string): string => text.replace(/\s*\([^)]*\)\s*$/, '').replace(/[.,]$/, '').trim();

/** A text that is one shaped name and nothing else ("NoExecute", "/var/log"). */
function wholeShapedName(text: string): string | undefined {
  const shaped = leadingName(`${text} `);
  return shaped === text ? shaped : undefined;
}

/** "Analyse logs with SQL" → "to analyse logs with SQL": a capitalised plain word first, no -s, -ed or -ing. */
function imperative(task: string): string | undefined {
  const [first = '', ...rest] = task.split(' ');
  if (!/^\p{Lu}\p{Ll}{2,}$/u.test(first) || /(?:s|ed|ing|ly|al|ous|ive|ic|tion)$/.test(first) || rest.length < 2) return undefined;
  if (/^(?:the|an?|all|any|each|every|some|most|many|more|less|large|small|big|new|old|other|same|best|high|low|fast|slow|cheap|free)$/i.test(first)) return undefined;
  return `to ${first.toLowerCase()} ${rest.join(' ')}`;
}

/**
 * Drops a remark after a dash that speaks of something else ("— it does not …", "— that's why …"), and
 * a trailing clause after a comma that only adds a benefit ("…, without having to run your own …").
 */
export function cutRemark(predicate: string): string {
  const dash = /\s+[—–]\s+(?=(?:it|they|this|that|which|so|but|and)\b)/i.exec(predicate);
  const cut = dash ? predicate.slice(0, dash.index) : predicate;
  const benefit = /,\s+(?:without|allowing|so that|saving)\s/i.exec(cut);
  return benefit ? cut.slice(0, benefit.index) : cut;
}

/**
 * A predicate that states a fact on its own: `least` (three) to twenty words, no tip, step or remark to the
 * reader, nothing pointing elsewhere ("is the inverse", "can be used to do that"), no contrast with
 * another thing ("…, Alias is not").
 */
export function asFact(predicate: string, least = 3): boolean {
  const words = predicate.split(/\s+/);
  if (words.length < least || words.length > 20 || notAFact.test(predicate) || /[→:;]|\s-\s/.test(predicate)) return false;
  // "can be ignored", "can be nested": an ability many things share has no one right answer.
  if (/^(?:can|may|could)\s+be\s+\S+$/i.test(predicate)) return false;
  if (pointsElsewhere.test(predicate) || /,[^,]*\b(?:not|isn't|aren't)\b/i.test(predicate)) return false;
  // "… which include", "… such as": a lead-in to a list that is not there; a preposition or a pronoun last.
  return !/^(?:to|of|in|on|at|for|with|from|by|into|as|it|them|that|this|those|these|one|so|include|includes|including|are|is|like)$/i.test(words.at(-1) ?? '');
}

/** A superlative adjective ("cheapest", "largest"), not a noun or verb in -est ("interest", "request", "test"). */
export const superlative = /\b(?!(?:inter|requ|sugg|dig|manif|cont|prot|harv|for|hon|mod|inv|arr|ing|att|gu|ch|qu|w|n|p|v|z|t|r|j|l)est\b)\p{Ll}{2,}est\b/u;

/** Words that make a predicate lean on another line: "the inverse", "the same", "the above", "in that zone". */
const pointsElsewhere = /\b(?:inverse|opposite|same|former|latter|above|below|following|previous|aforementioned|likewise)\b|\b(?:in|on|at|to|for|from|of|with|by|into)\s+(?:that|those|this|these)\b/i;
