import { recordResult } from './streaks.js';
import { seasonKey, workspaceOfKey } from './identity.js';
import type { QuizState, Round, SeasonStats } from './state-schema.js';

/**
 * Applies a closing round to the state (inside a store change): marks it closed, adds its answers to
 * each person's season stats (points, accuracy, topics, streak in that channel) and to the channel's
 * topic tallies. Applying the same round twice changes nothing.
 */
export function applyRoundClose(state: QuizState, roundId: string, now: number): void {
  const round = state.rounds[roundId];
  if (!round || round.closedAt !== undefined) return;
  round.closedAt = now;
  const channel = state.channels[round.channel];
  const scores = (state.scores[seasonKey(workspaceOfKey(round.channel), round.season)] ??= {});
  let correct = 0;
  for (const answer of round.answers) {
    const stats: SeasonStats = (scores[answer.user] ??= { points: 0, reachedAt: answer.at, answered: 0, correct: 0, topics: {}, streaks: {} });
    stats.answered += 1;
    if (answer.correct) {
      stats.correct += 1;
      correct += 1;
    }
    if (answer.points > 0) {
      stats.points += answer.points;
      stats.reachedAt = Math.max(stats.reachedAt, answer.at);
    }
    const tally = (stats.topics[round.topic] ??= [0, 0]);
    tally[0] += 1;
    if (answer.correct) tally[1] += 1;
    stats.streaks[round.channel] = recordResult(stats.streaks[round.channel], round.seq, answer.correct);
  }
  if (channel) {
    channel.closedSeq = Math.max(channel.closedSeq, round.seq);
    const tally = (channel.topics[round.topic] ??= [0, 0]);
    tally[0] += round.answers.length;
    tally[1] += correct;
  }
}

/** Rounds of a channel still open, oldest first. */
export function openRoundsOf(state: QuizState, channel?: string): Round[] {
  return Object.values(state.rounds)
    .filter((r) => r.closedAt === undefined && (channel === undefined || r.channel === channel))
    .sort((a, b) => a.occurrence - b.occurrence);
}
