import type { ComparisonItem } from '../knowledge/item.js';
import { quantityQuestions } from './quantity-question.js';
import { tableRowFacts } from './table-row-facts.js';
import type { Candidate } from './pick-distractors.js';
import { groupBy, perContext } from './context-index.js';
import type { GenerationContext } from './generation-context.js';
import { buildQuestion, type Outcome } from './question-draft.js';
import { lowerWords } from './name-case.js';
import { comparisonKey, containsWords, contentWords, tidy } from './text-tools.js';
import { choiceShape } from './stem-checks.js';
import { isColumnLists } from './column-lists.js';
import { isVagueColumn } from './vague-heading.js';
import { specSheetLinesOf } from './spec-sheet.js';
import { tableRowQuestion } from './table-row-question.js';
import { yesNoQuestions } from './yes-no-column.js';
import { versusColumnQuestions } from './versus-columns.js';

/**
 * A table row becomes "What is the runtime of CloudFront Functions?" (the other cells for the same
 * attribute, the same attribute in other tables, and lists holding a cell as distractors) and, when one
 * cell stands out ("Higher"), "Comparing CloudFront Functions and Lambda@Edge, which has higher
 * latency?" (the compared things as choices). Tables are read either way round: things compared as
 * columns ("CloudFront Functions | Lambda@Edge") or as rows ("EC2 | Fargate" under "Pricing").
 */
export function comparisonQuestions(item: ComparisonItem, context: GenerationContext): Outcome[] {
  // "| SQS | Queue name max length | 80 characters |": a property/value table compares nothing, it states facts.
  const facts = tableRowFacts(item);
  if (facts) return facts.length > 0 ? facts.flatMap((fact) => quantityQuestions(fact, context)) : [{ skip: 'table row states no askable fact', item }];
  const table = comparisonIndexOf(context).tables.get(tableKey(item)) ?? [];
  // "Price comparison example – m4.large": figures that illustrate are no rule to learn (an "example
  // responsibilities" table without figures still states what is true).
  if (/\b(examples?|samples?|e\.g\.?|illustration)\b/i.test(item.title) && item.values.some(({ value }) => /\d/.test(value))) return [{ skip: 'table gives example figures', item }];
  if (specSheetLinesOf(context).has(`${item.source.file}:${item.source.line}`)) return [{ skip: 'table is a spec sheet: its figures are trivia', item }];
  // "| Moderate hazard | High hazard |" over place names: lists side by side, whose rows pair nothing.
  if (isColumnLists(table)) return [{ skip: 'table is lists side by side: its rows state nothing', item }];
  // "| 10248 | 85 | 1 |": a sample result, numbers beside numbers, teaches no fact.
  if (choiceShape(tidy(item.row)) === 'number' && item.values.every(({ value }) => tidy(value) === '' || choiceShape(tidy(value)) === 'number')) return [{ skip: 'table row is sample data', item }];
  const columns = item.values.map(({ column }) => tidy(column));
  const rows = table.map((row) => tidy(row.row));
  // "A vs B" with A and B as its columns compares the columns, whatever the rows are called.
  const versusColumns = columns.length === 2 && columns.every((c) => containsWords(item.title, c)) && /\bvs\.?\b|\bversus\b/i.test(item.title);
  // A "Description" or "Definition" column defines its rows: they are the things, however worded.
  const describes = columns.some((c) => describingColumn.test(c));
  const thingsAreColumns = versusColumns || (!describes && columns.every((c) => !isAttribute(c)) && rows.every(isAttribute));
  const rowsAreThings = !thingsAreColumns && table.length >= 2 && (describes || rows.every((r) => !isAttribute(r)));
  const thingsAreRows = rowsAreThings && columns.some(isAttribute);
  if (!thingsAreColumns && !rowsAreThings) {
    // A matrix of marks whose columns are short names ("Free", "Premium P2") rates those names.
    if (columns.every((c) => !c.endsWith('?'))) {
      const marked = yesNoQuestions(item, table, true, context);
      if (marked.columns.size > 0) return marked.outcomes.length > 0 ? marked.outcomes : [{ skip: 'no single thing says yes', item }];
    }
    return [{ skip: 'table does not say what it compares', item }];
  }
  if (rowsAreThings) {
    // ✅/❌ columns ask which row says yes; the other builders leave them alone.
    const yesNo = yesNoQuestions(item, table, false, context);
    // "| RAID 5 | … | Minimum Drives: 3 |" is a limit the fact builders ask ("minimum number of drives for RAID 5"), not "which has the minimum drives 3".
    const limit = ({ column, value }: { column: string; value: string }): boolean => choiceShape(tidy(value)) === 'number' && /^(min(imum)?|max(imum)?|default|number of)\b/i.test(tidy(column)) && factLinesOf(context).has(`${item.source.file}:${item.source.line}`);
    const open = (value: { column: string; value: string }): boolean => !yesNo.columns.has(tidy(value.column)) && !limit(value);
    // A describing cell ("Non-tolerating pods are … evicted"), or any cell of a table whose columns are
    // no attributes (Port | Component | Notes), asks for the row: "Which taint effect has this behaviour: …?".
    // Two rows give one wrong cell only, so they are asked by row too ("Which of etcdctl and etcdutl is used for …?").
    const askRow = ({ column, value }: { column: string; value: string }): boolean =>
      !thingsAreRows || table.length === 2 || choiceShape(tidy(value)) === 'phrase' || /\b(for|to|by|with|when|in|on)$/i.test(tidy(column)) || !isAttribute(tidy(column));
    const byRow = [...yesNo.outcomes, ...item.values.filter((value) => open(value) && askRow(value)).map(({ column }) => tableRowQuestion(item, table, tidy(column), context))];
    if (!thingsAreRows) return byRow.length > 0 || yesNo.columns.size > 0 ? byRow : [{ skip: 'table row has fewer than two filled cells', item }];
    const asked = new Set(item.values.filter((value) => !open(value) || askRow(value)).map(({ column }) => tidy(column)));
    const rest = item.values.some((value) => !asked.has(tidy(value.column))) ? comparisonCells(item, table, thingsAreColumns, context, (attribute) => !asked.has(attribute)) : [];
    return [...byRow, ...rest];
  }
  if (thingsAreColumns) {
    const marked = yesNoQuestions(item, table, true, context);
    if (marked.columns.size > 0) return marked.outcomes.length > 0 ? marked.outcomes : [{ skip: 'no single thing says yes', item }];
  }
  const cells = comparisonCells(item, table, thingsAreColumns, context, () => true);
  // Two things side by side leave one wrong value per cell: "A vs B" is asked by thing instead (versus-columns.ts).
  return versusColumns && !cells.some((outcome) => 'question' in outcome) ? [...cells, ...versusColumnQuestions(item, context)] : cells;
}

