import type { ComparisonItem } from '../knowledge/item.js';
import { choiceShape } from './stem-checks.js';
import { comparisonKey, contentWords, tidy } from './text-tools.js';

/**
 * True when a table is lists set side by side, not records: each column is a list of its own
 * ("Moderate hazard | High hazard | Very high hazard", a place name in every cell), and a row only
 * pairs whatever names happen to stand at the same height. Asking "What is the high hazard of
 * Colorado?" reads a fact into the layout (review category "layout trivia", and the key is wrong).
 *
 * The signs, all needed: four rows or more; every cell a short name, none a number and none twice;
 * and the columns arranged as lists: at least two of them each in alphabetical order (records are
 * sorted by their first column only), or the headers alike ("… hazard" thrice) with a column that
 * runs out before the others.
 */
export function isColumnLists(table: readonly ComparisonItem[]): boolean {
  if (table.length < 4) return false;
  const columns = columnsOf(table);
  const cells = columns.flatMap((column) => column.cells.filter((cell) => cell !== ''));
  if (!cells.every((cell) => choiceShape(cell) === 'name' && cell.split(/\s+/).length <= 4)) return false;
  if (new Set(cells.map(comparisonKey)).size < cells.length) return false;
  const sorted = columns.filter((column) => isSorted(column.cells.filter((cell) => cell !== '')) && column.cells.filter((cell) => cell !== '').length >= 4);
  if (sorted.length >= 2) return true;
  const ragged = columns.some((column) => runsOut(column.cells));
  return ragged && headersAlike(columns.slice(1).map((column) => column.header));
}

interface Column {
  header: string;
  cells: string[];
}

/** The row labels as the first column, then each value column, cells in row order ('' where empty). */
function columnsOf(table: readonly ComparisonItem[]): Column[] {
  const headers = [...new Set(table.flatMap((row) => row.values.map((value) => tidy(value.column))))];
  return [
    { header: '', cells: table.map((row) => tidy(row.row)) },
    ...headers.map((header) => ({ header, cells: table.map((row) => tidy(row.values.find((value) => tidy(value.column) === header)?.value ?? '')) })),
  ];
}

function isSorted(cells: readonly string[]): boolean {
  return cells.every((cell, index) => index === 0 || cells[index - 1]!.localeCompare(cell, 'en', { sensitivity: 'base' }) <= 0);
}

/** Filled at the top, empty from some row down: a list shorter than its neighbours. */
function runsOut(cells: readonly string[]): boolean {
  const firstEmpty = cells.indexOf('');
  return firstEmpty > 0 && cells.slice(firstEmpty).every((cell) => cell === '');
}

/** "Moderate seismic hazard", "High seismic hazard": headers ending in the same word name parallel lists. */
function headersAlike(headers: readonly string[]): boolean {
  if (headers.length < 2) return false;
  const last = headers.map((header) => contentWords(header).at(-1));
  return last[0] !== undefined && last.every((word) => word === last[0]);
}
