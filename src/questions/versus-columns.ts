import type { ComparisonItem } from '../knowledge/item.js';
import type { GenerationContext } from './generation-context.js';
import type { Outcome } from './question-draft.js';
import { tableRowQuestion } from './table-row-question.js';
import { tidy } from './text-tools.js';

/**
 * An "A vs B" table with the two things as its columns (`| | Static Pods | DaemonSets |`) and one
 * attribute per row ("Managed by", "Scope"): asking a row's cell for its thing's attribute ("What is
 * the scope of DaemonSets?") leaves one wrong choice, the other thing's cell. So the row is asked the
 * other way round, as a two-row table is: "Which of Static Pods and DaemonSets is managed by kubelet
 * directly?", the other thing and "Both of them" as the wrong choices (table-row-question.ts, which
 * also skips ✅/❌ cells, cells the two things share, and cells on one axis).
 *
 * Returns one outcome per thing whose cell can be asked; the caller's one-question-per-fact pass keeps
 * the better of the two, since both come from the same row.
 */
export function versusColumnQuestions(item: ComparisonItem, context: GenerationContext): Outcome[] {
  const attribute = tidy(item.row);
  const filled = item.values.filter(({ value }) => tidy(value) !== '');
  if (filled.length !== 2 || attribute === '') return [];
  // "Y" beside "Y for 10 < severity < 20" is a yes/no row written short; a cell of two sentences is a note, not a value to pick a thing by.
  if (filled.some(({ value }) => /^(?:y|n|yes|no)\b/i.test(tidy(value)) || /[.;!?]\s+\S/.test(tidy(value)))) return [];
  // The same row read with the things as rows: each thing holds its cell under the row's label.
  const transposed: ComparisonItem[] = filled.map(({ column, value }) => ({ ...item, row: column, values: [{ column: attribute, value }] }));
  return transposed.map((row) => tableRowQuestion(row, transposed, attribute, context));
}
