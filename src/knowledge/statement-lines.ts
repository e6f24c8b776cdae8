import type { Paragraph } from 'mdast';
import { keyValueLabel } from './key-value-lines.js';
import { boldLabel, paragraphLines, plainText } from './markdown-text.js';
import type { NoteContext } from './note-context.js';
import { isFacet } from './topic-of.js';

/**
 * A paragraph written a statement a line, as Obsidian notes are (a line break shows as one there):
 *
 *     TTL default is 300 seconds
 *     min = 0 max = 3600 seconds
 *     can be encrypted
 *
 * Markdown runs such lines into one sentence ("TTL default is 300 seconds min = 0 max = …"), so each
 * line is read as a paragraph of its own; undefined for any other paragraph. Prose wrapped at a width
 * stays one statement: its lines run to the width (every line but the last is long), or one breaks off
 * mid-phrase ("… the last one (1) IP" over "address of every subnet"), and such a line is joined to
 * the next. A paragraph is read line by line only when some line ends short of any wrapping width, and
 * most of its lines are statements of three words or more, not names a line.
 */
export function statementLines(p: Paragraph): Paragraph[] | undefined {
  if (!p.children.some((c) => c.type === 'break' || (c.type === 'text' && c.value.includes('\n')))) return undefined;
  const lines = paragraphLines(p).filter((line) => plainText(line) !== '');
  if (lines.length < 2) return undefined;
  const joined: Paragraph[][] = [];
  for (const line of lines) {
    const open = joined.at(-1);
    if (
      open &&
      (hangs(plainText(open.at(-1)!)) ||
        continues(plainText(line)) ||
        wrapped(plainText(open.at(-1)!), plainText(line)))
    )
      open.push(line);
    else joined.push([line]);
  }
  // "AddPermission" over "CreateTopic": names a line, a list written without bullets, not statements.
  if (joined.length < 2 || joined.filter((group) => words(group) >= 3).length * 2 < joined.length) return undefined;
  // Every line but the last runs to a width: prose wrapped by an editor, one statement.
  const short = joined.slice(0, -1).some((group) => plainText(group.at(-1)!).length < WRAP_WIDTH);
  return short ? joined.map(merge).map(withoutNumber) : undefined;
}

/** "18 - use glue when …": a line's running number (a review list written without list marks) is no term. */
function withoutNumber(line: Paragraph): Paragraph {
  const [first, ...rest] = line.children;
  if (first?.type !== 'text' || !NUMBERED.test(first.value)) return line;
  return { ...line, children: [{ ...first, value: first.value.replace(NUMBERED, '') }, ...rest] };
}

const NUMBERED = /^\s*\d{1,3}\s*[-–—)]\s+/;

/**
 * Lines shorter than this end well before any editor's wrapping width (72 to 100 characters): a line
 * of prose wrapped at a width ends short only at its paragraph's end, or rarely at a sentence's.
 */
const WRAP_WIDTH = 40;

/** A line that breaks off mid-phrase: the sentence goes on in the next line. */
const hangs = (text: string): boolean =>
  /[,;:(&+=/-]$|\b(e\.g\.?|i\.e\.?|for example|for instance|example)$|\b(a|an|the|and|or|of|to|for|with|in|on|at|by|from|that|which|who|is|are|was|be|as|than|but|into|over|per|via|its|their|your|can|will|not|no)$/i.test(
    text.trim(),
  );

/** A line that opens mid-sentence ("and then …", "to the …", "unless a …"): the line above goes on. */
const continues = (text: string): boolean =>
  /^(and|or|but|nor|to|of|than|that|which|whose|then|so|because|while|unless|if|until|although|though|whereas|except)\b/.test(
    text.trim(),
  );

const words = (group: readonly Paragraph[]): number =>
  group.map((line) => plainText(line).split(/\s+/).length).reduce((a, b) => a + b, 0);

/** A line run to the width and no sentence's end, over one in lower case: an editor's wrap mid-sentence. */
const wrapped = (above: string, line: string): boolean =>
  above.trim().length >= WRAP_WIDTH && !/[.!?:]$/.test(above.trim()) && /^\p{Ll}/u.test(line.trim());

/** Lines joined back into one paragraph, its position the first line's. */
function merge(group: Paragraph[]): Paragraph {
  if (group.length === 1) return group[0]!;
  const children = group.flatMap((line, index) =>
    index === 0 ? line.children : [{ type: 'text' as const, value: '\n' }, ...line.children],
  );
  return { type: 'paragraph', children, position: group[0]!.position };
}

/**
 * Reads the lines of a split paragraph, each with `read` (given its index in `lines` and the line below it). Key
 * lines (key-value-lines.ts) may open with a label naming what they are about ("Gateway settings"); a
 * statement a line may open with a bold name ("**Snowball Edge**"), which heads the lines under it as a
 * heading would, so their facts are that name's and not the note's.
 */
export function readLines(
  ctx: NoteContext,
  lines: readonly Paragraph[],
  keyed: boolean,
  read: (line: Paragraph, index: number, below: Paragraph | undefined) => void,
): void {
  const label = keyed ? (keyValueLabel(lines[0]!) ? plainText(lines[0]!) : undefined) : boldLabel(lines[0]!);
  const rest = label === undefined ? lines : lines.slice(1);
  const each = (): void =>
    rest.forEach((line, index) => read(line, index + lines.length - rest.length, keyed ? undefined : rest[index + 1]));
  if (label === undefined) each();
  else if (!keyed && namesAThing(label, ctx)) ctx.under(label, each);
  else {
    ctx.label = label;
    each();
  }
}

/** "Snowball Edge", "Cluster endpoint": a bold line of a few words, no facet ("Limits", "Pros") and no sentence, names what the lines under it are about. */
const namesAThing = (label: string, ctx: NoteContext): boolean =>
  label.split(/\s+/).length <= 4 && !/[.,;:!?]/.test(label) && /^[\p{Lu}\d]/u.test(label) && !isFacet(label, ctx.hints);
