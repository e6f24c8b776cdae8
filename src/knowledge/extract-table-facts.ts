import type { Table, TableCell } from 'mdast';
import type { FactDraft } from './extract-facts.js';
import { lineOf, plainText } from './markdown-text.js';
import { bareValueQuantity, findQuantities } from './parse-quantity.js';
import { headingName, type NameHints } from './topic-of.js';

/** A fact or definition read from a table row, with its line. */
export type TableDraft =
  | ({ kind: 'fact' } & FactDraft & { line: number })
  | { kind: 'definition'; term: string; definition: string; line: number };

const isNameToken = (t: string): boolean => /\p{Lu}.*\p{Lu}|\p{N}|^\p{Lu}{2,}/u.test(t);
const attributeOf = (label: string): string =>
  label
    .split(/\s+/)
    .filter(Boolean)
    .map((t) => (isNameToken(t) ? t : t.toLowerCase()))
    .join(' ');

function quantityOf(label: string, value: string) {
  return findQuantities(value)[0] ?? bareValueQuantity(label, value);
}

/**
 * A column header that only says "the number is here" ("Value", "Limit", "Default"): what the number is
 * about is then said by the row's own words, in another cell ("| SQS | Max message size | 256 KB |").
 */
const VALUE_HEADER =
  /^(?:values?|limits?|quotas?|defaults?|default\s+values?|amount|numbers?|figures?|settings?|maximum|max|minimum|min|size)$/iu;

/** The row's cells (beside its label and the value) that describe in words, holding no number. */
function describingCells(cells: readonly string[], valueAt: number, columns: readonly string[]): string[] {
  return cells.filter(
    (cell, i) =>
      i !== 0 && i !== valueAt && cell.trim() !== '' && !/\p{N}/u.test(cell) && !quantityOf(columns[i] ?? '', cell),
  );
}

/**
 * A second column headed as what the first one means (`| Concept | Definition |`, `| Flag | Purpose |`,
 * `| Command | What it does |`): each row defines its label, however the label is written.
 */
const DESCRIBING_HEADER =
  /^(?:definitions?|descriptions?|meanings?|purposes?|explanations?|what\s+(?:it|they)\s+(?:does|do|is|are|means?)|what\s+for|used\s+for|use|usage|function|role|summary|details?)$/i;

/** "| `kubectl drain <node>` | …", "| `--etcd-servers` / `--etcd-cafile` | …": a cell that is nothing but code. */
function isCodeCell(cell: TableCell | undefined): boolean {
  const parts = cell?.children ?? [];
  return (
    parts.some((part) => part.type === 'inlineCode') &&
    parts.every(
      (part) =>
        part.type === 'inlineCode' || (part.type === 'text' && /^[\s,/|]*(?:or|and)?[\s,/|]*$/.test(part.value)),
    )
  );
}

const names = (text: string, hints: NameHints): boolean => {
  const named = headingName(text, hints);
  return named.name !== undefined && named.whole;
};

/**
 * The facts a table states. A two-column table (`| Limit | Value |`, `| Setting | Default |`) is a list of
 * `label: value` statements about `subject`: one fact per row, the row label its attribute (a row
 * labelled with a name and described in words, as in `| Service | What it does |`, is a definition).
 * In a wider table, every cell holding a number is a fact about the row's name and the column's
 * attribute ("| Tier | Min storage |" → Archive, min storage: 180 days), or about the column's name and
 * the row's attribute when the columns are the names.
 */
export function tableFacts(table: Table, subject: string, hints: NameHints): TableDraft[] {
  const [header, ...body] = table.children;
  if (!header) return [];
  const columns = header.children.map((cell) => plainText(cell));
  const drafts: TableDraft[] = [];
  for (const row of body) {
    const cells = row.children.map((cell) => plainText(cell));
    const label = cells[0] ?? '';
    const line = lineOf(row);
    if (!label) continue;
    // "| 10250 | kubelet | … |" under "| Port | Component |": the number is the named thing's value.
    const labelValue = columns[0] ? bareValueQuantity(columns[0], label) : undefined;
    if (labelValue && cells[1] && !quantityOf(columns[1] ?? '', cells[1])) {
      drafts.push({
        kind: 'fact',
        subject: cells[1],
        attribute: attributeOf(columns[0]!),
        text: `${cells[1]} ${columns[0]!.toLowerCase()}: ${label}`,
        quantity: labelValue,
        line,
      });
      continue;
    }
    if (columns.length === 2) {
      const value = cells[1] ?? '';
      if (!value) continue;
      const quantity = quantityOf(label, value);
      // "| `kubectl drain <node>` | Evicts all pods … |", "| Scope | Boundary for … |" under "| Concept | Definition |".
      const describedCode =
        (isCodeCell(row.children[0]) || DESCRIBING_HEADER.test(columns[1]?.trim() ?? '')) &&
        value.split(/\s+/).length >= 3;
      // A row holding a number ("… stored for at least 30 days") stays a fact: its number is what to ask.
      const defines = !quantity && (names(label, hints) || describedCode) && value.split(/\s+/).length >= 2;
      if (defines) drafts.push({ kind: 'definition', term: label, definition: value, line });
      else
        drafts.push({
          kind: 'fact',
          subject,
          attribute: attributeOf(label),
          text: `${label}: ${value}`,
          ...(quantity ? { quantity } : {}),
          line,
        });
      continue;
    }
    const rowIsName = names(label, hints);
    columns.slice(1).forEach((column, i) => {
      const value = cells[i + 1] ?? '';
      const quantity = value && column ? quantityOf(column, value) : undefined;
      if (!quantity) return;
      // "| SQS | Max message size | 256 KB |" under "| Service | Property | Value |": the row says what.
      const described = VALUE_HEADER.test(column.trim()) ? describingCells(cells, i + 1, columns) : [];
      if (described.length > 0) {
        const what = described.join(', ');
        drafts.push({
          kind: 'fact',
          subject: label,
          attribute: attributeOf(what),
          text: `${label}, ${what}: ${value}`,
          quantity,
          line,
        });
        return;
      }
      const [about, attribute] = rowIsName || !names(column, hints) ? [label, column] : [column, label];
      drafts.push({
        kind: 'fact',
        subject: about,
        attribute: attributeOf(attribute),
        text: `${label}, ${column}: ${value}`,
        quantity,
        line,
      });
    });
  }
  return drafts;
}
