import type { Table, TableCell } from 'mdast';
import type { CommandDraft } from './command-draft.js';
import { commandParts } from './command-line.js';
import { hasExampleValues, withoutArguments } from './command-arguments.js';
import { purposeAfter } from './command-purpose.js';
import { lineOf, plainText, squash } from './markdown-text.js';

/** The cell's one code span, when the cell holds nothing else. */
const codeCell = (cell: TableCell | undefined): string | undefined =>
  cell?.children.length === 1 && cell.children[0]!.type === 'inlineCode' ? cell.children[0]!.value : undefined;

/**
 * "| `kubectl drain <node>` | Evicts all pods … |": a two-column table whose first cell is one code
 * span and whose second says what it does (first clause: "Marks node unschedulable — existing pods
 * stay" says "marks node unschedulable"); or the other way round, "| Evict all pods | `kubectl drain` |".
 */
export function tableCommandsOf(table: Table): CommandDraft[] {
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
