import type { DefinitionItem, Item, KnowledgeBase, ListItem, ParseWarning } from '../knowledge/item.js';
import { commandQuestions } from './command-question.js';
import { comparisonQuestions } from './comparison-question.js';
import { contrastQuestions } from './contrast-question.js';
import { definitionQuestions } from './definition-question.js';
import { directionQuestions } from './direction-question.js';
import { facetMemberQuestions } from './facet-member-question.js';
import { pathQuestions } from './path-question.js';
import { multipleQuestions } from './multiple-question.js';
import { defaultModeQuestions } from './default-mode-question.js';
import { procedureQuestions } from './procedure-question.js';
import { glossedBulletQuestions } from './glossed-bullet-question.js';
import { exceptionQuestions } from './exception-question.js';
import { formulaQuestions } from './formula-question.js';
import { unlikeQuestions } from './unlike-question.js';
import { buildContext, type GenerationContext } from './generation-context.js';
import { membershipQuestions } from './membership-question.js';
import { notesQuestions } from './notes-question.js';
import { quantityQuestions } from './quantity-question.js';
import { reservedCountQuestions } from './reserved-count.js';
import { type Outcome, repeated } from './question-draft.js';
import type { Question } from './question-schema.js';
import { bestPerFact, type Candidate } from './gates/same-fact.js';
import { PositionBalance } from './gates/balance-positions.js';
import { usecaseQuestions } from './usecase-question.js';
import { titleSubjectQuestion } from './title-subject.js';
import { gradedScaleQuestions } from './graded-scale-question.js';
import { unplacedValues } from './unplaced-values.js';
import { mendSpelling } from './mend-spelling.js';

/** What one generation run made and left out, for the `generate` command's report. */
export interface GenerationSummary {
  /** Questions emitted. */
  questions: number;
  /** Questions per kind, every kind listed (0 when none). */
  byKind: Record<string, number>;
  /** Questions per notes file, every file listed (0 when none). */
  byFile: Record<string, number>;
  /** Items (or item variants) left out, counted per reason. */
  skipped: Record<string, number>;
  /** The parser's warnings, with file and line, then one for each notes file that gave no question. */
  warnings: ParseWarning[];
  /** Questions left out because their item already had `maxPerFact` questions (0 without a cap). */
  capped: number;
}

export interface GenerationOptions {
  /** At most this many questions from one item (one fact, one list, one table row), its best; default no cap. */
  maxPerFact?: number;
  /** Which kinds of question to emit; default `publishedKinds`. */
  kinds?: readonly string[];
  /** Told what became of each item's candidates: the skip reason, or `emitted` (a diagnostic hook for eval). */
  onOutcome?: (item: Item, outcome: string) => void;
}

/**
 * The kinds emitted unless asked otherwise. Membership ("Which of these is one of …") and use-case
 * ("Which of these fits: …") questions are built but not published: in the blind reviews of this
 * release (docs/review-criteria.md) none of them was usable as it stands (0 of the 42 reviewed, against
 * 59 of 208 for the other kinds), so a team gets them only by asking (`generate --kinds`).
 */
export const publishedKinds: readonly string[] = ['quantity', 'term-to-definition', 'definition-to-term', 'comparison', 'notes-question', 'command'];

const builders: { [K in Item['kind']]: (item: Extract<Item, { kind: K }>, context: GenerationContext) => Outcome[] } = {
  // An exception clause under a list is asked for its exceptions only (exception-question.ts).
  // A statement of one of the things the notes set side by side asks which of them it is true of (contrast-question.ts).
  fact: (item, context) =>
    exceptionQuestions(item, context) ?? [
      ...multipleQuestions(item, context),
      ...defaultModeQuestions(item, context),
      ...quantityQuestions(item, context),
      ...formulaQuestions(item, context),
      ...contrastQuestions(item, context),
      ...unlikeQuestions(item, context),
      ...directionQuestions(item, context),
      ...facetMemberQuestions(item, context),
      ...pathQuestions(item, context),
      ...glossedBulletQuestions(item, context),
    ],
  // A term defined by a formula is asked for its formula: among formulas confused, not among descriptions.
  // A count stated inside a definition ("5 IP addresses are reserved in each subnet") is a fact of its own.
  definition: (item, context) => {
    const formula = formulaQuestions(item, context);
    const described = formula.some((outcome) => 'question' in outcome) ? formula : [...asDefinition(item, context), ...formula];
    return [...described, ...reservedCountQuestions(item, context), ...directionQuestions(item, context), ...pathQuestions(item, context)];
  },
  list: (item, context) => [...membershipQuestions(item, context), ...listQuestions(item, context)],
  comparison: comparisonQuestions,
  qa: notesQuestions,
  usecase: usecaseQuestions,
  command: commandQuestions,
};

