import { seasonKey } from './identity.js';
import type { ChannelState, QuizState, SeasonScores } from './state-schema.js';
import type { StreakRecord } from './streaks.js';

/**
 * Reading and writing the compact score shapes of state-schema.ts: season totals, per-topic tallies
 * (flat arrays of topic index, answered, correct) and per-channel streak tuples.
 */

/** The scores of a workspace's season, if anyone scored. */
export function seasonScores(state: QuizState, workspace: string, season: number): SeasonScores | undefined {
  return state.scores[seasonKey(workspace, season)];
}

/** The scores of a season, created empty if needed (inside a store change). */
export function ensureSeasonScores(state: QuizState, workspace: string, season: number): SeasonScores {
  return (state.scores[seasonKey(workspace, season)] ??= { totals: {}, topicNames: [], topics: {} });
}

/** Adds one answer to a person's season (inside a store change). */
export function addResult(
  scores: SeasonScores,
  userId: string,
  topic: string,
  correct: boolean,
  points: number,
  at: number,
): void {
  const totals = (scores.totals[userId] ??= [0, at, 0, 0]);
  if (points > 0) {
    totals[0] += points;
    totals[1] = Math.max(totals[1], at);
  }
  totals[2] += 1;
  if (correct) totals[3] += 1;
  let index = scores.topicNames.indexOf(topic);
  if (index < 0) index = scores.topicNames.push(topic) - 1;
  const flat = (scores.topics[userId] ??= []);
  for (let i = 0; i < flat.length; i += 3) {
    if (flat[i] === index) {
      flat[i + 1]! += 1;
      if (correct) flat[i + 2]! += 1;
      return;
    }
  }
  flat.push(index, 1, correct ? 1 : 0);
}

/** A person's `{ topic, answered, correct }` tallies in a season. */
export function topicTallies(
  scores: SeasonScores | undefined,
  userId: string,
): Array<{ topic: string; answered: number; correct: number }> {
  const flat = scores?.topics[userId] ?? [];
  const tallies = [];
  for (let i = 0; i + 2 < flat.length; i += 3)
    tallies.push({ topic: scores!.topicNames[flat[i]!] ?? '?', answered: flat[i + 1]!, correct: flat[i + 2]! });
  return tallies;
}

/** A person's streak in a channel for a season (a streak from an earlier season does not count). */
export function streakIn(channel: ChannelState | undefined, userId: string, season: number): StreakRecord | undefined {
  const tuple = channel?.streaks[userId];
  if (!tuple || tuple[3] !== season) return undefined;
  return { current: tuple[0], best: tuple[1], lastSeq: tuple[2] };
}

/** Stores a person's streak in a channel (inside a store change). */
export function setStreak(channel: ChannelState, userId: string, season: number, record: StreakRecord): void {
  channel.streaks[userId] = [record.current, record.best, record.lastSeq, season];
}
