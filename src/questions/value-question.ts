import type { FactItem } from '../knowledge/item.js';
import { type GenerationContext, looksLikeProductName } from './generation-context.js';
import type { Candidate } from './pick-distractors.js';
import { shapedSiblings, shapeOf } from './shaped-siblings.js';
import { nameIndexOf } from './statement-names.js';
import { statementQuestions } from './statement-question.js';
import { titleSubjectQuestion } from './title-subject.js';
import { buildQuestion, type Outcome } from './question-draft.js';
import { lowerFirstWord } from './name-case.js';
import { contentWords, nameKey, tidy } from './text-tools.js';
import { attributeProblem } from './gates/noun-phrase.js';
import { realSubject } from './gates/real-subject.js';
import { leadingValue, type ValueShape } from './value-shape.js';
import { readDefaultStatement } from './default-statement.js';

/**
 * Facts whose value is a name, not a number: "Default isolation level is READ COMMITTED", "default
 * kill is SIGTERM (15)", "Default path on kubeadm clusters: /etc/kubernetes/manifests/". The
 * question asks the value ("What is the default isolation level for ACID?"); the distractors are
 * other values of the same written shape and family from the notes (READ UNCOMMITTED, SERIALIZABLE;
 * SIGKILL, SIGHUP; /etc/…), nearest first: the same file, then anywhere. A value with no shape (a plain
 * word, a sentence) or fewer than two siblings gives no question.
 */
export function valueQuestions(fact: FactItem, context: GenerationContext): Outcome[] {
  // A denial in a remark after the line's own statement ("… — it does not …") leaves that statement to ask of its file's title.
  if (fact.negated || fact.role === 'example') return [(fact.role !== 'example' && titleSubjectQuestion(fact, context)) || { skip: 'fact has no number', item: fact }];
  const read = readValue(fact);
  // "NoExecute is the most aggressive …", "Query logs with SQL, use LogLens": the name is the answer.
  if (!read) return statementQuestions(fact, context);
  const attribute = lowerFirstWord(read.attribute, context.names);
  const problem = attributeProblem(attribute) ?? (/\b(not|never|no longer|except)\b/i.test(read.attribute) ? 'the notes deny this value' : undefined);
  if (problem) return [{ skip: problem, item: fact }];
  const subject = subjectOf(fact, attribute, context);
  if (subject === undefined) return [{ skip: 'fact has no subject but a generic heading', item: fact }];
  const item = subject === '' || subject === fact.topic ? fact : { ...fact, topic: subject };
  const stem = subject === '' ? `What is the ${attribute}?` : `What is the ${attribute} for ${subject}?`;
  const { value, shape } = read;
  return [
    buildQuestion(
      {
        item,
        kind: 'term-to-definition',
        variant: 'value',
        stem,
        answer: value,
        shape: 'text',
        candidates: () => siblingsOf(fact, value, shape, context),
        explanation: () => explain(fact, subject, attribute, value),
      },
      context,
    ),
  ];
}

/**
 * The attribute and value a fact states, when its value is a shaped name: `label: value` (the
 * parser's attribute is the label) or `[the] attribute is|defaults to value`, the value first in what
 * follows, or a default said in prose (default-statement.ts). Undefined for anything else: a sentence
 * is not a value.
 */
export function readValue(fact: Pick<FactItem, 'attribute' | 'text'>): { attribute: string; value: string; shape: ValueShape } | undefined {
  const text = tidy(fact.text);
  const labelled = /^(.{3,60}?)\s*[:=]\s+(.+)$/.exec(text);
  const copula = /^(?:the\s+)?(.{3,60}?)\s+(?:is|defaults to|is set to|lives? at|(?:is|are) (?:stored|located|kept) (?:at|in))\s+(.+)$/i.exec(text);
  for (const match of [labelled, copula]) {
    if (!match) continue;
    const attribute = match[1]!.replace(/^the\s+/i, '').trim();
    const rest = match[2]!.trim();
    const found = leadingValue(rest);
    if (!found || !/\p{Ll}{3}/u.test(attribute) || /\d/.test(attribute)) continue;
    // "Examples: MySQL, PostgreSQL": one of several values is no answer; neither is a plural label's.
    if (!endsValue(rest.slice(found.value.length)) || (match === labelled && plural(attribute))) continue;
    // "CNAME is chargeable": a name on the left is the subject, not an attribute of something.
    if (leadingValue(attribute)) continue;
    return { attribute, ...found };
  }
  // "If no mode is specified, you get FastPath": a default said in prose.
  return readDefaultStatement(text);
}