/** The cell questions of a row: "What is the runtime of CloudFront Functions?", "…which has higher latency?". */
function comparisonCells(item: ComparisonItem, table: readonly ComparisonItem[], thingsAreColumns: boolean, context: GenerationContext, keep: (attribute: string) => boolean): Outcome[] {
  const cells = (row: ComparisonItem): Cell[] =>
    row.values.map(({ column, value }) =>
      thingsAreColumns ? { thing: tidy(column), attribute: tidy(row.row), value: tidy(value) } : { thing: tidy(row.row), attribute: tidy(column), value: tidy(value) },
    );
  const all = table.flatMap(cells);
  const own = cells(item);
  const attributes = [...new Set(own.map((cell) => cell.attribute))].filter(keep);
  const outcomes: Outcome[] = [];
  for (const attribute of attributes) {
    const peers = all.filter((cell) => cell.attribute === attribute && cell.value !== '');
    if (peers.length < 2) continue;
    if (new Set(peers.map((cell) => comparisonKey(cell.value))).size < peers.length) {
      outcomes.push({ skip: 'table row repeats a value', item });
      continue;
    }
    const mine = own.filter((cell) => cell.attribute === attribute && cell.value !== '');
    outcomes.push(...mine.map((cell) => askCell(item, cell, peers, context)).filter((outcome): outcome is Outcome => outcome !== undefined));
  }
  return outcomes.length > 0 || attributes.length === 0 ? outcomes : [{ skip: 'table row has fewer than two filled cells', item }];
}

interface Cell {
  thing: string;
  attribute: string;
  value: string;
}

