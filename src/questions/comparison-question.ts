import type { ComparisonItem } from '../knowledge/item.js';
import type { Candidate } from './pick-distractors.js';
import type { GenerationContext } from './generation-context.js';
import { buildQuestion, type Outcome } from './question-draft.js';
import { comparisonKey, lowerFirstWord, tidy } from './text-tools.js';

/**
 * A table row becomes, per column, "What is the runtime of CloudFront Functions?" (other cells of the
 * row, the same row in other tables and lists holding a cell as distractors) and, when one cell stands
 * out, "Comparing CloudFront Functions and Lambda@Edge, which has higher latency?" (the columns).
 */
export function comparisonQuestions(item: ComparisonItem, context: GenerationContext): Outcome[] {
  const values = item.values.map(({ column, value }) => ({ column: tidy(column), value: tidy(value) })).filter(({ column, value }) => column && value);
  if (values.length < 2) return [{ skip: 'table row has fewer than two filled cells', item }];
  const distinct = new Set(values.map(({ value }) => comparisonKey(value)));
  if (distinct.size < values.length) return [{ skip: 'table row repeats a value', item }];
  const row = lowerFirstWord(tidy(item.row), context.names);
  const columns = joinNames(values.map(({ column }) => column));
  const explanation = `Comparing ${columns}, the ${row} is ${values.map(({ column, value }) => `${value} for ${column}`).join(', ').replace(/, ([^,]*)$/, ' and $1')}`;
  const outcomes: Outcome[] = [];
  // One "which has …" per row is enough: prefer the comparative cell ("Higher" over "Low").
  const standout = values.find(({ value }) => comparative.test(value)) ?? values.find(({ value }) => adjective.test(value));
  for (const { column, value } of values) {
    if (adjective.test(value)) {
      if (value !== standout?.value) continue;
      outcomes.push(
        buildQuestion({
          item,
          kind: 'comparison',
          variant: `which:${column}`,
          stem: `Comparing ${columns}, which has ${value.toLowerCase()} ${row}?`,
          answer: column,
          candidates: values.filter((other) => other.column !== column).map(({ column: text }) => ({ text, tier: 0 })),
          extraChoices: values.length === 2 ? ['Both of them'] : [],
          stemNamesChoices: true,
          explanation,
        }),
      );
    } else {
      outcomes.push(
        buildQuestion({
          item,
          kind: 'comparison',
          variant: `value:${column}`,
          stem: `What is the ${row} of ${column}?`,
          answer: value,
          candidates: valueCandidates(item, row, value, values, context),
          explanation,
        }),
      );
    }
  }
  return outcomes;
}

// Cells that only make sense against the other column ("Higher", "Low"): ask which column, not what value.
const adjective = /^(low|lower|high|higher|fast|faster|slow|slower|more|less|small|smaller|large|larger|cheap|cheaper|short|shorter|long|longer|limited|unlimited|yes|no|none)$/i;

const comparative = /^(\w+er|more|less)$/i;

/** Other cells of the row, the same row of other tables, then other members of a list holding a cell. */
function valueCandidates(item: ComparisonItem, row: string, value: string, values: Array<{ value: string }>, context: GenerationContext): Candidate[] {
  const candidates: Candidate[] = values.filter((cell) => cell.value !== value).map((cell) => ({ text: cell.value, tier: 0 }));
  for (const other of context.comparisons) {
    if (other === item || comparisonKey(other.row) !== comparisonKey(row)) continue;
    for (const cell of other.values) candidates.push({ text: tidy(cell.value), tier: 1 });
  }
  const cells = new Set(values.map((cell) => comparisonKey(cell.value)));
  for (const list of context.lists) {
    if (!list.members.some((member) => cells.has(comparisonKey(member)))) continue;
    for (const member of list.members) candidates.push({ text: tidy(member), tier: 2 });
  }
  return candidates.filter((candidate) => !adjective.test(candidate.text));
}

/** "A and B", "A, B and C". */
function joinNames(names: string[]): string {
  return names.length <= 2 ? names.join(' and ') : `${names.slice(0, -1).join(', ')} and ${names.at(-1)}`;
}
