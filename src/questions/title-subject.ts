import { FUNCTION_WORDS } from '../knowledge/english-words.js';
import type { DefinitionItem, FactItem } from '../knowledge/item.js';
import { perContext } from './context-index.js';
import type { GenerationContext } from './generation-context.js';
import { opensItsSection } from './heading-description.js';
import type { Candidate } from './pick-distractors.js';
import { buildQuestion, type Outcome } from './question-draft.js';
import { asFact, cutRemark, firstSentence, type NotesWords, startsWithVerb } from './read-statement.js';
import { nameIndexOf } from './statement-names.js';
import { contentWords, singularOf, tidy } from './text-tools.js';
import { isVagueHeading } from './vague-heading.js';

/**
 * A file titled by the thing it is about ("# Load Shedder"), whose first section is a facet ("## What
 * it does", "## Overview") opening with a sentence of which that thing is the subject ("The shedder
 * drops requests once the queue is full — …", "A Load Shedder is a …", "Shedders keep …"): the line
 * says what the title's thing is or does. Asked "Which of these drops requests once the queue is
 * full?" with the title the answer, the titles of the folder's other files of its number the wrong
 * choices: one thing per file, so each is another thing of the same notes. No question when the
 * subject is another thing, the predicate holds a negation or a remark to the reader, or fewer than
 * three other titles are names of its form.
 */
export function titleSubjectQuestion(fact: FactItem | DefinitionItem, context: GenerationContext): Outcome | undefined {
  const titles = titlesOf(context);
  const title = titles.get(fact.source.file);
  const { section } = fact.source;
  if (title === undefined || section.length !== 2 || section[0] !== title.heading || !isVagueHeading(section[1]!, context.facets) || !opensItsSection(fact, context)) return undefined;
  const read = subjectOf(sentenceOf(fact), title.name);
  if (!read || !verbLeads(read.predicate, read.plural, nameIndexOf(context)) || /\b(?:not|never|no)\b|n't\b/i.test(read.predicate) || !asFact(strandedPreposition(read.predicate))) return undefined;
  // "A Deployment is …" under "# Deployments": the choices are written in the subject's number.
  if (read.plural && !title.plural) return undefined;
  const form = (name: string): string => (read.plural ? name : singularName(name));
  const answer = form(title.name);
  const stemWords = new Set(contentWords(read.predicate));
  const folder = folderOf(fact.source.file);
  const candidates = (): Candidate[] =>
    [...titles.entries()]
      .filter(([file, other]) => file !== fact.source.file && other.plural === title.plural && other.simple)
      // Names sharing a word with the answer first ("Kube API Server" beside "Kube Scheduler"), then the same folder's.
      .map(([file, other]) => ({ text: form(other.name), tier: sharesWord(other.name, title.name) ? 0 : folderOf(file) === folder ? 1 : 2 }));
  const outcome = buildQuestion(
    {
      item: fact,
      kind: 'definition-to-term',
      variant: 'title-subject',
      choicesAreFolderTitles: true,
      stem: `Which of these ${read.predicate.replace(/[\s.,;:]+$/, '')}?`,
      answer,
      candidates,
      // A thing the stem names ("manages pods" beside "Pod") is plainly no answer.
      reject: (text) => text === answer || contentWords(text).every((word) => stemWords.has(word)),
      explanation: `The notes on ${title.name}: “${fact.kind === 'fact' ? tidy(fact.text) : `${fact.term}: ${tidy(fact.definition)}`}”`,
    },
    context,
  );
  if ('question' in outcome && outcome.question.choices.length < 4) return { skip: 'fewer than three other titles of its form', item: fact };
  return outcome;
}

/** The line as a sentence: a definition ("Deployment: a higher-level …") read as "Deployment is a higher-level …". */
function sentenceOf(item: FactItem | DefinitionItem): string {
  if (item.kind === 'fact') return firstSentence(tidy(item.text));
  const copula = isPluralWord(item.term.trim().split(/\s+/).at(-1) ?? '') ? 'are' : 'is';
  return `${tidy(item.term)} ${copula} ${firstSentence(tidy(item.definition))}`;
}

interface Title {
  /** The heading as written ("Horizontal Pod Autoscaler (HPA)"). */
  heading: string;
  /** The name it gives, without a bracketed gloss ("Horizontal Pod Autoscaler"). */
  name: string;
  plural: boolean;
  /** A name of four words at most, with no joining word, dash or colon: "Kube Scheduler", not "Backup and Restore Methods". */
  simple: boolean;
}

/** The heading every item of a file stands under: the file's title, by file. */
const titlesOf = perContext((context): Map<string, Title> => {
  const tops = new Map<string, string | null>();
  for (const item of context.items) {
    const top = item.source.section[0] ?? null;
    const seen = tops.get(item.source.file);
    if (seen === undefined) tops.set(item.source.file, top);
    else if (seen !== top) tops.set(item.source.file, null);
  }
  const titles = new Map<string, Title>();
  for (const [file, heading] of tops) {
    if (heading === null || isVagueHeading(heading, context.facets)) continue;
    const name = tidy(heading.replace(/\s*\([^)]*\)\s*$/, ''));
    const words = name.split(/\s+/);
    const last = words.at(-1) ?? '';
    const simple = words.length <= 4 && /^[\p{L}\d\s]+$/u.test(name) && !words.some((word) => /^(?:in|for|of|and|or|vs|to|with|from|the|a|an|on|by)$/i.test(word)) && !abstractNoun.test(last);
    titles.set(file, { heading, name, plural: isPluralWord(last), simple });
  }
  return titles;
});

