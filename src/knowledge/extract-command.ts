import type { Paragraph, PhrasingContent, Table, TableCell } from 'mdast';
import { commandDefinition, commandParts } from './command-line.js';
import { hasExampleValues, withoutArguments } from './command-arguments.js';
import { purposeAfter, purposeBefore } from './command-purpose.js';
import { lineOf, plainText, squash } from './markdown-text.js';
import type { NoteContext } from './note-context.js';

/**
 * Notes about command line tools pair a command, written as code, with what it does: "`setfacl` sets
 * the ACL on a file", "create a volume group by using `vgcreate`", "`lvremove` to remove a logical
 * volume", "- `chage -l user` lists password aging", "Use `kubectl cordon` to stop new pods landing".
 * This reads those pairs out of one paragraph (or bullet), sentence by sentence, each with its line.
 */

interface CommandDraft {
  /** The command as the notes wrote it, options and arguments included. */
  command: string;
  /** What a choice names: the program and its sub-commands. */
  name: string;
  /** What it does, a third-person verb phrase; absent for a command the notes only name. */
  purpose?: string;
  /** The sentence it was read from, without markdown. */
  sentence: string;
  line: number;
}

/** Code spans of one paragraph read as mentions at most (a long command listing names no content area). */
const MAX_MENTIONS = 8;

/** A run of a sentence: code as written, or plain text. */
type Piece = { code: string; line: number } | { text: string };

/** A code span's marker inside a sentence's text: "\u0000" + index + "\u0000". */
const mark = (index: number): string => `\u0000${index}\u0000`;
const MARK = /\u0000(\d+)\u0000/g;

/** The paragraph as runs of text and code; bold and links read as their text. */
function piecesOf(nodes: readonly PhrasingContent[], line: number): Piece[] {
  return nodes.map((node) =>
    node.type === 'inlineCode'
      ? { code: node.value, line: node.position?.start.line ?? line }
      : { text: rawText(node) },
  );
}

/** A node's text with its spaces kept (a bold run's neighbours keep the space beside it); a break is a space. */
function rawText(node: PhrasingContent): string {
  if (node.type === 'break') return ' ';
  if ('value' in node) return node.value;
  return 'children' in node ? (node.children as PhrasingContent[]).map(rawText).join('') : '';
}

/** Sentences of the paragraph, each as its text with code spans marked, and the code spans. */
function sentencesOf(pieces: readonly Piece[]): Array<{ text: string; codes: Array<{ code: string; line: number }> }> {
  const codes: Array<{ code: string; line: number }> = [];
  const text = pieces
    .map((piece) => {
      if ('text' in piece) return piece.text;
      codes.push(piece);
      return mark(codes.length - 1);
    })
    .join('');
  // A sentence ends at ". ", "! " or "? " before a capital, a code span or a bullet-like start; never inside "e.g.".
  return squash(text)
    .split(/(?<!\b(?:e\.g|i\.e|etc|vs))(?<=[.!?])\s+(?=[\p{Lu}\u0000])/u)
    .map((sentence) => ({ text: sentence.trim(), codes }));
}

/** The sentence in plain text: code spans back as their text. */
const plain = (text: string, codes: ReadonlyArray<{ code: string }>): string =>
  squash(text.replace(MARK, (_, index: string) => codes[Number(index)]!.code));

/** "`cmd` verb …", "`cmd` - do …": the code opening the sentence, and what follows it. */
const LEADING = /^\u0000(\d+)\u0000\s*([-–—:]\s*)?(.+)$/su;
/** "… create a volume group by using `vgcreate`": the code closing the sentence after "using", "with", "by running". */
const TRAILING = /^(.+?),?\s+(?:by\s+using|by\s+running|by\s+doing|using|with|via|by)\s+\u0000(\d+)\u0000$/su;
/** "Use `cmd` to …", "run `cmd` to …": the purpose after the code. */
const USE_TO = /(?:^|\s)(?:use|run|using|running|try)\s+\u0000(\d+)\u0000\s+to\s+(.+)$/isu;
/** "To list the pods, use `cmd`". */
const TO_USE = /^to\s+(.+?),\s+(?:use|run|try)\s+\u0000(\d+)\u0000$/isu;

/**
 * Every command the paragraph pairs with what it does, and (without a purpose) every other code span
 * that is a command line by its form: the notes' other commands are the wrong choices of a question.
 */
function commandsOf(paragraph: Paragraph): CommandDraft[] {
  const line = lineOf(paragraph);
  const pieces = piecesOf(paragraph.children, line);
  const drafts: CommandDraft[] = [];
  for (const { text: marked, codes } of sentencesOf(pieces)) {
    const sentence = marked.replace(/^[-*+]\s+/, '').replace(/[.!;:]+$/, '');
    const pairs = pairsOf(sentence, codes);
    for (const found of pairs) {
      const parts = commandParts(found.code.code);
      const asked = parts && !hasExampleValues(parts) ? withoutArguments(found.purpose, parts) : undefined;
      if (parts && asked)
        drafts.push({
          command: squash(found.code.code),
          name: parts.name,
          purpose: asked,
          sentence: plain(marked, codes),
          line: found.code.line,
        });
    }
    for (const code of codes.slice(0, MAX_MENTIONS)) {
      const mentioned =
        !pairs.some((found) => found.code === code) &&
        !drafts.some((d) => d.line === code.line && d.command === squash(code.code))
          ? mentionOf(code.code)
          : undefined;
      if (mentioned && !drafts.some((d) => d.name === mentioned))
        drafts.push({ command: squash(code.code), name: mentioned, sentence: plain(marked, codes), line: code.line });
    }
  }
  // A paragraph with no code may still be one command line: "chage -l USER lists the aging policy".
  if (drafts.length === 0 && !paragraph.children.some((child) => child.type === 'inlineCode')) {
    const text = plainText(paragraph);
    const described = commandDefinition(text.split(/(?<=[.!?])\s+/)[0] ?? '');
    const parts = described ? commandParts(described.term) : undefined;
    const purpose = described ? purposeAfter(described.definition) : undefined;
    const asked = parts && purpose ? withoutArguments(purpose, parts) : undefined;
    if (described && parts && asked && !hasExampleValues(parts))
      drafts.push({ command: described.term, name: parts.name, purpose: asked, sentence: text, line });
  }
  return drafts;
}