/** A definition asked as one; when it gives no question, as what the title of its file is (title-subject.ts). */
function asDefinition(item: DefinitionItem, context: GenerationContext): Outcome[] {
  const outcomes = definitionQuestions(item, context);
  if (outcomes.some((outcome) => 'question' in outcome)) return outcomes;
  const titled = titleSubjectQuestion(item, context);
  return titled && 'question' in titled ? [titled] : outcomes;
}

/** Item kinds asked mainly as one kind: when that kind is not emitted, only their `alsoBuilt` questions are built. */
const soleKind: Partial<Record<Item['kind'], string>> = { list: 'membership', usecase: 'usecase' };

/** What such an item still gives when its sole kind is not emitted: a list's bullet that sets its section apart (facet-member-question.ts), a procedure's next step (procedure-question.ts). */
const alsoBuilt: Partial<Record<Item['kind'], (item: never, context: GenerationContext) => Outcome[]>> = {
  list: (item: ListItem, context: GenerationContext) => listQuestions(item, context),
};

/** What a list gives besides membership: a bullet that sets its section apart, a procedure's next step, a graded scale's middle grade. */
function listQuestions(item: ListItem, context: GenerationContext): Outcome[] {
  return [...facetMemberQuestions(item, context), ...procedureQuestions(item, context), ...gradedScaleQuestions(item, context)];
}

const kinds = ['quantity', 'term-to-definition', 'definition-to-term', 'membership', 'comparison', 'notes-question', 'usecase', 'command'];

/** The skip reason of a question testing a fact a better question tests (gates/same-fact.ts). */
const sameFact = 'same fact as a better question';

/**
 * Every question the notes support, in notes order (file, then item), with a summary. Pure and
 * deterministic: the same knowledge base always gives the same questions, ids and choice order.
 * Two steps: every item's candidates that pass the gates are gathered, then each fact keeps its best
 * (gates/same-fact.ts: by quality score, ties in notes order), so one question per fact in a pass.
 * An item that would make a poor question is skipped and counted under its reason.
 */
export function generateQuestions(kb: KnowledgeBase, options: GenerationOptions = {}): { questions: Question[]; summary: GenerationSummary } {
  const context = buildContext(kb);
  const summary: GenerationSummary = {
    questions: 0,
    byKind: Object.fromEntries(kinds.map((kind) => [kind, 0])),
    byFile: Object.fromEntries([...kb.files].sort().map((file) => [file, 0])),
    skipped: {},
    warnings: [...kb.warnings],
    capped: 0,
  };
  const skips = new Map<Item, string[]>();
  const skip = (item: Item, reason: string, detail = reason): void => {
    summary.skipped[reason] = (summary.skipped[reason] ?? 0) + 1;
    (skips.get(item) ?? skips.set(item, []).get(item)!).push(reason);
    options.onOutcome?.(item, detail);
  };
  const candidates = asCommands(gatherCandidates(kb, context, new Set(options.kinds ?? publishedKinds), skip), skip);
  const { kept, dropped } = bestPerFact(candidates, options.maxPerFact);
  for (const loser of dropped) {
    if (loser.reason === 'capped') summary.capped += 1;
    else skip(loser.candidate.from, sameFact, `${sameFact}: ${asked(loser.candidate.question)}; kept ${asked(loser.by)}`);
  }
  const positions = new PositionBalance();
  const questions = kept.map(({ question, from }) => {
    options.onOutcome?.(from, `emitted ${question.kind}: ${asked(question)}`);
    summary.byKind[question.kind] = (summary.byKind[question.kind] ?? 0) + 1;
    summary.byFile[question.source.file] = (summary.byFile[question.source.file] ?? 0) + 1;
    return positions.place(mendSpelling(question, context));
  });
  summary.questions = questions.length;
  summary.warnings.push(...unplacedValues(skips, new Set(kept.map(({ from }) => from))), ...filesWithoutQuestions(kb, summary.byFile));
  summary.skipped = Object.fromEntries(Object.entries(summary.skipped).sort(([a], [b]) => (a < b ? -1 : 1)));
  return { questions, summary };
}

