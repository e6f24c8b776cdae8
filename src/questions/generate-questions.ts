import type { Item, KnowledgeBase, ParseWarning } from '../knowledge/item.js';
import { comparisonQuestions } from './comparison-question.js';
import { definitionQuestions } from './definition-question.js';
import { buildContext, type GenerationContext } from './generation-context.js';
import { membershipQuestions } from './membership-question.js';
import { notesQuestions } from './notes-question.js';
import { quantityQuestions } from './quantity-question.js';
import { type Outcome, repeated } from './question-draft.js';
import type { Question } from './question-schema.js';

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
  /** The parser's warnings, with file and line. */
  warnings: ParseWarning[];
}

const builders: { [K in Item['kind']]: (item: Extract<Item, { kind: K }>, context: GenerationContext) => Outcome[] } = {
  fact: quantityQuestions,
  definition: definitionQuestions,
  list: membershipQuestions,
  comparison: comparisonQuestions,
  qa: notesQuestions,
  // Situations ("use X when …") become questions once the situation builder lands; until then none are asked.
  usecase: () => [],
};

const kinds = ['quantity', 'term-to-definition', 'definition-to-term', 'membership', 'comparison', 'notes-question'];

/**
 * Every question the notes support, in notes order (file, then item), with a summary. Pure and
 * deterministic: the same knowledge base always gives the same questions, ids and choice order.
 * An item that would make a poor question is skipped and counted under its reason.
 */
export function generateQuestions(kb: KnowledgeBase): { questions: Question[]; summary: GenerationSummary } {
  const context = buildContext(kb);
  const questions: Question[] = [];
  const summary: GenerationSummary = {
    questions: 0,
    byKind: Object.fromEntries(kinds.map((kind) => [kind, 0])),
    byFile: Object.fromEntries([...kb.files].sort().map((file) => [file, 0])),
    skipped: {},
    warnings: kb.warnings,
  };
  const skip = (reason: string): void => {
    summary.skipped[reason] = (summary.skipped[reason] ?? 0) + 1;
  };
  for (const item of kb.items) {
    const build = builders[item.kind] as (item: Item, context: GenerationContext) => Outcome[];
    for (const outcome of build(item, context)) {
      if ('skip' in outcome) {
        skip(outcome.skip);
      } else if (context.asked.has(outcome.question.id, outcome.question.stem)) {
        skip(repeated);
      } else {
        context.asked.add(outcome.question.id, outcome.question.stem);
        questions.push(outcome.question);
        summary.byKind[outcome.question.kind] = (summary.byKind[outcome.question.kind] ?? 0) + 1;
        summary.byFile[outcome.question.source.file] = (summary.byFile[outcome.question.source.file] ?? 0) + 1;
      }
    }
  }
  summary.questions = questions.length;
  summary.skipped = Object.fromEntries(Object.entries(summary.skipped).sort(([a], [b]) => (a < b ? -1 : 1)));
  return { questions, summary };
}
