import type { List, ListItem as ListItemNode, Nodes, Paragraph } from 'mdast';
import { paragraphStatement, type Statement } from './extract-key-value.js';
import { sampleQuestions, SAMPLE_MARKER } from './extract-samples.js';
import { addCommands } from './extract-command.js';
import { addDefinition, addStatement } from './extract-statement.js';
import { boldLabel, isLinkOnly, lineOf, plainText } from './markdown-text.js';
import type { NoteContext } from './note-context.js';
import { bulletParagraphs } from './key-value-lines.js';
import { findQuantities } from './parse-quantity.js';
import { headingName, type HeadingName, type NameHints } from './topic-of.js';
import { procedureSteps } from './procedure-steps.js';

/** What a list hangs from: the bullet above it, the heading right before it, an intro line ending in ":". */
export interface ListOptions {
  parent?: { text: string; subject: string };
  heading?: HeadingName;
  intro?: string;
  samples?: boolean;
  /** Handles blocks other than paragraphs and lists found inside an item (tables, code). */
  block: (node: Nodes) => void;
}

interface Member {
  text: string;
  nameLike: boolean;
  /** Has bullets of its own and is no bold label: a sub-heading ("Quotas"), not a member. */
  parent: boolean;
}

const SENTENCE_VERB = /\b(is|are|was|were|can|could|has|have|will|must|should|does)\b/i;
const words = (s: string): number => s.split(/\s+/).filter(Boolean).length;

/** "**Route 53** - DNS service" → "Route 53"; "**SQL**: Aurora Serverless" → "Aurora Serverless". */
function memberName(statement: Statement, label: string | undefined): string {
  if (label) return label;
  const { key, value, form } = statement;
  if (key && value && form !== 'equals') {
    const valueIsName = words(value) <= 4 && value.split(/\s+/).every((w) => /^[\p{Lu}\p{N}]/u.test(w));
    return valueIsName && words(key) === 1 ? value : key;
  }
  // "Permission (attach Role)" → "Permission"; "Sharing :" → "Sharing".
  return statement.text.replace(/\s*:$/, '').replace(/^(.+?)\s*\([^()]*\)$/, '$1');
}

const isNameLike = (text: string): boolean =>
  words(text) >= 1 &&
  words(text) <= 5 &&
  !text.includes(',') &&
  !/[.!?]$/.test(text) &&
  !SENTENCE_VERB.test(text) &&
  findQuantities(text).length === 0;

/**
 * "Lambda" + "Quotas" → "Lambda quotas"; a parent naming its own subject ("Fargate vs Lambda") stands
 * alone, and so does a top-level parent that is a name of its own ("ECS Anywhere" under a heading that
 * names EKS Anywhere first).
 */
function childSubject(subject: string, parent: string, top: boolean, hints: NameHints): string {
  if (words(parent) > 4 || findQuantities(parent).length > 0) return subject;
  // "Directory protocols" > "Examples" > "Kerberos": a name listed as an example is the thing itself, as written.
  if (EXAMPLES_SUBJECT.test(subject) && namesSomething(parent, hints) && /^[\p{Lu}\d]/u.test(parent)) return parent;
  if (parent.toLowerCase().includes(subject.toLowerCase())) return parent;
  const named = headingName(parent, hints);
  if (top && named.name && named.whole) return named.name;
  return `${subject} ${/^\p{Lu}\p{Ll}/u.test(parent) ? parent.toLowerCase() : parent}`;
}

/** A subject built from an "Examples" bullet: what hangs below it are the examples, each a thing of its own. */
const EXAMPLES_SUBJECT = /\s(?:examples?|e\.g\.?)$/i;

/** A bullet that is only a name: one the topic rules know, or a short capitalised phrase ("Fargate"). */
const namesSomething = (text: string, hints: NameHints): boolean =>
  headingName(text, hints).name !== undefined || (words(text) <= 3 && /^\p{Lu}/u.test(text) && isNameLike(text));