/** What may follow a value: nothing, its parenthesis, a new sentence or a clause that is no second value. */
function endsValue(after: string): boolean {
  const rest = after.replace(/^\s*\([^)]*\)/, '').trim();
  if (rest === '' || /^[.!?](\s|$)/.test(rest) || /^[—–-]\s/.test(rest)) return true;
  // "… and it allows …", "… on kubeadm clusters": a clause or a qualifier, as long as no second value starts it.
  return /^(and|but|which|so|on|in|for|under|with)\s+\p{Ll}/u.test(rest) && !leadingValue(rest.replace(/^\S+\s+/, ''));
}

/** True when the attribute names several things: "examples", "some API calls", "endpoints for X" (the head noun, before any preposition). */
function plural(attribute: string): boolean {
  const last = attribute.split(/\s+(?:on|in|for|of|per|with|at|by|under|from|to)\s+/i)[0]!.split(/\s+/).at(-1) ?? '';
  return /^(some|several|many|all|list|examples?)$/i.test(attribute.split(/\s+/)[0] ?? '') || /(?<![su])s$/.test(last) || /^(list|examples?)$/i.test(last);
}

/**
 * The name to ask about: the nearest real name among the topic and headings, left out ('') when the
 * attribute already names it or the headings are task titles ("Identify CPU/Memory Intensive
 * Processes") that read badly in a stem; undefined when only a generic heading is left.
 */
function subjectOf(fact: FactItem, attribute: string, context: GenerationContext): string | undefined {
  const candidates = [fact.topic, fact.subject, ...[...fact.source.section].reverse()].filter((c) => realSubject([c], context.facets) !== undefined);
  if (candidates.length === 0) return undefined;
  const words = contentWords(attribute);
  if (contentWords(candidates[0]!).every((word) => words.includes(word))) return '';
  const reads = (name: string): boolean => name.split(/\s+/).length <= 4 && !/[—–:/|()]/.test(name) && (context.names.has(name) || looksLikeProductName(name) || name.split(/\s+/).length === 1);
  const named = candidates.find(reads);
  if (named) return named.trim();
  // No name fits the stem: the attribute alone must say enough ("the default kill signal").
  return words.length >= 2 ? '' : undefined;
}

/**
 * Values of the answer's kind: the other members of a list that holds it ("Route kinds: DirectRoute,
 * WeightedRoute, …"), then values of its written shape. "ClusterIP" stands among "NodePort" and
 * "LoadBalancer", never among "targetPort": a joined-up name's first letter says what it names.
 */
function siblingsOf(fact: FactItem, value: string, shape: ValueShape, context: GenerationContext): Candidate[] {
  const fits = (text: string): boolean => shapeOf(text) === shape && (shape !== 'camel' || initialCase(text) === initialCase(value));
  const members = (nameIndexOf(context).coMembers.get(nameKey(value)) ?? []).filter(fits).map((text) => ({ text, tier: 0 }));
  return [...members, ...shapedSiblings(fact, value, context, shape).filter((c) => fits(c.text)).map((c) => ({ ...c, tier: c.tier + 1 }))];
}

const initialCase = (text: string): boolean => /^\p{Lu}/u.test(text);

function explain(fact: FactItem, subject: string, attribute: string, value: string): string {
  const main = subject === '' ? `The ${attribute} is ${value}` : `For ${subject}, the ${attribute} is ${value}`;
  const said = tidy(fact.text);
  return /[`*|“”]/.test(said) ? main : `${main}. The notes: “${said}”`;
}
