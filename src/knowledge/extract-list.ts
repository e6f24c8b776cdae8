import type { List, Nodes, Paragraph } from 'mdast';
import { paragraphStatement, type Statement } from './extract-key-value.js';
import { sampleQuestions, SAMPLE_MARKER } from './extract-samples.js';
import { addDefinition, addStatement } from './extract-statement.js';
import { boldLabel, isLinkOnly, lineOf } from './markdown-text.js';
import type { NoteContext } from './note-context.js';
import { findQuantities } from './parse-quantity.js';
import type { HeadingName } from './topic-of.js';

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
  words(text) >= 1 && words(text) <= 5 && !text.includes(',') && !/[.!?]$/.test(text) && !SENTENCE_VERB.test(text) && findQuantities(text).length === 0;

/** "Lambda" + "Quotas" → "Lambda quotas"; a parent naming its own subject ("Fargate vs Lambda") stands alone. */
function childSubject(subject: string, parent: string): string {
  if (words(parent) > 4 || findQuantities(parent).length > 0) return subject;
  if (parent.toLowerCase().includes(subject.toLowerCase())) return parent;
  return `${subject} ${/^\p{Lu}\p{Ll}/u.test(parent) ? parent.toLowerCase() : parent}`;
}

/** Walk one list: facts, definitions and questions from its items, then a ListItem if its members are names. */
export function walkList(ctx: NoteContext, list: List, options: ListOptions): void {
  if (options.samples) {
    for (const q of sampleQuestions(list)) ctx.add({ kind: 'qa', question: q.question, answer: q.answer, options: q.options }, q.line);
    return;
  }
  const subject = options.parent?.subject ?? ctx.topic();
  const members: Member[] = [];
  let describedHeading = false;
  list.children.forEach((item, index) => {
    const paragraphs = item.children.filter((c): c is Paragraph => c.type === 'paragraph');
    const lists = item.children.filter((c): c is List => c.type === 'list');
    for (const other of item.children) if (other.type !== 'paragraph' && other.type !== 'list') options.block(other);
    const first = paragraphs[0];
    if (!first || isLinkOnly(first)) {
      for (const child of lists) walkList(ctx, child, { ...options, heading: undefined, intro: undefined });
      return;
    }
    const line = lineOf(item);
    const label = boldLabel(first);
    const statement = paragraphStatement(first);
    const own = label ?? statement.text;
    if (SAMPLE_MARKER.test(own)) {
      for (const child of lists) walkList(ctx, child, { ...options, samples: true });
      return;
    }
    if (!label) {
      const heading = options.heading;
      const describesHeading =
        index === 0 && heading?.whole && heading.name && !statement.key && words(own) >= 2 && !/\bvs\.?\b/i.test(own) && findQuantities(own).length === 0;
      if (describesHeading) {
        addDefinition(ctx, heading.name!, own.replace(/\.$/, ''), line, heading.aliases);
        describedHeading = true;
      }
      addStatement(ctx, statement, line, subject, options.parent?.text);
    }
    const name = memberName(statement, label);
    for (const extra of paragraphs.slice(1)) if (!isLinkOnly(extra)) addStatement(ctx, paragraphStatement(extra), lineOf(extra), subject, name);
    for (const child of lists) {
      walkList(ctx, child, { block: options.block, parent: { text: name, subject: childSubject(subject, name) } });
    }
    const nameLike = Boolean(label) || (isNameLike(name) && findQuantities(statement.text).length === 0);
    members.push({ text: name, nameLike, parent: lists.length > 0 && !label });
  });
  // A list whose first bullet describes the heading is a description, not a list of names.
  if (!describedHeading) addListItem(ctx, list, members, options);
}

function addListItem(ctx: NoteContext, list: List, members: Member[], options: ListOptions): void {
  const title = options.parent?.text ?? ctx.label ?? ctx.title() ?? options.intro;
  if (!title || members.length < 2) return;
  // Numbered lists, and bullets under "Use case 1" / "Example", are steps: every member, in order.
  if (list.ordered || /\b(use case|example|steps?|workflow|flow)\b/i.test(options.parent?.text ?? '')) {
    ctx.add({ kind: 'list', title, members: members.map((m) => m.text) }, lineOf(list));
    return;
  }
  const pool = members.filter((m) => !m.parent);
  const names = pool.filter((m) => m.nameLike);
  // Every member a name, or at least three names making up two thirds of the list.
  if (names.length >= 2 && (names.length === pool.length || (names.length >= 3 && names.length * 3 >= pool.length * 2))) {
    ctx.add({ kind: 'list', title, members: [...new Set(names.map((m) => m.text))] }, lineOf(list));
  }
}
