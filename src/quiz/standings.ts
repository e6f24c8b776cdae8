import { leaderboard, totalsOf, type Leaderboard, type ScoreLine } from './leaderboard.js';
import { workspaceOfKey } from './identity.js';
import { seasonScores } from './season-scores.js';
import type { QuizState } from './state-schema.js';

/**
 * Score lines of a workspace's season, read from the state: `since` undefined means all season
 * (closed rounds' stats plus the open rounds' answers), otherwise the points of rounds that opened at
 * or after `since`.
 */
export function seasonLines(state: QuizState, workspace: string, season: number, since?: number): ScoreLine[] {
  const rounds = Object.values(state.rounds).filter(
    (r) => r.season === season && workspaceOfKey(r.channel) === workspace,
  );
  if (since !== undefined) return totalsOf(rounds.filter((r) => r.occurrence >= since).flatMap((r) => r.answers));
  const lines = new Map<string, ScoreLine>();
  for (const [id, [points, reachedAt]] of Object.entries(seasonScores(state, workspace, season)?.totals ?? {})) {
    const user = `${workspace}:${id}`;
    if (points > 0) lines.set(user, { user, points, reachedAt });
  }
  for (const open of totalsOf(rounds.filter((r) => r.closedAt === undefined).flatMap((r) => r.answers))) {
    const line = lines.get(open.user);
    if (line)
      lines.set(open.user, {
        user: open.user,
        points: line.points + open.points,
        reachedAt: Math.max(line.reachedAt, open.reachedAt),
      });
    else lines.set(open.user, open);
  }
  return [...lines.values()];
}

/** The board for a period, with the caller's own line if they are outside the top ten. */
export function boardFor(
  state: QuizState,
  workspace: string,
  season: number,
  caller: string,
  since?: number,
): Leaderboard {
  return leaderboard(seasonLines(state, workspace, season, since), caller);
}
