import { nextRun, previousRun } from '../schedule/cron-schedule.js';
import { chooseQuestion } from './choose-question.js';
import { applyRoundClose, openRoundsOf } from './close-round.js';
import { compactRounds, hasRoundsToCompact } from './compact-rounds.js';
import { activeBank, channelRefOf, currentSeason, hourMs, type EngineContext } from './engine-context.js';
import { workspaceOfKey } from './identity.js';
import { isLastingRefusal, pauseOnRefusal } from './pause-on-refusal.js';
import { revealMessage } from './reveal-message.js';
import { roundMessage } from './round-message.js';
import type { ChannelState, Round } from './state-schema.js';

/**
 * The life of a daily round: open (recorded in the store before it is posted, the round id as post
 * key) → answers → close (stats applied) → reveal. Every step is safe to repeat after a restart:
 * a round recorded but not posted is posted again with the same key, a closed round not yet revealed
 * is revealed again.
 */

/** When a round opening at `opensAt` closes: after `closeAfterHours`, or when the next one opens if sooner. */
export function closeTimeFor(ctx: EngineContext, channel: ChannelState, opensAt: Date): Date {
  const byDuration = opensAt.getTime() + ctx.settings.closeAfterHours * hourMs;
  const next = nextRun(channel.cron, channel.timezone, opensAt).getTime();
  return new Date(Math.min(byDuration, next));
}

/** The round message as it should look now. */
export function renderRound(ctx: EngineContext, round: Round, closed = false) {
  const question = ctx.questions.get(round.questionId);
  const channel = ctx.store.data.channels[round.channel];
  if (!question || !channel) return undefined;
  const answers = round.summary?.answered ?? round.answers.length;
  return roundMessage({
    roundId: round.id,
    question,
    closesAt: new Date(round.closesAt),
    timezone: channel.timezone,
    answers,
    now: ctx.clock.now(),
    closed,
  });
}

/** One pass: close what is due, open what is due, retry posts and reveals that failed, compact old rounds. */
export async function runTick(ctx: EngineContext): Promise<void> {
  const now = ctx.clock.now();
  for (const round of openRoundsOf(ctx.store.data)) {
    if (round.closesAt <= now.getTime()) await closeRound(ctx, round.id);
  }
  for (const [key, channel] of Object.entries(ctx.store.data.channels)) {
    if (!channel.enabled || channel.paused) continue;
    const schedule = `${channel.cron}|${channel.timezone}|${channel.lastOccurrence}`;
    const cached = ctx.nextDue.get(key);
    if (cached?.schedule === schedule && now.getTime() < cached.at) continue;
    if (channel.lastOccurrence !== undefined)
      ctx.nextDue.set(key, {
        schedule,
        at: nextRun(channel.cron, channel.timezone, new Date(channel.lastOccurrence)).getTime(),
      });
    const occurrence = previousRun(channel.cron, channel.timezone, now);
    if (!occurrence || (channel.lastOccurrence !== undefined && occurrence.getTime() <= channel.lastOccurrence))
      continue;
    const closesAt = closeTimeFor(ctx, channel, occurrence);
    if (closesAt.getTime() > now.getTime()) {
      await openRound(ctx, key, occurrence, closesAt, true);
    } else {
      ctx.logger.info({ channel: key, occurrence }, 'skipped a round whose window passed while the bot was down');
      await ctx.store
        .change((d) => void (d.channels[key]!.lastOccurrence = occurrence.getTime()))
        .catch((error) => ctx.logger.error({ err: error }, 'could not record a skipped round'));
    }
  }
  for (const round of openRoundsOf(ctx.store.data)) {
    if (round.post === undefined) await postRound(ctx, round.id, true);
  }
  for (const round of Object.values(ctx.store.data.rounds)) {
    if (round.closedAt !== undefined && !round.revealed) await revealRound(ctx, round.id, true);
  }
  const retention = ctx.settings.retentionDays;
  if (hasRoundsToCompact(ctx.store.data, now.getTime(), retention)) {
    await ctx.store
      .change((d) => void compactRounds(d, now.getTime(), retention))
      .catch((error) => ctx.logger.error({ err: error }, 'could not save compacted rounds'));
  }
}

/**
 * Opens a round in a channel (closing its open one first), records it, then posts it. `scheduled`
 * rounds also mark their occurrence as handled. Returns the round, or undefined for an empty bank.
 */