/** One bullet, read once: its paragraphs, its child lists, and how it counts as a list member. */
interface Entry {
  paragraphs: Paragraph[];
  lists: List[];
  first?: Paragraph;
  label?: string;
  statement?: Statement;
  member?: Member;
  /** What the bullet's children are about: its key when that is a name ("EKS - AWS Elastic Kubernetes Service"), else its member text. */
  about?: string;
  /** `Key: value` lines run on under the bullet with no marker of their own: its siblings (key-value-lines.ts). */
  lazy?: Paragraph[];
}

function readEntry(item: ListItemNode, hints: NameHints): Entry {
  const { paragraphs, lazy } = bulletParagraphs(item);
  const lists = item.children.filter((c): c is List => c.type === 'list');
  const first = paragraphs[0];
  if (!first || isLinkOnly(first)) return { paragraphs, lists };
  const label = boldLabel(first);
  const statement = paragraphStatement(first);
  const name = memberName(statement, label);
  const nameLike = Boolean(label) || (isNameLike(name) && findQuantities(statement.text).length === 0);
  const keyName =
    !label && statement.key && statement.form !== 'equals' ? headingName(statement.key, hints) : undefined;
  const about = keyName?.name && keyName.whole ? statement.key! : name;
  return {
    paragraphs,
    lists,
    first,
    label,
    statement,
    about,
    lazy,
    member: { text: name, nameLike, parent: lists.length > 0 && !label },
  };
}

/** A bullet heading its own sub-list ("Two options", "Use cases:"): it describes nothing. */
const FACET_BULLET =
  /^(?:\d+|two|three|four|five|some|main|key)?\s*(?:options?|use cases?|features?|concepts?|components?|benefits?|types?|modes?|examples?|quotas?|limits?|steps?)\s*:?$/i;

/** Bullets under "Use cases" or "Requirements" state facts about their key; they define nothing. */
const NO_DEFINITIONS = /\b(use cases?|examples?|requirements?|pros|cons|trade-?offs?)\b/i;

/** Walk one list: facts, definitions and questions from its items, then a ListItem if its members are names. */
export function walkList(ctx: NoteContext, list: List, options: ListOptions): void {
  if (options.samples) {
    for (const { line, ...question } of sampleQuestions(list)) ctx.add({ kind: 'qa', ...question }, line);
    return;
  }
  const subject = options.parent?.subject ?? ctx.topic();
  const entries = list.children.map((item) => readEntry(item, ctx.hints));
  const heading = options.heading;
  const describes = (entry: Entry | undefined): boolean => {
    const own = entry?.statement && !entry.label ? entry.statement.text : undefined;
    return Boolean(
      own &&
      !FACET_BULLET.test(own) &&
      heading?.whole &&
      heading.name &&
      !entry!.statement!.key &&
      words(own) >= 2 &&
      !/\bvs\.?\b/i.test(own) &&
      findQuantities(own).length === 0,
    );
  };
  // A list whose first bullet describes the heading is a description, not a list of names.
  const describedHeading = describes(entries[0]);
  const listed = describedHeading
    ? new Set<Member>()
    : listMembers(
        list,
        entries.flatMap((e) => (e.member ? [e.member] : [])),
        options,
      );
  const definitions = !NO_DEFINITIONS.test(options.parent?.text ?? '');
  const single = entries.length === 1 && options.parent !== undefined;
  const stepsList = steps(list, options);

  list.children.forEach((item, index) => {
    const entry = entries[index]!;
    for (const other of item.children) if (other.type !== 'paragraph' && other.type !== 'list') options.block(other);
    const { first, statement, member, label } = entry;
    for (const paragraph of entry.paragraphs) addCommands(ctx, paragraph);
    if (!first || !statement || !member) {
      for (const child of entry.lists) walkList(ctx, child, { ...options, heading: undefined, intro: undefined });
      return;
    }
    const line = lineOf(item);
    const own = label ?? statement.text;
    if (SAMPLE_MARKER.test(own)) {
      for (const child of entry.lists) walkList(ctx, child, { ...options, samples: true });
      return;
    }
    if (!label) {
      let given = 0;
      if (index === 0 && describedHeading) {
        addDefinition(ctx, heading!.name!, own.replace(/\.$/, ''), line, heading!.aliases);
        given += 1;
      }
      // A plain fact unless the bullet is only a name the ListItem holds, or a sub-heading ("Quotas").
      const inList = listed.has(member) && (stepsList || member.text === statement.text.replace(/\s*:$/, ''));
      const subHeading = member.parent && member.nameLike;
      const plain = given === 0 && !inList && !subHeading;
      // "- **Containers**" over a lone "- Fargate": the name means something only with its parent.
      const lone =
        single && !statement.key && namesSomething(statement.text, ctx.hints)
          ? { text: `${options.parent!.text}: ${statement.text}` }
          : statement;
      addStatement(ctx, lone === statement ? statement : lone, line, subject, options.parent?.text, {
        definitions,
        plain: plain && (lone !== statement || words(statement.text) >= 2),
      });
    }
    for (const sibling of entry.lazy ?? [])
      addStatement(ctx, paragraphStatement(sibling), lineOf(sibling), subject, options.parent?.text, { definitions });
    for (const extra of entry.paragraphs.slice(1))
      if (!isLinkOnly(extra))
        addStatement(ctx, paragraphStatement(extra), lineOf(extra), subject, member.text, { definitions });
    for (const child of entry.lists) {
      walkList(ctx, child, {
        block: options.block,
        parent: {
          text: member.text,
          subject: childSubject(subject, entry.about ?? member.text, !options.parent, ctx.hints),
        },
      });
    }
  });
  if (!describedHeading)
    addListItem(
      ctx,
      list,
      [...listed].map((m) => (stepsList ? stepText(m, entries) : m.text)),
      options,
    );
}

