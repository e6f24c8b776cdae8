import type { Code } from 'mdast';
import { purposeOfStep, leadInJob } from './stated-purpose.js';
import { lineOf, squash } from './markdown-text.js';
import type { NoteContext } from './note-context.js';

/**
 * A fenced shell block often says what each command does in a comment: "# list the pods" on the line
 * before "kubectl get pods", or "kubectl get pods   # list the pods" on the same line. Under a heading
 * that says what it does ("### Reload the unit files"), a block of one command line says it too. This
 * reads those pairs, under the rules of extract-command.ts: the purpose an imperative turned third
 * person, never an example invocation's values, never a comment that covers several commands.
 */

/** Blocks in a shell's language, or in none: YAML, JSON or SQL lines are no command lines. */
const SHELL = /^(?:bash|sh|shell|zsh|console|terminal|powershell|pwsh|ps1?|cmd|bat)?$/i;
/** A prompt before the command: "$ ", "> ", "PS> ", "PS C:\> ". */
const PROMPT = /^(?:\$|>|PS(?:\s+\S*)?>)\s+/;
/** "# list the pods", "// …" is no shell comment; "#!/bin/bash" is no comment either. */
const COMMENT = /^#(?!!)\s*(.*)$/;
/** "cmd   # what it does": at least two spaces before the mark, so "#" inside a value ("a#b") is no comment. */
const TRAILING_COMMENT = /^(.*?\S)\s{2,}#\s+(.+)$/;

interface CodeLine {
  /** The command line, continuations ("\" at the end) joined. */
  text: string;
  line: number;
  trailing?: string;
}

/** The block's lines as comments and commands, a blank line as a break between groups. */
type Row = { comment: string; line: number } | { command: CodeLine } | 'blank';

function rowsOf(code: Code): Row[] {
  // The code starts the line after the fence; an indented block starts on its own first line.
  const first = lineOf(code) + (fenced(code) ? 1 : 0);
  const rows: Row[] = [];
  let open: CodeLine | undefined;
  code.value.split('\n').forEach((raw, index) => {
    const text = raw.trim().replace(PROMPT, '');
    if (open) {
      // "az storage account create \" continues on the next line.
      open.text = `${open.text.replace(/\\$/, '')} ${text}`.trim();
      if (!text.endsWith('\\')) open = undefined;
      return;
    }
    if (text === '') return void rows.push('blank');
    const comment = COMMENT.exec(text);
    if (comment) return void rows.push({ comment: comment[1]!.trim(), line: first + index });
    const trailing = TRAILING_COMMENT.exec(text);
    const command: CodeLine = trailing
      ? { text: trailing[1]!, line: first + index, trailing: trailing[2]!.trim() }
      : { text, line: first + index };
    rows.push({ command });
    if (command.text.endsWith('\\') && !trailing) open = command;
  });
  return rows;
}

/** Whether the block was fenced (its value starts the line after its position's first line). */
const fenced = (code: Code): boolean =>
  (code.position?.end.line ?? 0) - (code.position?.start.line ?? 0) > code.value.split('\n').length - 1;

/**
 * Every command of a shell block that the block (or its heading) says the purpose of. A comment names
 * the purpose of the one command line that follows it before a blank line or the next comment; a
 * comment over two or more lines is about the steps together ("# reload and restart" over two
 * commands), so none of them is asked.
 */
function codeBlockCommands(
  code: Code,
  heading?: string,
  intro?: string,
): Array<{ command: string; name: string; purpose: string; sentence: string; line: number }> {
  if (!SHELL.test(code.lang ?? '')) return [];
  const rows = rowsOf(code);
  const found: Array<{ command: string; name: string; purpose: string; sentence: string; line: number }> = [];
  const add = (said: string, line: CodeLine): void => {
    const pair = purposeOfStep(said, line.text);
    if (pair)
      found.push({
        command: squash(line.text),
        ...pair,
        sentence: `${said.replace(/[.:;]+$/, '')}: ${squash(line.text)}`,
        line: line.line,
      });
  };
  rows.forEach((row, at) => {
    if (row === 'blank') return;
    if ('comment' in row) {
      const group: CodeLine[] = [];
      for (const next of rows.slice(at + 1)) {
        if (next === 'blank' || 'comment' in next) break;
        group.push(next.command);
      }
      if (group.length === 1 && group[0]!.trailing === undefined) add(row.comment, group[0]!);
      return;
    }
    if (row.command.trailing) add(row.command.trailing, row.command);
  });
  // "To reload the unit files:" just above, or "### Reload the unit files" over a block of one command
  // line and nothing else: the nearer says it.
  const commands = rows.filter((row): row is { command: CodeLine } => row !== 'blank' && 'command' in row);
  if (found.length === 0 && commands.length === 1 && rows.every((row) => row === 'blank' || 'command' in row)) {
    const job = intro === undefined ? undefined : leadInJob(intro);
    if (job) add(job, commands[0]!.command);
    if (heading && found.length === 0) add(heading, commands[0]!.command);
  }
  return found;
}

/**
 * Adds the block's commands to the note, each at its line, under the command's name as topic.
 * `heading` is the heading right above the block, `intro` the line right above it that ends in a
 * colon ("To reload the unit files:"), if any.
 */
export function addCodeBlockCommands(ctx: NoteContext, code: Code, heading?: string, intro?: string): void {
  for (const { line, ...draft } of codeBlockCommands(code, heading, intro))
    ctx.add({ kind: 'command', ...draft }, line, draft.name);
}