export async function openRound(
  ctx: EngineContext,
  channelKey: string,
  occurrence: Date,
  closesAt: Date,
  scheduled: boolean,
): Promise<Round | undefined> {
  for (const open of openRoundsOf(ctx.store.data, channelKey)) await closeRound(ctx, open.id);
  const state = ctx.store.data;
  const channel = state.channels[channelKey]!;
  const recentTopics = Object.values(state.rounds)
    .filter((r) => r.channel === channelKey)
    .sort((a, b) => a.seq - b.seq)
    .slice(-3)
    .map((r) => r.topic);
  const choice = chooseQuestion(
    activeBank(ctx, workspaceOfKey(channelKey)),
    { asked: channel.asked, seen: channel.seen, topics: channel.topics, recentTopics },
    `${channelKey}:${channel.seq + 1}`,
  );
  if (!choice) {
    ctx.logger.warn({ channel: channelKey }, 'the question bank is empty; no round posted');
    if (scheduled)
      await ctx.store
        .change((d) => void (d.channels[channelKey]!.lastOccurrence = occurrence.getTime()))
        .catch(() => {});
    return undefined;
  }
  const id = state.nextRound.toString(36);
  const { question } = choice;
  try {
    await ctx.store.change((d) => {
      const ch = d.channels[channelKey]!;
      d.nextRound += 1;
      ch.seq += 1;
      ch.asked = choice.newPass ? [question.id] : [...ch.asked, question.id];
      if (!ch.seen.includes(question.id)) ch.seen.push(question.id);
      if (scheduled) ch.lastOccurrence = occurrence.getTime();
      d.rounds[id] = {
        id,
        channel: channelKey,
        season: currentSeason(d, workspaceOfKey(channelKey)),
        seq: ch.seq,
        questionId: question.id,
        topic: question.topic,
        answer: question.answer,
        occurrence: occurrence.getTime(),
        closesAt: closesAt.getTime(),
        answers: [],
      };
    });
  } catch (error) {
    // The round stays in memory and the store keeps retrying; the next tick posts it once it is saved.
    ctx.logger.error({ err: error, round: id }, 'could not save a new round; it will be posted once saved');
    return ctx.store.data.rounds[id];
  }
  await postRound(ctx, id, false);
  return ctx.store.data.rounds[id];
}

/** Posts a recorded round (key = round id) and records where it was posted. Failures are logged and retried by the next tick. */
async function postRound(ctx: EngineContext, roundId: string, retry: boolean): Promise<void> {
  const round = ctx.store.data.rounds[roundId];
  const channel = round && ctx.store.data.channels[round.channel];
  // A channel paused because the platform refuses its posts waits for an admin, not for the next tick.
  if (!round || !channel || round.post !== undefined || channel.pausedBecause !== undefined) return;
  const chat = ctx.chats.get(channel.platform);
  const message = renderRound(ctx, round);
  if (!chat || !message) {
    ctx.logger.error(
      { round: roundId, platform: channel.platform, question: round.questionId },
      'cannot post a round: no chat for its platform or question gone from the bank',
    );
    return;
  }
  try {
    // A retried post must only go out once the round's record is on disk.
    if (retry) await ctx.store.change(() => {});
    // After a crash the post may be out though its record is not: the adapter looks before posting again.
    const ref = await chat.post(
      channelRefOf(channel),
      message,
      round.id,
      retry ? { mayExistSince: round.occurrence } : {},
    );
    await ctx.store.change((d) => {
      const r = d.rounds[roundId]!;
      r.post = ref.messageId;
      r.postedAt = ctx.clock.now().getTime();
    });
  } catch (error) {
    if (isLastingRefusal(error)) return pauseOnRefusal(ctx, round.channel, error);
    ctx.logger.warn(
      { err: error, round: roundId },
      'posting a round failed; retrying on the next tick while it is open',
    );
  }
}

/** Closes a round (stats applied and saved), then reveals it. */
async function closeRound(ctx: EngineContext, roundId: string): Promise<void> {
  const round = ctx.store.data.rounds[roundId];
  if (!round || round.closedAt !== undefined) return;
  await ctx.live.closing(roundId);
  const now = ctx.clock.now().getTime();
  await ctx.store
    .change((d) => applyRoundClose(d, roundId, now))
    .catch((error) =>
      ctx.logger.error({ err: error, round: roundId }, 'could not save a closed round; the store keeps retrying'),
    );
  await revealRound(ctx, roundId);
}

/** Takes the buttons off the round message and posts the answer (key `<round id>-reveal`); `retry` after a failure or a restart. */
async function revealRound(ctx: EngineContext, roundId: string, retry = false): Promise<void> {
  const round = ctx.store.data.rounds[roundId];
  const channel = round && ctx.store.data.channels[round.channel];
  if (!round || !channel || round.revealed) return;
  const chat = ctx.chats.get(channel.platform);
  const question = ctx.questions.get(round.questionId);
  if (chat && question && round.post !== undefined) {
    try {
      const closed = renderRound(ctx, round, true);
      if (closed) await chat.update({ channel: channelRefOf(channel), messageId: round.post }, closed);
    } catch (error) {
      ctx.logger.warn({ err: error, round: roundId }, 'could not take the buttons off a closed round');
    }
    const right = round.answers.filter((a) => a.correct).sort((a, b) => a.at - b.at);
    const message = revealMessage({
      question,
      answered: round.summary?.answered ?? round.answers.length,
      correct: round.summary?.correct ?? right.length,
      firstRight: right.slice(0, 3).map((a) => ctx.store.data.users[a.user] ?? a.user),
    });
    try {
      await chat.post(
        channelRefOf(channel),
        message,
        `${round.id}-reveal`,
        retry ? { mayExistSince: round.closedAt ?? round.closesAt } : {},
      );
    } catch (error) {
      // Refused for good: the channel is paused and the reveal given up, rather than retried each tick.
      if (isLastingRefusal(error)) await pauseOnRefusal(ctx, round.channel, error);
      else {
        ctx.logger.warn({ err: error, round: roundId }, 'posting a reveal failed; retrying on the next tick');
        return;
      }
    }
  }
  await ctx.store
    .change((d) => void (d.rounds[roundId]!.revealed = true))
    .catch((error) => ctx.logger.error({ err: error, round: roundId }, 'could not record a reveal'));
}