const steps = (list: List, options: ListOptions): boolean =>
  list.ordered === true || /\b(use case|example|steps?|workflow|flow)\b/i.test(options.parent?.text ?? '');

/**
 * A step as the notes wrote it (a step is a sentence, not a name), with any steps of its own:
 * "Event matches rule: Trigger Lambda; Publish an SNS message".
 */
function stepText(member: Member, entries: readonly Entry[]): string {
  const entry = entries.find((e) => e.member === member);
  // "1. **No server management**" over its own bullets is a labelled point, not a step.
  if (!entry?.statement || entry.label) return member.text;
  const own = entry.statement.text;
  const sub = entry.lists.flatMap((l) =>
    l.children.map((c) => plainText(c.children.filter((n) => n.type === 'paragraph'))).filter(Boolean),
  );
  return sub.length > 0 ? `${own.replace(/\s*:$/, '')}: ${sub.join('; ')}` : own;
}

/** The members a ListItem gets: every step of a numbered list, else the names when they make up the list. */
function listMembers(list: List, members: Member[], options: ListOptions): Set<Member> {
  if (members.length < 2) return new Set();
  // Numbered lists, and bullets under "Use case 1" / "Example", are steps: every member, in order.
  if (steps(list, options)) return new Set(members);
  const pool = members.filter((m) => !m.parent);
  const names = pool.filter((m) => m.nameLike);
  // Every member a name, or at least three names making up two thirds of the list.
  if (names.length >= 2 && (names.length === pool.length || (names.length >= 3 && names.length * 3 >= pool.length * 2)))
    return new Set(names);
  return new Set();
}

function addListItem(ctx: NoteContext, list: List, members: string[], options: ListOptions): void {
  const title = options.parent?.text ?? ctx.label ?? ctx.title() ?? options.intro;
  if (!title || members.length < 2) return;
  const steps = procedureSteps(list);
  ctx.add({ kind: 'list', title, members: [...new Set(members)], ...(steps ? { steps } : {}) }, lineOf(list));
}