function askCell(item: ComparisonItem, cell: Cell, peers: Cell[], context: GenerationContext): Outcome | undefined {
  // A question-worded header ("How it scales") is asked as written, below.
  if (!/^(who|what|which|how|when|where)\b/i.test(cell.attribute) && isVagueColumn(cell.attribute, context.facets)) return { skip: 'table column does not say what it holds', item };
  const attribute = lowerWords(cell.attribute, context.names);
  const things = peers.map((peer) => peer.thing);
  const explanation = `${cell.attribute.replace(/\?$/, '')}: ${peers.map((peer) => `${peer.value} for ${peer.thing}`).join(', ').replace(/, ([^,]*)$/, ' and $1')}`;
  if (adjective.test(cell.value)) {
    // One "which has …" per attribute is enough: the comparative cell ("Higher" over "Low").
    const standout = peers.find((peer) => comparative.test(peer.value)) ?? peers.find((peer) => adjective.test(peer.value));
    if (standout?.thing !== cell.thing || /^(yes|no|none)$/i.test(cell.value)) return undefined;
    return buildQuestion({
      item,
      kind: 'comparison',
      variant: `which|${cell.attribute}`,
      stem: `Comparing ${joinNames(things)}, which has ${cell.value.toLowerCase()} ${attribute}?`,
      answer: cell.thing,
      candidates: things.filter((thing) => thing !== cell.thing).map((text) => ({ text, tier: 0 })),
      extraChoices: things.length === 2 ? ['Both of them'] : [],
      stemNamesChoices: true,
      explanation,
    }, context);
  }
  const stem = /^(who|what|which|how|when|where)\b/i.test(cell.attribute) ? `${cell.attribute.replace(/\?$/, '')} for ${cell.thing}?` : `What is the ${attribute} of ${cell.thing}?`;
  return buildQuestion({
    item,
    kind: 'comparison',
    variant: `${cell.thing}|${cell.attribute}`,
    stem,
    answer: cell.value,
    candidates: valueCandidates(item, cell, peers, context),
    explanation,
  }, context);
}

// Column headers that say their cells describe the row ("Term | Description"): one list, of table layout, not of a field.
const describingColumn = /^(description|definition|meaning|purpose|what it does|function|role|behaviou?r|use case|used for|explanation)$/i;

// Cells that only make sense against another cell ("Higher", "Low"): ask which thing, not what value.
const adjective = /^(low|lower|high|higher|fast|faster|slow|slower|more|less|small|smaller|large|larger|cheap|cheaper|short|shorter|long|longer|limited|unlimited|yes|no|none)$/i;
const comparative = /^(\w+er|more|less)$/i;

// Words that name a property rather than a thing: a table whose rows are these compares its columns.
const attributeWords = new Set(
  'latency runtime pricing price cost purpose use case memory timeout scaling storage language limit size type support performance durability availability management security feature speed capacity protocol state billing duration maximum max minimum min'.split(' '),
);

/** "Latency", "Use case", "Who manages the OS": a property, not a thing being compared. */
function isAttribute(label: string): boolean {
  if (/^(who|what|which|how|when|where)\b/i.test(label)) return true;
  const words = label.split(/\s+/);
  if (words.length > 1 && words.slice(1).some((word) => /^[a-z]/.test(word))) return true;
  return contentWords(label).every((word) => attributeWords.has(word));
}

/** Other cells for the attribute, the same attribute in other tables, then other members of a list holding a cell. */
function valueCandidates(item: ComparisonItem, cell: Cell, peers: Cell[], context: GenerationContext): Candidate[] {
  const candidates: Candidate[] = peers.filter((peer) => peer !== cell).map((peer) => ({ text: peer.value, tier: 0 }));
  const index = comparisonIndexOf(context);
  const attribute = comparisonKey(cell.attribute);
  // The attribute as another table's row or column: its cells there are values of the same kind.
  for (const value of index.valuesByAttribute.get(attribute) ?? []) if (value.table !== tableKey(item)) candidates.push({ text: value.text, tier: 1 });
  const lists = new Set(peers.flatMap((peer) => index.listsByMember.get(comparisonKey(peer.value)) ?? []));
  for (const list of lists) for (const member of list.members) candidates.push({ text: tidy(member), tier: 2 });
  return candidates.filter((candidate) => !adjective.test(candidate.text));
}

/** Where the notes' facts with a number stand, file:line: a table row the parser also read as facts. */
const factLinesOf = perContext((context) => new Set(context.facts.filter((fact) => fact.quantity).map((fact) => `${fact.source.file}:${fact.source.line}`)));

const tableKey = (row: ComparisonItem): string => `${row.source.file}\u0000${row.title}`;

/** Tables by file and title; cell values by the row or column they stand in; lists by member. */
const comparisonIndexOf = perContext((context) => {
  const cells = context.comparisons.flatMap((row) =>
    row.values.flatMap(({ column, value }) => {
      const cell = { table: tableKey(row), text: tidy(value) };
      return [{ ...cell, attribute: comparisonKey(row.row) }, { ...cell, attribute: comparisonKey(column) }];
    }),
  );
  return {
    tables: groupBy(context.comparisons, tableKey),
    valuesByAttribute: groupBy(cells, (cell) => cell.attribute),
    listsByMember: groupBy(context.lists, (list) => list.members.map(comparisonKey)),
  };
});

/** "A and B", "A, B and C". */
function joinNames(names: string[]): string {
  return names.length <= 2 ? names.join(' and ') : `${names.slice(0, -1).join(', ')} and ${names.at(-1)}`;
}
