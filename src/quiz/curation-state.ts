import type { Flag, FlagReason, QuestionCuration, QuizState, WorkspaceCuration } from './state-schema.js';

/**
 * Flags and retirement, as pure functions over the store state (inside a store change where they
 * write). Everything is per workspace: a question retired in one Slack team is still asked in another.
 */

/** A workspace's curation record, created empty if needed (inside a store change). */
export function ensureCuration(state: QuizState, workspace: string): WorkspaceCuration {
  return (state.curation[workspace] ??= { questions: {}, items: {}, noticed: {} });
}

/** Ids of the questions retired in a workspace. */
export function retiredIn(state: QuizState, workspace: string): Set<string> {
  const questions = state.curation[workspace]?.questions ?? {};
  return new Set(Object.keys(questions).filter((id) => questions[id]!.retired));
}

export type FlagOutcome =
  /** Stored; `retired` when this flag retired the question. */
  | { kind: 'flagged'; flags: number; retired: boolean }
  /** This person had already flagged the question: nothing changed. */
  | { kind: 'already'; reason: FlagReason }
  /** Already retired here: the flag is stored, nothing else changes. */
  | { kind: 'retired-before'; flags: number };

/**
 * Adds one person's flag (inside a store change). One flag per person per question; an admin's flag, or
 * the `flagsToRetire`-th person's, retires the question in the workspace.
 */
export function addFlag(
  state: QuizState,
  workspace: string,
  questionId: string,
  flag: Flag,
  flagsToRetire: number,
): FlagOutcome {
  const entry = (ensureCuration(state, workspace).questions[questionId] ??= { flags: [] });
  const earlier = entry.flags.find((f) => f.user === flag.user);
  if (earlier) return { kind: 'already', reason: earlier.reason };
  entry.flags.push(flag);
  if (entry.retired) return { kind: 'retired-before', flags: entry.flags.length };
  const counted = entry.flags.filter((f) => f.at >= (entry.restoredAt ?? 0)).length;
  const retire = flag.admin || counted >= flagsToRetire;
  if (retire) entry.retired = flag.admin ? { at: flag.at, by: 'admin', user: flag.user } : { at: flag.at, by: 'flags' };
  return { kind: 'flagged', flags: entry.flags.length, retired: retire };
}

/** A person's flag on a question in a workspace, if they gave one. */
export function flagOf(state: QuizState, workspace: string, questionId: string, user: string): Flag | undefined {
  return state.curation[workspace]?.questions[questionId]?.flags.find((f) => f.user === user);
}

/** Retires a question by an admin's command (inside a store change); false when it was already retired. */
export function retire(state: QuizState, workspace: string, questionId: string, user: string, at: number): boolean {
  const entry = (ensureCuration(state, workspace).questions[questionId] ??= { flags: [] });
  if (entry.retired) return false;
  entry.retired = { at, by: 'admin', user };
  return true;
}

/**
 * Brings a retired question back (inside a store change). Its flags stay (one per person still holds),
 * but only flags given after the restore count towards retiring it again. False when it was not retired.
 */
export function restore(state: QuizState, workspace: string, questionId: string, at: number): boolean {
  const entry = state.curation[workspace]?.questions[questionId];
  if (!entry?.retired) return false;
  delete entry.retired;
  entry.restoredAt = at;
  return true;
}

/** Retirements an admin has not been told about yet: newest first, not their own. */
export function unnoticedRetirements(
  state: QuizState,
  workspace: string,
  user: string,
): Array<{ questionId: string; entry: QuestionCuration }> {
  const curation = state.curation[workspace];
  if (!curation) return [];
  const since = curation.noticed[user] ?? 0;
  return Object.entries(curation.questions)
    .filter(([, entry]) => entry.retired && entry.retired.at > since && entry.retired.user !== user)
    .map(([questionId, entry]) => ({ questionId, entry }))
    .sort((a, b) => b.entry.retired!.at - a.entry.retired!.at);
}

/** Records that an admin has been told about every retirement up to `at` (inside a store change). */
export function markNoticed(state: QuizState, workspace: string, user: string, at: number): void {
  ensureCuration(state, workspace).noticed[user] = at;
}
