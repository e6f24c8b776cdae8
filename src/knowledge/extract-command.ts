import type { Paragraph, PhrasingContent, Table } from 'mdast';
import { commandDefinition, commandParts, type CommandParts } from './command-line.js';
import { PLACEHOLDER_WORDS } from './english-words.js';
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
    const found = pairOf(sentence, codes);
    const parts = found ? commandParts(found.code.code) : undefined;
    const asked = found && parts && !hasExampleValues(parts) ? withoutArguments(found.purpose, parts) : undefined;
    if (found && parts && asked)
      drafts.push({
        command: squash(found.code.code),
        name: parts.name,
        purpose: asked,
        sentence: plain(marked, codes),
        line: found.code.line,
      });
    for (const code of codes.slice(0, MAX_MENTIONS)) {
      const mentioned =
        code !== found?.code && !drafts.some((d) => d.line === code.line && d.command === squash(code.code))
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

/** The one code span of the sentence that the sentence says the purpose of, by the three patterns above. */
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
  const [index, purpose] = useTo
    ? [useTo[1], purposeAfter(`to ${useTo[2]!}`)]
    : toUse
      ? [toUse[2], purposeAfter(`to ${toUse[1]!}`)]
      : trailing
        ? [trailing[2], purposeBefore(trailing[1]!)]
        : [undefined, undefined];
  return index !== undefined && purpose ? { code: codes[Number(index)]!, purpose } : undefined;
}

/**
 * A command with an example's own values ("umask 006", "chmod u+s FILE", "setfacl -m u:john:rw file1")
 * says what those values do, not what the command does: any argument that is neither an option nor a
 * placeholder (NAME, <node>, FILE.tar, user, file1), an option's own value ("-m m::r", "-L 10G") too.
 */
function hasExampleValues(parts: CommandParts): boolean {
  return parts.args.some((arg) => {
    // "-l", "--all-namespaces", "--image=<image>": an option, or one given a placeholder.
    const option = /^--?\p{L}[\p{L}\p{N}-]*(?:=(.*))?$/u.exec(arg);
    if (option) return option[1] !== undefined && !isPlaceholder(option[1]);
    // "-1", "m::r", "10G", "wheel": a value of the example's own, given to an option or not.
    return !isPlaceholder(arg);
  });
}

/** NAME, <node>, [FILE], FILE.tar.gz, user, file1, /dev/VGNAME/LVNAME: a stand-in for a value. */
function isPlaceholder(arg: string): boolean {
  const bare = arg.replace(/^['"]|['",]$/g, '');
  if (/^<[^>]+>$|^\[[^\]]+\]$/.test(bare)) return true;
  if (/^[\p{Lu}][\p{Lu}\p{N}_]*(?:\.[\p{Ll}]+)*$/u.test(bare)) return true;
  if (PLACEHOLDER_WORDS.has(bare.replace(/\d+$/, '').toLowerCase())) return true;
  // A path whose parts are all placeholders: /dev/VGNAME/LVNAME.
  return (
    /^\//.test(bare) &&
    bare
      .split('/')
      .slice(-1)
      .every((part) => /^[\p{Lu}][\p{Lu}\p{N}_]*$/u.test(part))
  );
}

/**
 * The purpose as a question may ask it. What an option selects is what such a purpose is about
 * ("`systemctl list-units --type=target` lists all targets": not what list-units does without it), so
 * a purpose naming an option's word is not asked. A placeholder written as one (NAME, <node>) may
 * stand in a closing phrase, cut away ("sets the default target to NAME.target" asks "sets the default
 * target"); a placeholder's plain word ("marks the node", for <node>) is only the generic thing.
 */
function withoutArguments(purpose: string, parts: CommandParts): string | undefined {
  const optionWords = new Set(
    parts.args
      .flatMap((arg, at) => {
        const valueOf = /^-[\p{L}]$|^--[\p{L}-]+$/u.test(parts.args[at - 1] ?? '') && !isPlaceholder(arg);
        return /^-/.test(arg) || valueOf ? arg.replace(/^-+/, '').split(/[^\p{L}\p{N}]+/u) : [];
      })
      .filter((word) => word.length > 1 && !/^\d+$/.test(word))
      .map((word) => word.toLowerCase()),
  );
  const pieces = (word: string): string[] => word.toLowerCase().split(/[^\p{L}\p{N}]+/u);
  const namesOption = (word: string): boolean =>
    pieces(word).some(
      (piece) => optionWords.has(piece) || optionWords.has(piece.replace(/s$/, '')) || optionWords.has(`${piece}s`),
    );
  const words = purpose.split(/\s+/);
  if (words.some(namesOption)) return undefined;
  // "`kubectl get pods -A` … across all namespaces": "all" is what a bare flag (-a, -A, --all) adds, so
  // the command without it does not do what the purpose says.
  if (
    parts.args.some((arg) => /^-\p{L}{1,3}$|^--[\p{L}-]+$/u.test(arg)) &&
    /\b(?:all|every|everything|everyone)\b/i.test(purpose)
  )
    return undefined;
  // A placeholder as written: "NAME", "NAME.target", "<node>".
  const literal = (word: string): boolean =>
    /^(?:<[^>]+>|[\p{Lu}][\p{Lu}\p{N}_]*)(?:\.[\p{Ll}]+)?$/u.test(word.replace(/[,.;:']+$|'s$/, ''));
  // "FILE.tar" is written about as FILE: a placeholder's name before its dot.
  const placeholders = new Set(
    parts.args
      .filter((arg) => !/^-/.test(arg) && isPlaceholder(arg))
      .map((arg) => arg.replace(/[<>]/g, '').replace(/\..*$/, '')),
  );
  const namesPlaceholder = (word: string): boolean =>
    literal(word) && [...placeholders].some((p) => word.replace(/[<>]/g, '').startsWith(p));
  const first = words.findIndex(namesPlaceholder);
  if (first < 0) return purpose;
  const cut = first - 1;
  if (cut < 2 || !/^(?:to|on|in|into|from|for|of|at)$/i.test(words[cut]!) || !words.slice(first).every(literal))
    return undefined;
  return words.slice(0, cut).join(' ');
}

/**
 * A code span named in passing, as a command a choice may name: "kubectl get", "df", "vgremove". A bare
 * word may be something else than a command ("selector"): the question builder takes such words only
 * beside an answer of their own form from the same file.
 */
const mentionOf = (code: string): string | undefined => commandParts(code)?.name;

/**
 * "| `kubectl drain <node>` | Evicts all pods … |": a two-column table whose first cell is one code
 * span and whose second says what it does (first clause: "Marks node unschedulable — existing pods
 * stay" says "marks node unschedulable").
 */
function tableCommandsOf(table: Table): CommandDraft[] {
  const [header, ...rows] = table.children;
  if (!header || header.children.length !== 2) return [];
  return rows.flatMap((row) => {
    const [first, second] = row.children;
    const code =
      first?.children.length === 1 && first.children[0]!.type === 'inlineCode' ? first.children[0]!.value : undefined;
    const parts = code ? commandParts(code) : undefined;
    if (!code || !parts || !second || hasExampleValues(parts)) return [];
    const said = squash(plainText(second));
    const clause = said.split(/\s+[—–-]\s+|;\s*/)[0]!;
    const purpose = purposeAfter(clause.charAt(0).toLowerCase() + clause.slice(1), true);
    const asked = purpose ? withoutArguments(purpose, parts) : undefined;
    return asked
      ? [
          {
            command: squash(code),
            name: parts.name,
            purpose: asked,
            sentence: `${squash(code)}: ${said}`,
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
