import type { Table } from 'mdast';
import type { ComparisonItem, ParseWarning } from './item.js';
import { lineOf, plainText } from './markdown-text.js';

/** A comparison row before it gets its id, topic and source. */
export interface ComparisonDraft extends Pick<ComparisonItem, 'title' | 'row' | 'values'> {
  line: number;
}

/**
 * One comparison per body row of a GFM table: the first column is the row label, the header names the
 * other columns. Rows with more cells than the header are read up to the header and reported; short
 * rows give the cells they have.
 */
export function tableComparisons(
  table: Table,
  title: string,
  file: string,
): { rows: ComparisonDraft[]; warnings: ParseWarning[] } {
  const [header, ...body] = table.children;
  const warnings: ParseWarning[] = [];
  if (!header) return { rows: [], warnings };
  const columns = header.children.map((cell) => plainText(cell));
  const rows: ComparisonDraft[] = [];
  for (const row of body) {
    const cells = row.children.map((cell) => plainText(cell));
    if (cells.length > columns.length) {
      warnings.push({
        file,
        line: lineOf(row),
        message: `table row has ${cells.length} cells but the header has ${columns.length}; extra cells ignored`,
      });
    }
    const label = cells[0] ?? '';
    const values = columns
      .slice(1)
      .map((column, i) => ({ column, value: cells[i + 1] ?? '' }))
      .filter((v) => v.column !== '' && v.value !== '');
    if (label && values.length > 0) rows.push({ title, row: label, values, line: lineOf(row) });
  }
  return { rows, warnings };
}
