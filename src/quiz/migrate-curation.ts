import { addTally, emptyTally, roundTally } from './item-stats.js';
import type { ItemTally } from './state-schema.js';

interface OldRound {
  channel: string;
  season: number;
  questionId: string;
  closedAt?: number;
  answers: Array<{ user: string; correct: boolean }>;
}

/**
 * Store migration 1 → 2: adds `curation` (no flags, nothing retired) with item tallies rebuilt from the
 * closed rounds that still hold their answers. Players are ranked by their season totals as they stand
 * now (the points before each round are not stored), which is the best the old file can say.
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- an older version's data has no type of its own
export function addCuration(old: Record<string, any>): Record<string, unknown> {
  const curation: Record<string, { questions: object; items: Record<string, ItemTally>; noticed: object }> = {};
  for (const round of Object.values((old.rounds ?? {}) as Record<string, OldRound>)) {
    if (round.closedAt === undefined || round.answers.length === 0) continue;
    const workspace = round.channel.slice(0, round.channel.lastIndexOf(':'));
    const totals = old.scores?.[`${workspace}#${round.season}`]?.totals ?? {};
    const points = (user: string) => totals[user.slice(user.lastIndexOf(':') + 1)]?.[0] ?? 0;
    const entry = (curation[workspace] ??= { questions: {}, items: {}, noticed: {} });
    addTally((entry.items[round.questionId] ??= emptyTally()), roundTally(round.answers, points));
  }
  return { ...old, curation };
}
