import type { Table } from 'mdast';
import { plainText } from './markdown-text.js';

/**
 * `| Name | Customer NRZBB | 1 |` under a block that holds `"Name":"Customer NRZBB"`: every row's label
 * and most rows' values are the code's own literals, so the table is what the code returns, not a
 * table about it (`| errors | Logs errors |` under a config explains the code in words of its own).
 */
function echoesCode(table: Table, code: string): boolean {
  const squeezed = code.replace(/\s+/g, '').replace(/["']/g, '').toLowerCase();
  const rows = table.children
    .slice(1)
    .map((row) => row.children.map((cell) => plainText(cell).replace(/\s+/g, '').replace(/["']/g, '').toLowerCase()));
  if (rows.length < 2 || rows.some((cells) => cells.length < 2 || cells[0] === '' || !squeezed.includes(cells[0]!)))
    return false;
  const echoing = rows.filter((cells) => cells.slice(1).some((cell) => cell.length > 1 && squeezed.includes(cell)));
  return echoing.length * 2 > rows.length;
}

/** A header written as code: `order_id`, `empId`, `MgrId` (an underscore, or a capital after a lower-case letter). */
const codeIdentifier = (header: string): boolean =>
  /^[\p{L}_][\p{L}\p{N}_]*$/u.test(header) && /_|\p{Ll}\p{Lu}/u.test(header);

/**
 * The table is the output of a worked query, not a statement of facts: its rows are sample records
 * ("| custid | orderid | val |" under `SELECT custid, orderid, val …`), so no cell is a value to learn.
 * Known by its columns: most of them are named in the code block just before it, or every one is a
 * single word and two or more are written as code identifiers (`empId`, `order_id`).
 */
export function isSampleOutput(table: Table, codeBefore?: string): boolean {
  const all = (table.children[0]?.children ?? []).map((cell) => plainText(cell).trim());
  // A blank corner (`| | ReplicaSet | Deployment |`) heads a column of row labels: a comparison, never a query's output, which names every column.
  if (all.length > 2 && all[0] === '') return false;
  const headers = all.filter((h) => h !== '');
  if (headers.length < 2) return false;
  if (codeBefore) {
    const code = codeBefore.toLowerCase();
    const named = headers.filter(
      (h) =>
        /^[\p{L}_][\p{L}\p{N}_]*$/u.test(h) &&
        new RegExp(`(?<![\\p{L}\\p{N}_])${h.toLowerCase()}(?![\\p{L}\\p{N}_])`, 'u').test(code),
    );
    if (named.length * 2 > headers.length || echoesCode(table, codeBefore)) return true;
  }
  return headers.every((h) => !/\s/.test(h)) && headers.filter(codeIdentifier).length >= 2;
}
