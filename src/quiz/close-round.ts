import { ensureCuration } from './curation-state.js';
import { idOfKey, workspaceOfKey } from './identity.js';
import { addTally, emptyTally, roundTally } from './item-stats.js';
import { addResult, ensureSeasonScores, setStreak, streakIn } from './season-scores.js';
import type { QuizState, Round } from './state-schema.js';
import { recordResult } from './streaks.js';

/**
 * Applies a closing round to the state (inside a store change): marks it closed, adds its answers to
 * each person's season stats (points, accuracy, topics, streak in that channel) and to the channel's
 * topic tallies, and to its question's item tally. Applying the same round twice changes nothing.
 */
export function applyRoundClose(state: QuizState, roundId: string, now: number): void {
  const round = state.rounds[roundId];
  if (!round || round.closedAt !== undefined) return;
  round.closedAt = now;
  const channel = state.channels[round.channel];
  const workspace = workspaceOfKey(round.channel);
  const scores = ensureSeasonScores(state, workspace, round.season);
  // Item statistics first: they rank the answerers by their points before this round.
  const items = ensureCuration(state, workspace).items;
  addTally(
    (items[round.questionId] ??= emptyTally()),
    roundTally(round.answers, (user) => scores.totals[idOfKey(user)]?.[0] ?? 0),
  );
  let correct = 0;
  for (const answer of round.answers) {
    const id = idOfKey(answer.user);
    if (answer.correct) correct += 1;
    addResult(scores, id, round.topic, answer.correct, answer.points, answer.at);
    if (channel)
      setStreak(
        channel,
        id,
        round.season,
        recordResult(streakIn(channel, id, round.season), round.seq, answer.correct),
      );
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