/** "Networking", "Architecture", "Maintenance": a last word naming a field or an activity, not a thing. */
const abstractNoun = /(?:ing|ure|ance|ence|ion|ity|ness|ship|ism)$/i;

/** "Pods", "ReplicaSets", "Policies": a plural; "Kube Scheduler", "Ingress", "Status" are not. */
const isPluralWord = (word: string): boolean => /\p{Ll}s$/u.test(word) && !/(?:ss|us|is)$/.test(word);

/** The last word of a plural name made singular: "Network Policies" → "Network Policy". */
function singularName(name: string): string {
  const words = name.split(' ');
  const last = words.pop() ?? '';
  return [...words, isPluralWord(last) ? singularOf(last) : last].join(' ');
}

const sharesWord = (a: string, b: string): boolean => {
  const words = new Set(contentWords(b));
  return contentWords(a).some((word) => words.has(word));
};

const folderOf = (file: string): string => file.replace(/[^/]*$/, '');

/**
 * The predicate of a sentence whose subject is the title's thing: the title or its last word, in
 * either number, after "The", "A" or "An" ("The scheduler decides …", "A Deployment is …").
 */
function subjectOf(sentence: string, title: string): { predicate: string; plural: boolean } | undefined {
  const words = title.split(/\s+/);
  const heads = [title, words.at(-1) ?? ''].filter((head) => head.length >= 3);
  const lower = sentence.toLowerCase().replace(/^(?:the|an?)\s+/, '');
  for (const head of heads) {
    const singular = singularName(head).toLowerCase();
    for (const [written, plural] of [[singular, false], [`${singular}s`, true], [singular.replace(/y$/, 'ies'), true]] as const) {
      if (!lower.startsWith(`${written} `)) continue;
      const predicate = cutRemark(sentence.slice(sentence.length - lower.length + written.length + 1)).replace(/\s*\([^)]*\)/g, '').trim();
      return { predicate, plural };
    }
  }
  return undefined;
}

/**
 * True when a verb of the subject's number leads the predicate: "decides which node …" after "The
 * scheduler" (an -s word the notes never write as a plural noun), "store sensitive data …" after
 * "Secrets" (a base form the notes write as a verb).
 */
function verbLeads(predicate: string, plural: boolean, words: NotesWords): boolean {
  const first = predicate.split(' ')[0] ?? '';
  if (/^(?:is|are|was|were|can|cannot|will|has|have|does|do|must|may)$/.test(first)) return /^(?:is|was|has|does)$/.test(first) !== plural || /^(?:can|cannot|will|must|may)$/.test(first);
  // A plain word straight after the plural subject, neither a participle nor a function word, is its verb.
  if (plural) return words.isVerbBase(first) || (/^\p{Ll}{3,}$/u.test(first) && !/(?:s|ing|ed)$/.test(first) && !FUNCTION_WORDS.has(first) && !words.isPluralNoun(first));
  return startsWithVerb(predicate, words) || (/^\p{Ll}{3,}[^s'u]s$/u.test(first) && !words.isPluralNoun(first));
}

/** "decides which node a pod runs on": a preposition a relative clause leaves last ends no cut-off line; read without it. */
const strandedPreposition = (predicate: string): string => (/\b(?:which|what|whom)\b/i.test(predicate) ? predicate.replace(/\s+(?:on|in|to|at|for|with|from|into)$/i, '') : predicate);
