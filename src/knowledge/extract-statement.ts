import type { Statement } from './extract-key-value.js';
import { parallelFacts, quantityFacts } from './extract-facts.js';
import { plainFact } from './extract-plain-fact.js';
import type { NoteContext } from './note-context.js';
import { findQuantities } from './parse-quantity.js';
import { dropVendor, headingName, initials, splitAliases, topicOfTerm, type NameHints } from './topic-of.js';
import { NOT_A_STATEMENT, USE_WHEN } from './english-words.js';
import { commandDefinition, looksLikeCode, sentencesOf } from './command-line.js';
import { definitionSentence, proseDefinition } from './prose-definition.js';
import { isLowerTermKey, isTermKey } from './term-key.js';
import { wordCount } from './word-count.js';
import { asideCountFacts } from './aside-counts.js';

/**
 * A value that states a property rather than says what the key is ("Inbound traffic: no ELB support",
 * "Inbound traffic - ELB is not supported"): a fact, not a definition.
 */
const PROPERTY_VALUE = /^(?:no|not|none|never|without|only)\b|\b(?:is|are|was|were)\s+not\b|\b(?:isn't|aren't)\b/i;
/** "when a valid user is not let in": a value that opens on the situation it names defines its key, negation and all. */
const SITUATION_VALUE = /^(?:when|whenever|where|if)\s/i;
const VERB = /\b(is|are|was|were|can|could|has|have|will|must|should|does|do)\b/i;

const hasLowerWord = (s: string): boolean => /(^|\s)\p{Ll}/u.test(s);

/** "Python, Golan, Java, etc." → ["Python", "Golan", "Java"]; undefined unless it reads as a list. */
function commaMembers(value: string): string[] | undefined {
  const cleaned = value
    .replace(/\([^)]*\)/g, ' ')
    .replace(/(,?\s*(etc\.?|…|\.\.\.+))+\s*$/i, '')
    .replace(/\.$/, '');
  const parts = cleaned
    .split(/\s*,\s*(?:and\s+|or\s+)?|\s+(?:and|or)\s+/)
    .map((p) => p.trim())
    .filter(Boolean);
  if (parts.length < 3 || parts.some((p) => wordCount(p) > 4 || VERB.test(p))) return undefined;
  // "Find, deploy, publish serverless applications" is a sentence: capitalised, then lower-case parts.
  const upper = (p: string): boolean => /^[\p{Lu}\p{N}.]/u.test(p);
  if (upper(parts[0]!) && parts.slice(1).some((p) => !upper(p))) return undefined;
  return parts;
}

