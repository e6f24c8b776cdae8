import { echoText } from './echo-text.js';
import type { UsageFailure } from './command-definition.js';

export type LeaderboardCommand = { name: 'leaderboard'; period: 'week' | 'month' | 'all'; season?: number };

/** "[week|month|all] [season N]"; Discord's options arrive as "all 2" (period, then season number). */
export function parseLeaderboard(text: string, fail: UsageFailure): LeaderboardCommand {
  const rest = text ? text.split(' ').map((word) => word.toLowerCase()) : [];
  let season: number | undefined;
  if (rest.length > 0 && /^\d{1,4}$/.test(rest.at(-1)!)) {
    season = Number(rest.pop());
    if (rest.at(-1) === 'season') rest.pop();
    if (season < 1) throw fail('Seasons count from 1.');
  }
  const period = rest[0] ?? 'all';
  if (rest.length > 1 || (period !== 'week' && period !== 'month' && period !== 'all'))
    throw fail(`"${echoText(text)}" is not a period.`);
  if (season !== undefined && period !== 'all')
    throw fail(`An earlier season is shown whole: /leaderboard season ${season}.`);
  return season === undefined ? { name: 'leaderboard', period } : { name: 'leaderboard', period, season };
}