/** A candidate question with the item it came from. */
interface Built extends Candidate {
  from: Item;
}

/**
 * Step one: every question the items give that passes the gates and is no repeat, in notes order.
 * Each is recorded in `context.asked` as it is built, so a later draft with its id or stem stops
 * before its distractors are picked (most drafts of a big corpus are such repeats).
 */
function gatherCandidates(kb: KnowledgeBase, context: GenerationContext, emitted: ReadonlySet<string>, skip: (item: Item, reason: string) => void): Built[] {
  const candidates: Built[] = [];
  for (const item of kb.items) {
    const sole = soleKind[item.kind];
    const muted = sole !== undefined && !emitted.has(sole);
    const build = (muted ? alsoBuilt[item.kind] : builders[item.kind]) as ((item: Item, context: GenerationContext) => Outcome[]) | undefined;
    const outcomes = build?.(item, context) ?? [];
    // A list whose membership is not published is left unasked unless it gave a question of another kind.
    if (muted && !outcomes.some((outcome) => 'question' in outcome)) skip(item, `${item.kind} items not asked: ${sole} questions are not published (generate --kinds)`);
    for (const outcome of outcomes) {
      if ('skip' in outcome) {
        skip(item, outcome.skip);
      } else if (!emitted.has(outcome.question.kind)) {
        skip(item, `${outcome.question.kind} questions are not published (generate --kinds)`);
      } else if (context.asked.has(outcome.question.id, outcome.question.stem)) {
        skip(item, repeated);
      } else {
        context.asked.add(outcome.question.id, outcome.question.stem);
        candidates.push({ question: outcome.question, item: item.id, from: item });
      }
    }
  }
  return candidates;
}

/**
 * A line that says what a command does reads as a definition of the command too ("`lvgrow` extends a
 * volume"). When both readings make a question, the command's is asked: it is the more specific
 * reading, its stem names the kind ("Which command …?") and its wrong choices are commands.
 */
function asCommands(candidates: readonly Built[], skip: (item: Item, reason: string) => void): Built[] {
  const key = ({ question }: Built): string => `${question.source.file}:${question.source.line}:${question.choices[question.answer]}`;
  const commands = new Set(candidates.filter(({ question }) => question.kind === 'command').map(key));
  return candidates.filter((candidate) => {
    if (candidate.question.kind !== 'definition-to-term' || !commands.has(key(candidate))) return true;
    skip(candidate.from, 'the line is asked as a command');
    return false;
  });
}

/** "stem -> answer (quality)", for the diagnostic hook. */
const asked = (question: Question): string => `${question.stem} -> ${question.choices[question.answer]} (${question.quality ?? '-'})`;

/**
 * One warning per notes file that gave no question, at the line of its first item (line 1 when the
 * parser found none), so a team sees which notes the quiz never draws on.
 */
function filesWithoutQuestions(kb: KnowledgeBase, byFile: Readonly<Record<string, number>>): ParseWarning[] {
  const first = new Map<string, { line: number; items: number }>();
  for (const item of kb.items) {
    const seen = first.get(item.source.file);
    first.set(item.source.file, { line: Math.min(seen?.line ?? Infinity, item.source.line), items: (seen?.items ?? 0) + 1 });
  }
  return Object.entries(byFile)
    .filter(([, count]) => count === 0)
    .map(([file]) => {
      const found = first.get(file);
      const message = found ? `no question from this file: its ${found.items} item(s) all failed the quality gates` : 'no question from this file: the parser found nothing to ask about';
      return { file, line: found?.line ?? 1, message };
    });
}
