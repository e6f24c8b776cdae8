import type { UseCaseItem } from '../knowledge/item.js';
import { groupBy, perContext } from './context-index.js';
import { type GenerationContext, isServiceName, looksLikeProductName } from './generation-context.js';
import { lowerFirstWord } from './name-case.js';
import type { Candidate } from './pick-distractors.js';
import { buildQuestion, type Outcome } from './question-draft.js';
import { comparisonKey, nameKey, tidy } from './text-tools.js';

/**
 * Situations ("use SQS when producers and consumers must be decoupled") become "Which service fits:
 * producers and consumers must be decoupled?". Wrong choices are the other subjects the notes name for
 * situations, of the same kind (services beside services): same file first, then the whole notes; never
 * a subject the notes also name for this very situation.
 */
export function usecaseQuestions(item: UseCaseItem, context: GenerationContext): Outcome[] {
  const situation = tidy(item.situation.replace(/^(when|if|for|to)\s+(?=\S)/i, (word) => word.toLowerCase()));
  if (situation.split(/\s+/).length < 3) return [{ skip: 'situation is too short to ask about', item }];
  if (/[?]/.test(situation)) return [{ skip: 'situation is itself a question', item }];
  const service = isService(item.subject, context);
  const fitting = new Set((situationsOf(context).get(comparisonKey(situation)) ?? []).map((other) => nameKey(other.subject)));
  const candidates = (): Candidate[] =>
    (subjectsOf(context).get(String(service)) ?? [])
      .filter((other) => !fitting.has(nameKey(other.subject)))
      .map((other) => ({ text: other.subject, tier: other.source.file === item.source.file ? 0 : 1 }));
  return [
    buildQuestion({
      item,
      kind: 'usecase',
      stem: `Which ${service ? 'service' : 'of these'} fits: ${lowerFirstWord(situation, context.names)}?`,
      answer: item.subject,
      candidates,
      explanation: `The notes name ${item.subject} for this: ${lowerFirstWord(situation, context.names)}`,
    }, context),
  ];
}

const isService = (name: string, context: GenerationContext): boolean => isServiceName(name, context) || looksLikeProductName(name);

const usecasesOf = perContext((context) => context.items.filter((item): item is UseCaseItem => item.kind === 'usecase'));
const situationsOf = perContext((context) => groupBy(usecasesOf(context), (item) => comparisonKey(tidy(item.situation))));
const subjectsOf = perContext((context) => groupBy(usecasesOf(context), (item) => String(isService(item.subject, context))));
