import type { Question } from '../questions/question-schema.js';
import type { RetiredEntry, ReviewedEntry } from '../questions/curation-file-schema.js';
import { itemStats, sumTallies, type ItemStats } from '../quiz/item-stats.js';
import type { FlagReason, QuizState } from '../quiz/state-schema.js';

/** Which questions `prepbot review --only` walks. */
export type ReviewScope = 'new' | 'flagged' | 'all';

/** What the store says about one question, over every workspace. */
export interface QuestionRecord {
  stats: ItemStats;
  /** Reason → how many people gave it. */
  flags: Partial<Record<FlagReason, number>>;
  /** Workspaces where it is retired. */
  retiredIn: number;
}

/** Item statistics and flags of a question summed over every workspace of the store (none: nothing known). */
export function recordOf(state: QuizState | undefined, id: string): QuestionRecord {
  const workspaces = Object.values(state?.curation ?? {});
  const flags: QuestionRecord['flags'] = {};
  let retiredIn = 0;
  for (const workspace of workspaces) {
    const entry = workspace.questions[id];
    for (const flag of entry?.flags ?? []) flags[flag.reason] = (flags[flag.reason] ?? 0) + 1;
    if (entry?.retired) retiredIn += 1;
  }
  const tallies = workspaces.map((w) => w.items[id]).filter((t) => t !== undefined);
  return { stats: itemStats(tallies.length > 0 ? sumTallies(tallies) : undefined), flags, retiredIn };
}

/**
 * The questions to review, in bank order: never those `retired.yaml` already lists. `new`: no decision
 * recorded yet (so quitting and starting again resumes); `flagged`: flagged by someone, retired in a
 * workspace, or marked for review by its answers; `all`: every one.
 */
export function selectForReview(
  bank: readonly Question[],
  scope: ReviewScope,
  files: { retired: readonly RetiredEntry[]; reviewed: readonly ReviewedEntry[] },
  record: (id: string) => QuestionRecord,
): Question[] {
  const retired = new Set(files.retired.map((entry) => entry.id));
  const decided = new Set(files.reviewed.map((entry) => entry.id));
  return bank.filter((q) => {
    if (retired.has(q.id)) return false;
    if (scope === 'all') return true;
    if (scope === 'new') return !decided.has(q.id);
    const known = record(q.id);
    return Object.keys(known.flags).length > 0 || known.retiredIn > 0 || known.stats.verdicts.length > 0;
  });
}