/** Add a definition, with aliases taken from brackets ("(CUP)", "(formerly …)") and a dropped "AWS"/"Amazon". */
export function addDefinition(
  ctx: NoteContext,
  term: string,
  definition: string,
  line: number,
  extraAliases: string[] = [],
  topic?: string,
  equated = false,
  category?: string,
): void {
  const { base, aliases } = splitAliases(term.replace(/[`*]/g, ''), ctx.hints);
  const clean = dropVendor(base, ctx.hints) || base;
  const all = [...extraAliases, ...aliases, ...(clean !== base ? [base] : [])].filter((a) => a && a !== clean);
  const text = definition.trim();
  // "## ACLs" over "getfacl / setfacl -m u:user:rwx FILE": a command line alone says nothing about what it does;
  // over "setfacl sets the ACL …" the paragraph defines the command, not the heading.
  if (!clean || !text || looksLikeCode(text) || commandDefinition(sentencesOf(text)[0] ?? '', false)) return;
  ctx.add(
    {
      kind: 'definition',
      term: clean,
      definition: text,
      aliases: [...new Set(all)],
      ...(equated ? { equated } : {}),
      ...(category ? { category } : {}),
    },
    line,
    topic ?? (ctx.hasNamedHeading() ? ctx.topic() : topicOfTerm(clean, ctx.hints)),
  );
}

/** What a statement may give besides facts; `definitions: false` under "Use cases" and the like. */
export interface StatementOptions {
  definitions?: boolean;
  /** Add a fact without a quantity when the statement gives nothing else (default true). */
  plain?: boolean;
  /** The subject of that fact, when not `subject` (a paragraph is about its heading). */
  plainSubject?: string;
}

/** "ACUs: Aurora Capacity Unit": the value spells out the key's initials. */
function spellsOut(key: string, value: string, hints: NameHints): boolean {
  const letters = key.replace(/[^\p{Lu}]/gu, '');
  return letters.length >= 2 && /^\p{Lu}{2,}s?$/u.test(key.trim()) && initials(value, hints) === letters;
}

/** A value that only names something ("SQL: Aurora Serverless"), so the key is a category, not a term. */
function valueIsName(value: string, hints: NameHints): boolean {
  const named = headingName(value, hints);
  return named.name !== undefined && named.whole;
}

/**
 * Everything one statement gives: a fact per quantity; a definition for `Term = …`, `Key: description`,
 * or "X is a …" when X is the thing the heading or parent bullet names; a list for "Key: a, b, c"; and
 * when none of these, a fact without a quantity (see plainFact). Returns how many items it added.
 */
export function addStatement(
  ctx: NoteContext,
  statement: Statement,
  line: number,
  subject: string,
  named?: string,
  options: StatementOptions = {},
): number {
  // "Understand ServiceAccounts", "The following example shows …": a checklist line or a pointer says nothing.
  if (NOT_A_STATEMENT.test(statement.text) && findQuantities(statement.text).length === 0) return 0;
  // A situation is a use case and, as the notes word it, a statement too (the desk shows it as one).
  const useCase = addUseCase(ctx, statement, line) ? 1 : 0;
  const before = ctx.items.length;
  const declined = addItems(ctx, statement, line, subject, named, options.definitions ?? true) === 'declined';
  if (!declined && ctx.items.length === before && (options.plain ?? true)) {
    const fact = plainFact(statement, options.plainSubject ?? subject, ctx.hints);
    if (fact) ctx.add({ kind: 'fact', ...fact }, line);
  }
  addAsideCounts(ctx, statement.text, line);
  return ctx.items.length - before + useCase;
}

/** A table's "Term | description" cell: the definition, and the bare limits its glosses hold. */
export function addCellDefinition(
  ctx: NoteContext,
  term: string,
  definition: string,
  line: number,
  category?: string,
): void {
  addDefinition(ctx, term, definition, line, [], undefined, false, category);
  addAsideCounts(ctx, definition, line);
}

/** The bare limits of the bracketed glosses in `text` ("Labels (…; max 20 per widget)"), each a fact of its own (aside-counts.ts). */
function addAsideCounts(ctx: NoteContext, text: string, line: number): void {
  for (const fact of asideCountFacts(text, ctx.hints)) ctx.add({ kind: 'fact', ...fact }, line, fact.subject);
}

/** The source line of the statement's text at offset `at`: the first line plus the line starts before it. */
function lineAt(statement: Statement, line: number, at: number): number {
  return line + (statement.lineStarts ?? []).filter((start) => start <= at).length;
}

/** Adds what the statement gives; 'declined' when it deliberately gives nothing (a worked example). */
function addItems(
  ctx: NoteContext,
  statement: Statement,
  line: number,
  subject: string,
  named: string | undefined,
  definitions: boolean,
): 'declined' | undefined {
  const { key, value, form } = statement;
  if (form === 'equals' && key && value) {
    // "Initially... Serverless == FaaS": the term is what follows the trailing dots.
    const term = key.replace(/^.*(?:\.{3}|…)\s*/, '') || key;
    const topic = topicOfTerm(term, ctx.hints);
    addDefinition(ctx, term, value, line, [], topic, true);
    for (const fact of quantityFacts({ text: value }, topic, ctx.hints))
      ctx.add({ kind: 'fact', ...fact, text: statement.text }, line, topic);
    return;
  }
  // "Standard queues … 300 …; FIFO queues … 3,000": one fact per clause, each about its own subject,
  // cited at the line the clause is on.
  const clauses = parallelFacts(statement, ctx.hints);
  // The clause's subject is its topic too: under "Node classes", "Gold nodes have 128 GB" is about Gold nodes.
  for (const { fact, at } of clauses ?? [])
    ctx.add({ kind: 'fact', ...fact }, lineAt(statement, line, at), fact.subject);
  const facts = clauses ? [] : quantityFacts(statement, subject, ctx.hints);
  // A worked example ("1M requests at 512 MB for 100 ms: about $0.20") mixes several kinds of number;
  // naming what each one measures would be guesswork, so it gives no facts.
  // A bit length is a data size ("a 4-byte tag holding a 12-bit ID"): one kind with bytes.
  const kinds = new Set(facts.map((f) => (f.quantity?.dimension === 'bit length' ? 'size' : f.quantity?.dimension)));
  if (kinds.size >= 3) return 'declined';
  for (const fact of facts) ctx.add({ kind: 'fact', ...fact }, line);
  if (
    key &&
    value &&
    findQuantities(value).length === 0 &&
    (isTermKey(key, form === 'emphasis') || isLowerTermKey(key, value))
  ) {
    const members = commaMembers(value);
    if (members) {
      ctx.add({ kind: 'list', title: key, members }, line);
      return;
    }
    if (!definitions || (PROPERTY_VALUE.test(value) && !SITUATION_VALUE.test(value))) return;
    if (spellsOut(key.replace(/[`*]/g, ''), value, ctx.hints)) {
      addDefinition(ctx, key.replace(/s$/, ''), value, line);
      return;
    }
    // "Traces: Trace ID" defines; "SQL: Aurora Serverless" (a name under a category name) does not.
    if (
      wordCount(value) >= 2 &&
      (hasLowerWord(value) || !valueIsName(key, ctx.hints) || !valueIsName(value, ctx.hints))
    )
      addDefinition(ctx, key, value, line);
    return;
  }
  const sentence =
    (named ? definitionSentence(statement, named, ctx.hints) : undefined) ??
    (definitions ? proseDefinition(statement) : undefined);
  if (sentence) addDefinition(ctx, sentence.term, sentence.definition, line);
  // "… . **Disulfiram** blocks the enzyme …": a bold term opening a later sentence is defined by it.
  for (const later of definitions ? (statement.laterLeads ?? []) : []) {
    const defined = proseDefinition({ text: later.sentence, lead: later.term, leadForm: 'bold' });
    if (defined) addDefinition(ctx, defined.term, defined.definition, line);
  }
  // "setfacl sets the ACL of a file. getfacl displays it.": each later sentence may define a command too.
  if (definitions && !key)
    for (const later of sentencesOf(statement.text).slice(1)) {
      const command = commandDefinition(later);
      if (command) addDefinition(ctx, command.term, command.definition, line);
    }
  return undefined;
}

/**
 * "Use X when …", "Choose X for …", or any plain bullet under a "Use cases" heading or label: a
 * situation that calls for something. Returns whether it added one.
 */
function addUseCase(ctx: NoteContext, statement: Statement, line: number): boolean {
  if (statement.key) return false;
  const use = USE_WHEN.exec(statement.text);
  if (use) {
    const subject = topicOfTerm(use[1]!.replace(/^(?:an?|the)\s+/i, ''), ctx.hints);
    ctx.add({ kind: 'usecase', subject, situation: use[2]!.replace(/\.$/, '') }, line);
    return true;
  }
  const under = ctx.section().at(-1) ?? '';
  if (
    /\buse[\s-]*cases?\b/i.test(under) &&
    !statement.key &&
    findQuantities(statement.text).length === 0 &&
    wordCount(statement.text) >= 2
  ) {
    ctx.add({ kind: 'usecase', subject: ctx.topic(), situation: statement.text.replace(/\.$/, '') }, line);
    return true;
  }
  return false;
}
