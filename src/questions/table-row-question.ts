import type { ComparisonItem } from '../knowledge/item.js';
import type { GenerationContext } from './generation-context.js';
import { lowerFirstWord } from './name-case.js';
import { buildQuestion, type Outcome } from './question-draft.js';
import { numberIn } from './quantity-question.js';
import type { Candidate } from './pick-distractors.js';
import { parseQuantity } from '../knowledge/parse-quantity.js';
import type { Quantity } from '../knowledge/item.js';
import { choiceShape } from './stem-checks.js';
import { comparisonKey, tidy } from './text-tools.js';
import { isMirrored } from './mirrored-text.js';
import { isVagueColumn, isVagueHeading } from './vague-heading.js';

/**
 * A table whose rows are things (taint effects, ports, tools) and whose cells describe them becomes
 * "Which taint effect has this behaviour: non-tolerating pods are … evicted?", the other rows of the
 * table as wrong choices: the thing is asked from what it does, as an item writer would. A column
 * whose cells repeat ("Master only" twice) cannot tell rows apart and is not asked.
 */
export function tableRowQuestion(item: ComparisonItem, table: readonly ComparisonItem[], column: string, context: GenerationContext): Outcome {
  const cellOf = (row: ComparisonItem): string => tidy(row.values.find((v) => tidy(v.column) === column)?.value ?? '');
  const cell = cellOf(item);
  const filled = table.filter((row) => cellOf(row) !== '');
  if (cell === '' || /^(yes|no|none|n\/a|-)\b|^[✅❌✔✖✓✗]/iu.test(cell) || /\?$/.test(column)) return { skip: 'table cell says too little to ask about', item };
  if (isVagueColumn(column, context.facets)) return { skip: 'table column does not say what it holds', item };
  // "Master only" for two rows cannot tell them apart; "kube-apiserver" for one row still can.
  if (filled.some((row) => row !== item && comparisonKey(cellOf(row)) === comparisonKey(cell))) return { skip: 'table cell is shared by another row', item };
  const rows = filled.map((row) => tidy(row.row));
  const answer = tidy(item.row);
  // "Who", "Why", "Where" as row labels: a mnemonic's layout, not things a reader could pick between.
  if (rows.some((row) => /^(who|what|why|how|where|when|which)\??$/i.test(row))) return { skip: 'table rows are not names', item };
  const number = choiceShape(answer) === 'number';
  // "Which of these has the service “SSH”?" over port numbers: without a kind for the rows, the reader
  // cannot tell that a number is asked for, let alone which.
  const kind = noun(item.title, context);
  if (number && kind === undefined) return { skip: 'table rows are numbers of no named kind', item };
  // "| 6443 | kube-apiserver |": the number is the named thing's, so the thing is the subject ("Which
  // required port does kube-apiserver use?"), not the column ("…has the component “kube-apiserver”?").
  const stem = number && kind && choiceShape(cell) === 'name' ? `Which ${kind} ${isPlural(cell) ? 'do' : 'does'} ${cell} use?` : rowStem(item.title, rows, column.replace(/\?$/, ''), cell, context);
  const versus = isVersus(item.title);
  // "Traffic coming into the pod" beside "Traffic going out from the pod": cells on one axis, true of one row only.
  const bothCanHold = rows.length === 2 && !filled.some((row) => row !== item && isMirrored(cellOf(row), cell));
  return buildQuestion({
    item,
    kind: 'comparison',
    variant: `row|${column}`,
    stem,
    answer,
    candidates: rowCandidates(filled, item, cellOf),
    // Two rows only ("etcdctl vs etcdutl"): "Both of them" is the third, plausible and wrong, unless no
    // thing could have both cells (then the item has two choices and is dropped).
    extraChoices: bothCanHold ? ['Both of them'] : [],
    // "Which of etcdctl and etcdutl …?" names its choices on purpose.
    stemNamesChoices: versus && rows.length === 2 && !kind,
    numberOf: number && rows.length > 2 ? numberIn : undefined,
    explanation: `${answer}: ${column.toLowerCase()} ${lowerFirstWord(cell, context.names)}${rows.length > 1 ? ` (${item.title})` : ''}`,
  }, context);
}

