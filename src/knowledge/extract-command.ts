import type { Paragraph, PhrasingContent, Table } from 'mdast';
import type { CommandDraft } from './command-draft.js';
import { tableCommandsOf } from './table-commands.js';
import { commandDefinition, commandParts } from './command-line.js';
import { hasExampleValues, withoutArguments } from './command-arguments.js';
import { purposeAfter, purposeBefore } from './command-purpose.js';
import { leadInJob, purposeOfStep } from './stated-purpose.js';
import { lineOf, plainText, squash } from './markdown-text.js';
import type { NoteContext } from './note-context.js';

/**
 * Notes about command line tools pair a command, written as code, with what it does: "`setfacl` sets
 * the ACL on a file", "create a volume group by using `vgcreate`", "`lvremove` to remove a logical
 * volume", "- `chage -l user` lists password aging", "Use `kubectl cordon` to stop new pods landing".
 * This reads those pairs out of one paragraph (or bullet), sentence by sentence, each with its line.
 */

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
  return commandLinesOf(text).flatMap((part) =>
    squash(part)
      .split(/(?<!\b(?:e\.g|i\.e|etc|vs))(?<=[.!?])\s+(?=[\p{Lu}\u0000])/u)
      .map((sentence) => ({ text: sentence.trim(), codes })),
  );
}

/**
 * "`vgextend` extends the group" over "`pvmove DEV` moves data off DEV" with no bullet and no full
 * stop: lines that each open with a code span are one command line each, not one sentence. A line
 * opening with code after one that does not ("For example,\n`chmod …` …") continues its sentence.
 */
function commandLinesOf(text: string): string[] {
  const opensWithCode = (line: string): boolean => line.trimStart().startsWith('\u0000');
  const parts: string[] = [];
  let previous = '';
  for (const line of text.split('\n')) {
    if (parts.length > 0 && !(opensWithCode(line) && opensWithCode(previous))) parts[parts.length - 1] += `\n${line}`;
    else parts.push(line);
    previous = line;
  }
  return parts;
}

/** The sentence in plain text: code spans back as their text. */
const plain = (text: string, codes: ReadonlyArray<{ code: string }>): string =>
  squash(text.replace(MARK, (_, index: string) => codes[Number(index)]!.code));

/** "`cmd` verb …", "`cmd` - do …", "`cmd` -> does …": the code opening the sentence, and what follows it. */
const LEADING = /^\u0000(\d+)\u0000\s*((?:->|=>|→|[-–—:])\s*)?(.+)$/su;
/** "… create a volume group by using `vgcreate`": the code closing the sentence after "using", "with", "by running". */
const TRAILING = /^(.+?),?\s+(?:by\s+using|by\s+running|by\s+doing|using|with|via|by)\s+\u0000(\d+)\u0000$/su;
/** "Use `cmd` to …", "run `cmd` to …": the purpose after the code. */
const USE_TO = /(?:^|\s)(?:use|run|using|running|try)\s+\u0000(\d+)\u0000\s+to\s+(.+)$/isu;
/** "To list the pods, use `cmd`", "Remember, to list the pods, use `cmd`" (a short aside before it). */
const TO_USE = /^(?:[^,\u0000]{1,30},\s+)?to\s+(.+?),\s+(?:use|run|try)\s+\u0000(\d+)\u0000$/isu;

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
    // The sentence's own code spans (the paragraph's first few): a later sentence may describe the others.
    const own = [...marked.matchAll(MARK)].map((found) => Number(found[1])).filter((index) => index < MAX_MENTIONS);
    for (const code of own.map((index) => codes[index]!)) {
      // A command whose purpose could not be asked ("moves blocks off DEV") is still named: a wrong choice.
      const mentioned = !drafts.some((d) => d.line === code.line && d.command === squash(code.code))
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

/**
 * "### Flush the write cache" or "To flush the write cache:" right above a paragraph that is one code
 * span and nothing else: the line above says what the command does.
 */
function loneCommandOf(paragraph: Paragraph, said: { heading?: string; intro?: string }): CommandDraft | undefined {
  const [only, ...rest] = paragraph.children;
  if (only?.type !== 'inlineCode' || rest.some((node) => node.type !== 'text' || node.value.trim() !== ''))
    return undefined;
  const job = said.intro === undefined ? undefined : leadInJob(said.intro);
  // A heading that names a whole task ("Configure Firewall Settings Using firewall-cmd, or iptables") is
  // a title over several commands, not the job of the one code span under it.
  const heading =
    said.heading && said.heading.split(/\s+/).length <= 6 && !/,|\b(?:using|with|via|or|and)\b/i.test(said.heading)
      ? said.heading
      : undefined;
  const step =
    (job ? purposeOfStep(job, only.value) : undefined) ?? (heading ? purposeOfStep(heading, only.value) : undefined);
  const text = job ?? heading;
  return step && text
    ? { command: squash(only.value), ...step, sentence: `${text}: ${squash(only.value)}`, line: lineOf(paragraph) }
    : undefined;
}

/**
 * Adds the paragraph's commands to the note, each at the line its code is on, under the command's name
 * as topic. `said` holds the heading right above the paragraph and the line leading into it ("To … :").
 */
export function addCommands(
  ctx: NoteContext,
  block: Paragraph | Table,
  said: { heading?: string; intro?: string } = {},
): void {
  const lone = block.type === 'paragraph' ? loneCommandOf(block, said) : undefined;
  const drafts = lone ? [lone] : block.type === 'table' ? tableCommandsOf(block) : commandsOf(block);
  for (const { line, ...draft } of drafts) ctx.add({ kind: 'command', ...draft }, line, draft.name);
}
