import { COMMAND_VERBS, LINKING_VERBS } from '../knowledge/english-words.js';
import type { ComparisonItem } from '../knowledge/item.js';
import type { GenerationContext } from './generation-context.js';
import { lowerWords } from './name-case.js';
import { buildQuestion, type Outcome } from './question-draft.js';
import { tidy } from './text-tools.js';

/**
 * A ✅/❌ (Yes/No) matrix says which things have a property. A column (or, when the things are the
 * columns, a row) where exactly one thing says yes and the others no asks "Comparing PPTP, L2TP and IPSec, which has native data encryption?";
 * the no rows are the distractors. A column with several yes rows asks nothing (more than one right
 * answer), nor does one asked the other way round ("which does NOT"), which item writers avoid.
 * Returns the questions of `item`'s own yes cells and every yes/no column of the table, so the caller
 * leaves those columns alone.
 */
export function yesNoQuestions(item: ComparisonItem, table: readonly ComparisonItem[], thingsAreColumns: boolean, context: GenerationContext): { outcomes: Outcome[]; columns: Set<string> } {
  const outcomes: Outcome[] = [];
  const columns = new Set<string>();
  // In a matrix of marks, an empty cell is a "no"; in a table of words it says nothing.
  const marks = table.some((row) => row.values.some(({ value }) => /^[✅❌⛔✔✖✓✗✘🚫]/u.test(value.trim())));
  const things = thingsAreColumns ? [...new Set(table.flatMap((row) => row.values.map(({ column }) => tidy(column))))] : table.map((row) => tidy(row.row));
  const lines = thingsAreColumns
    ? [{ attribute: tidy(item.row), own: tidy(item.row), cells: things.map((thing) => ({ thing, value: tidy(item.values.find((v) => tidy(v.column) === thing)?.value ?? '') })) }]
    : item.values.map(({ column }) => ({
        attribute: tidy(column),
        own: tidy(item.row),
        cells: table.map((row) => ({ thing: tidy(row.row), value: tidy(row.values.find((v) => tidy(v.column) === tidy(column))?.value ?? '') })),
      }));
  for (const { attribute, own, cells } of lines) {
    const answers = cells.map((cell) => answerOf(cell.value, marks));
    if (cells.length < 2 || answers.some((answer) => answer === undefined)) continue;
    columns.add(attribute);
    const yes = cells.filter((_, index) => answers[index] === 'yes');
    // Rows are things: only the row holding the yes asks; columns are things: the attribute row asks.
    if (yes.length !== 1 || (!thingsAreColumns && yes[0]!.thing !== own)) continue;
    const asked = askedAs(attribute, context);
    if (!asked) continue;
    const names = cells.map((cell) => cell.thing);
    outcomes.push(
      buildQuestion(
        {
          item,
          kind: 'comparison',
          variant: `yes|${attribute}`,
          stem: `Comparing ${joinNames(names)}, which ${asked}?`,
          answer: yes[0]!.thing,
          candidates: cells.filter((cell) => cell !== yes[0]).map((cell) => ({ text: cell.thing, tier: 0 })),
          extraChoices: cells.length === 2 ? ['Both of them'] : [],
          stemNamesChoices: true,
          explanation: `${attribute.replace(/\?$/, '')}: ${cells.map((cell) => `${cell.thing} ${cell.value || 'no'}`).join('; ')}`,
        },
        context,
      ),
    );
  }
  return { outcomes, columns };
}

/** "Yes", "✅ Yes (connects to live etcd)", "No (can use IPSec)", "❌": the answer a cell gives, if it gives one. */
function answerOf(cell: string, marks: boolean): 'yes' | 'no' | undefined {
  if (/^(yes\b|y$|true$|supported$|✅|✔|✓)/iu.test(cell)) return 'yes';
  if (/^(no\b|n$|false$|none$|not supported$|❌|✖|✗|✘|⛔|🚫)/iu.test(cell)) return 'no';
  return marks && cell === '' ? 'no' : undefined;
}

/**
 * The column as what the answer does: "has native data encryption"; a header asked as a question with
 * a verb first ("Requires running etcd?") keeps its verb ("requires running etcd"). Undefined for a
 * header of another form ("Is it free?").
 */
function askedAs(column: string, context: GenerationContext): string | undefined {
  if (/[:;]/.test(column)) return undefined;
  const words = lowerWords(column.replace(/\?$/, '').trim(), context.names);
  const first = words.split(/\s+/)[0] ?? '';
  // "Can rethrow the error", "Requires running etcd?", "Needs API server": the header is already what the thing does.
  if (/^(can|must|may|will|requires|supports|needs|uses|allows|provides|includes|offers|runs|works|keeps|stores|encrypts)$/i.test(first)) return words;
  // "Aborts/dooms transactions", "Activates catch block": a verb of what things do leads the header.
  const verbs = first.split('/');
  const verbLike = (verb: string): boolean => COMMAND_VERBS.has(verb.toLowerCase()) || (LINKING_VERBS.has(verb.toLowerCase()) && /s$/i.test(verb));
  // Two words ending in s joined by a slash ("aborts/dooms", "reads/writes") are alternatives of one verb.
  if (verbs.every(verbLike) || (verbs.length >= 2 && verbs.every((verb) => /^\p{Ll}{2,}[^s]s$/u.test(verb)))) return words.replace(first, verbs.join(' or '));
  // "Preceding statement needs to be terminated", "If the number is passed, …": a clause with its own
  // verb says something of another subject; "has preceding statement needs …" does not parse.
  if (words.split(/\s+/).slice(1).some((word) => LINKING_VERBS.has(word.toLowerCase()) && /^(is|are|was|were|must|can|needs|need|has|have)$/i.test(word))) return undefined;
  // "Always aborts batch", "Never retries": an adverb and a verb, also what the thing does ("has always aborts" is broken).
  if (/^(always|never|automatically|usually|often|only)\s+\p{Ll}+[^s]s\b/iu.test(words)) return words;
  if (column.endsWith('?')) return undefined;
  // "Dial-Up Links Supported": the thing supports them.
  const participle = /^(.+?)\s+(supported|required|allowed|needed)$/i.exec(words);
  if (participle) return `${{ supported: 'supports', required: 'requires', allowed: 'allows', needed: 'needs' }[participle[2]!.toLowerCase()]} ${participle[1]}`;
  // "Standard", "Deterministic": one word of quality is what the thing is, not what it has.
  if (!words.includes(' ') && /(able|ible|al|ic|ive|ous|ent|ant|ard|ful|less|ary)$/i.test(words)) return `is ${words}`;
  return `has ${words}`;
}

function joinNames(names: string[]): string {
  return names.length <= 2 ? names.join(' and ') : `${names.slice(0, -1).join(', ')} and ${names.at(-1)}`;
}