/**
 * The other rows as wrong choices. When the cells are measures ("1,000 bytes" beside "1,024 bytes"
 * and "1,000,000 bytes"), the rows whose measure is nearest the answer's come first: the real
 * confuser, not one a thousand times off.
 */
function rowCandidates(filled: readonly ComparisonItem[], item: ComparisonItem, cellOf: (row: ComparisonItem) => string): Candidate[] {
  const measure = (row: ComparisonItem): Quantity | undefined => {
    const cell = cellOf(row);
    const found = parseQuantity(cell);
    return found && found.text === cell && found.min > 0 ? found : undefined;
  };
  const own = measure(item);
  const others = filled.filter((row) => tidy(row.row) !== tidy(item.row));
  if (!own) return others.map((row) => ({ text: tidy(row.row), tier: 0 }));
  // Each row's distance worked out once, not again in every comparison of the sort.
  const distance = (row: ComparisonItem): number => {
    const theirs = measure(row);
    return theirs?.dimension === own.dimension ? Math.abs(Math.log(theirs.min / own.min)) : Infinity;
  };
  const ranked = others.map((row) => ({ row, away: distance(row) })).sort((a, b) => a.away - b.away);
  return ranked.map(({ row }, index) => ({ text: tidy(row.row), tier: index }));
}

/**
 * "Which taint effect has this behaviour: …?", "Which of etcdctl and etcdutl is used for …?", "Which
 * lock mode has the owner “the writer”?". A short cell is quoted, so it reads as the column's value
 * ("has the role “node agent, runs pods”"), never as words run on from the column's name.
 */
function rowStem(title: string, rows: readonly string[], column: string, cell: string, context: Pick<GenerationContext, 'names' | 'facets'>): string {
  const kind = noun(title, context);
  const which = kind ? `Which ${kind}` : isVersus(title) && rows.length === 2 ? `Which of ${rows[0]} and ${rows[1]}` : 'Which of these';
  const what = lowerTitleCase(column);
  const text = lowerFirstWord(cell, context.names);
  // "Used for", "Best for": the column reads as the start of a predicate.
  if (/\b(for|to|by|with|in|on|when)$/i.test(column)) return `${which} is ${what} ${text}?`;
  if (choiceShape(cell) === 'phrase') return `${which} has ${isPlural(column) ? 'these' : 'this'} ${what}: ${text}?`;
  return `${which} has the ${what} “${cell}”?`;
}

/** "Required Ports" → "required ports"; acronyms and mixed-case names ("IP", "NodePort") kept. */
const lowerTitleCase = (text: string): string => text.replace(/\b\p{Lu}\p{Ll}+\b/gu, (word) => word.toLowerCase());

/** "User responsibilities", "Payment options": a header naming several things (not "Access", "Status"). */
const isPlural = (column: string): boolean => /\p{Ll}{2,}[^s'’]s$/u.test(column.trim()) && !/(ss|us|is)$/i.test(column.trim());

const isVersus = (title: string): boolean => /\bvs\.?\b|\bversus\b/i.test(title);

/** The kind of thing the rows are, from the table's title ("Taint Effects" → "taint effect"); undefined for "X vs Y" or a vague title. */
function noun(title: string, context: Pick<GenerationContext, 'names' | 'facets'>): string | undefined {
  if (isVersus(title) || isVagueHeading(title, context.facets)) return undefined;
  // Only a plural names a kind ("Taint Effects"); "Azure Active Directory" is one thing, not its rows' kind.
  const phrase = lowerTitleCase(tidy(title.replace(/\s*[(:-].*$/, '')));
  return /[^s]s$/i.test(phrase) && phrase.split(/\s+/).length <= 4 ? singular(phrase) : undefined;
}

/** "taint effects" → "taint effect", "storage classes" → "storage class", "policies" → "policy". */
export function singular(phrase: string): string {
  return phrase.replace(/(\p{L}+)$/u, (word) => {
    if (/ies$/i.test(word)) return `${word.slice(0, -3)}y`;
    if (/(ss|x|ch|sh)es$/i.test(word)) return word.slice(0, -2);
    if (/[^s]s$/i.test(word)) return word.slice(0, -1);
    return word;
  });
}
