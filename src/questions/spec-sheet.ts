import type { ComparisonItem } from '../knowledge/item.js';
import { groupBy, perContext } from './context-index.js';
import { tidy } from './text-tools.js';

/**
 * True for a spec sheet: two columns of measures or more hold a bare figure in every row ("| c5.large |
 * 2 | 4 | Up to 10 Gigabit |" under "vCPUs | Memory (GiB) | Network"). Its rows are models an example
 * lists; which one has which figure, or which network, is trivia, not a fact an item writer would ask.
 */
function isSpecSheet(table: readonly ComparisonItem[]): boolean {
  // Each row's cells by tidied column, once: not once per column asked about.
  const cells = table.map((row) => new Map(row.values.map(({ column, value }) => [tidy(column), tidy(value)])));
  const columns = [...new Set(cells.flatMap((row) => [...row.keys()]))].filter(isMeasureColumn);
  const figures = columns.filter((column) => cells.every((row) => isFigure(row.get(column) ?? '')));
  return table.length >= 2 && figures.length >= 2;
}

/** "36", "8.5": a number alone, without a unit or words that would say what it means. */
const isFigure = (cell: string): boolean => /^\d+(\.\d+)?$/.test(cell);

/**
 * "vCPUs", "Memory (GiB)", "Cores": a column of counts or amounts (a plural noun, or a unit in brackets).
 * Not a limit ("Minimum Nodes", "Max replicas", "Default ports"): a limit is a rule to learn.
 */
const isMeasureColumn = (column: string): boolean =>
  !/^(min(imum)?|max(imum)?|default|limit|number of)\b/i.test(column.trim()) && (/\([^)]*\)\s*$/.test(column) || /\p{L}{2,}[^sui'’]s$/u.test(column.trim().split(/\s+/).at(-1) ?? ''));

/**
 * Where the rows of spec sheets stand, file:line (see isSpecSheet): the parser reads their cells as
 * facts too ("i3.large, Storage: 475 GB"), which are as trivial asked one by one.
 */
export const specSheetLinesOf = perContext((context) => {
  const tables = [...groupBy(context.comparisons, (row) => `${row.source.file}\u0000${row.title}`).values()].filter(isSpecSheet);
  return new Set(tables.flatMap((table) => table.map((row) => `${row.source.file}:${row.source.line}`)));
});
