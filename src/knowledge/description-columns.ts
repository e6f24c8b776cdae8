import type { Table } from 'mdast';
import { addDefinition } from './extract-statement.js';
import { tableFacts } from './extract-table-facts.js';
import { lineOf, plainText } from './markdown-text.js';
import type { NoteContext } from './note-context.js';
import { isFacet, type NameHints } from './topic-of.js';
import { wordCount } from './word-count.js';

/**
 * Reads a description-column table (below) into the note: each cell a definition of its column's thing,
 * and its numbers facts about `subject` ("Can create up to 5 Read Replicas"), as any table's numbers
 * are. False, adding nothing, for any other table.
 */
export function addDescriptionColumns(ctx: NoteContext, table: Table, subject: string): boolean {
  const described = descriptionColumns(table, ctx.hints);
  if (!described) return false;
  for (const { term, definition, line } of described) addDefinition(ctx, term, definition, line);
  // The numbers are read as any table's are; its definitions are the cells above, not its rows.
  for (const { line, ...draft } of tableFacts(table, subject, ctx.hints)) {
    if (draft.kind !== 'fact') continue;
    const { topic, ...fact } = draft;
    ctx.add(fact, line, topic);
  }
  return true;
}

/** One cell of a description-column table: the thing its column names and what the cell says of it. */
interface ColumnDescription {
  term: string;
  definition: string;
  line: number;
}

/**
 * A table whose header names the things it describes and whose every cell is a sentence about the
 * thing above it, with no column of row labels:
 *
 * ```
 * | Cold frame                      | Greenhouse                         |
 * | ------------------------------- | ---------------------------------- |
 * | Unheated box that hardens seedlings off. | Heated glass house for year-round growing. |
 * ```
 *
 * Read as records, its first column's sentences would be row labels and its first thing lost. Known by
 * its shape: two columns or more, every header a short name (four words at most, no question), every
 * cell a phrase (three words or more) and every cell of the first column a sentence (five or more), so
 * no cell of it labels a row. Gives each cell as a description of its column's thing, cited at the cell's row.
 */
function descriptionColumns(table: Table, hints: NameHints): ColumnDescription[] | undefined {
  const [header, ...body] = table.children;
  const terms = (header?.children ?? []).map((cell) => plainText(cell).replace(/[*_]/g, '').trim());
  if (terms.length < 2 || body.length === 0) return undefined;
  if (terms.some((term) => term === '' || wordCount(term) > 4 || /[?:.!]$/.test(term) || !namesAThing(term, hints)))
    return undefined;
  if (new Set(terms.map((term) => term.toLowerCase())).size < terms.length) return undefined;
  const rows = body.map((row) => ({ line: lineOf(row), cells: row.children.map((cell) => plainText(cell).trim()) }));
  // A row label is short: a sentence in every first cell says the first column is described, not labelled.
  if (
    rows.some(
      ({ cells }) =>
        cells.length !== terms.length || wordCount(cells[0] ?? '') < 5 || cells.some((cell) => wordCount(cell) < 3),
    )
  )
    return undefined;
  // "Access: portal, CLI" labels its own attribute: a row of values under a label, not a description.
  return rows.flatMap(({ line, cells }) =>
    cells.flatMap((cell, at) =>
      /^[\p{L} ]{1,20}:\s/u.test(cell) ? [] : [{ term: terms[at]!, definition: cell.replace(/\.$/, ''), line }],
    ),
  );
}

/** A header that names a thing: "Public Cloud", "Greenhouse"; not a facet ("Notes", "Example"), a question word ("Why", "How") or a column of descriptions ("Description", "Purpose"). */
function namesAThing(header: string, hints: NameHints): boolean {
  return (
    /^\p{Lu}/u.test(header) &&
    !isFacet(header, hints) &&
    !/^(?:why|how|what|when|where|who|which|descriptions?|definitions?|meanings?|purposes?|usage|use|details?|explanations?|summary|result|effects?|reasons?)\b/i.test(
      header,
    )
  );
}
