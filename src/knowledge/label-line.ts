import type { Statement } from './extract-key-value.js';
import type { NoteContext } from './note-context.js';
import { headingName, isFacet, type HeadingName } from './topic-of.js';

/** A label line and what it makes of the list under it. */
export interface LabelLine {
  text: string;
  /** The term a "What is X?" label (or a label that is a name) asks about: the first describing bullet defines it. */
  names?: HeadingName;
  /** The label as the bullets' parent, unless it is a facet ("Exam Tips") whose bullets are about the topic. */
  parent?: { text: string; subject: string };
}

const QUESTION_LABEL = /^(?:what(?:'s|’s|\s+is|\s+are)|define)\s+(?:an?\s+|the\s+)?(.+?)\s*\??$/i;

/**
 * A short plain line standing alone over a list, like a heading: up to six words, no key, no sentence end
 * ("Visibility Timeout", "Polling types", "What is SQS?", "Exam Tips"). Undefined for anything else.
 */
export function labelLineOf(statement: Statement, ctx: NoteContext): LabelLine | undefined {
  const text = statement.text;
  if (
    statement.key ||
    !/\p{L}/u.test(text) ||
    text.split(/\s+/).length > 6 ||
    /[.,;:!]$/.test(text) ||
    // "However, the architecture is very different": a sentence opening with a connective, not a label.
    /^\p{L}+,\s/u.test(text) ||
    /^[-*+>#|`]/.test(text)
  )
    return undefined;
  const asked = QUESTION_LABEL.exec(text)?.[1];
  if (asked) return { text, names: { name: asked, whole: true, aliases: [] }, parent: { text: asked, subject: asked } };
  if (text.endsWith('?')) return undefined;
  if (isFacet(text, ctx.hints)) return { text };
  const named = headingName(text, ctx.hints);
  const subject =
    named.name && named.whole
      ? named.name
      : `${ctx.topic()} ${/^\p{Lu}\p{Ll}/u.test(text) ? text.toLowerCase() : text}`;
  return { text, names: named.name && named.whole ? named : undefined, parent: { text, subject } };
}