/** "We can use `swapon` to enable swap and `swapoff` to disable it": two commands, each with its purpose. */
const USE_BOTH =
  /(?:^|\s)(?:use|run)\s+\u0000(\d+)\u0000\s+to\s+([^\u0000]+?),?\s+and\s+\u0000(\d+)\u0000\s+to\s+(.+)$/isu;
/** "- List the pods: `kubectl get pods`", "Reload the units - `systemctl daemon-reload`": the purpose first. */
const PURPOSE_FIRST = /^(.+?)(?::|\s[-–—])\s+\u0000(\d+)\u0000$/su;

/** The code spans of the sentence with what the sentence says they do: two for "use A to … and B to …", else pairOf's one. */
function pairsOf(
  sentence: string,
  codes: ReadonlyArray<{ code: string; line: number }>,
): Array<{ code: { code: string; line: number }; purpose: string }> {
  const both = USE_BOTH.exec(sentence);
  if (both) {
    return [
      [both[1]!, both[2]!],
      [both[3]!, both[4]!],
    ].flatMap(([index, said]) => {
      const purpose = purposeAfter(`to ${plain(said!, codes)}`);
      return purpose ? [{ code: codes[Number(index)]!, purpose }] : [];
    });
  }
  const one = pairOf(sentence, codes);
  return one ? [one] : [];
}

/** The one code span of the sentence that the sentence says the purpose of, by the patterns above. */
function pairOf(
  sentence: string,
  codes: ReadonlyArray<{ code: string; line: number }>,
): { code: { code: string; line: number }; purpose: string } | undefined {
  const spans = [...sentence.matchAll(MARK)].length;
  const leading = LEADING.exec(sentence);
  // Code further on is read as its text ("`firewall-config` is the GUI tool for `firewalld`").
  if (leading) {
    const purpose = purposeAfter(plain(leading[3]!, codes), leading[2] !== undefined);
    if (purpose) return { code: codes[Number(leading[1])]!, purpose };
  }
  // In the other patterns the sentence holds one code span only: with two, which one does it is unclear.
  if (spans !== 1) return undefined;
  const useTo = USE_TO.exec(sentence);
  const toUse = TO_USE.exec(sentence);
  const trailing = TRAILING.exec(sentence);
  const first = PURPOSE_FIRST.exec(sentence);
  const [index, purpose] = useTo
    ? [useTo[1], purposeAfter(`to ${useTo[2]!}`)]
    : toUse
      ? [toUse[2], purposeAfter(`to ${toUse[1]!}`)]
      : trailing
        ? [trailing[2], purposeBefore(trailing[1]!)]
        : first
          ? [first[2], purposeBefore(first[1]!)]
          : [undefined, undefined];
  return index !== undefined && purpose ? { code: codes[Number(index)]!, purpose } : undefined;
}

/**
 * A code span named in passing, as a command a choice may name: "kubectl get", "df", "vgremove". A bare
 * word may be something else than a command ("selector"): the question builder takes such words only
 * beside an answer of their own form from the same file.
 */
const mentionOf = (code: string): string | undefined => commandParts(code)?.name;

/** The cell's one code span, when the cell holds nothing else. */
const codeCell = (cell: TableCell | undefined): string | undefined =>
  cell?.children.length === 1 && cell.children[0]!.type === 'inlineCode' ? cell.children[0]!.value : undefined;

/**
 * "| `kubectl drain <node>` | Evicts all pods … |": a two-column table whose first cell is one code
 * span and whose second says what it does (first clause: "Marks node unschedulable — existing pods
 * stay" says "marks node unschedulable"); or the other way round, "| Evict all pods | `kubectl drain` |".
 */
function tableCommandsOf(table: Table): CommandDraft[] {
  const [header, ...rows] = table.children;
  if (!header || header.children.length !== 2) return [];
  return rows.flatMap((row) => {
    const [first, second] = row.children;
    const leading = codeCell(first);
    const code = leading ?? codeCell(second);
    const said = leading ? second : first;
    const parts = code ? commandParts(code) : undefined;
    if (!code || !parts || !said || codeCell(said) !== undefined || hasExampleValues(parts)) return [];
    const text = squash(plainText(said));
    const clause = text.split(/\s+[—–-]\s+|;\s*/)[0]!;
    const purpose = purposeAfter(clause.charAt(0).toLowerCase() + clause.slice(1), true);
    const asked = purpose ? withoutArguments(purpose, parts) : undefined;
    return asked
      ? [
          {
            command: squash(code),
            name: parts.name,
            purpose: asked,
            sentence: leading ? `${squash(code)}: ${text}` : `${text}: ${squash(code)}`,
            line: lineOf(row),
          },
        ]
      : [];
  });
}

/** Adds the paragraph's commands to the note, each at the line its code is on, under the command's name as topic. */
export function addCommands(ctx: NoteContext, block: Paragraph | Table): void {
  const drafts = block.type === 'table' ? tableCommandsOf(block) : commandsOf(block);
  for (const { line, ...draft } of drafts) ctx.add({ kind: 'command', ...draft }, line, draft.name);
}
