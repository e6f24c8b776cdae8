import type { ChoiceEvent, Reply } from '../chat/message.js';
import { choiceLabel } from './choice-id.js';
import type { EngineContext } from './engine-context.js';
import { formatTime } from './format-time.js';
import { channelKey, userKey } from './identity.js';
import { pointsFor, type Points } from './scoring.js';
import { streakIn } from './season-scores.js';
import type { Answer } from './state-schema.js';
import { streakBefore } from './streaks.js';

const privately = (body: string): Reply[] => [{ visibility: 'private', message: { body } }];

function explainPoints(points: Points): string {
  const parts = [`${points.base}`];
  if (points.speedBonus) parts.push(`+${points.speedBonus} for being among the first`);
  if (points.streakBonus) parts.push(`+${points.streakBonus} streak bonus`);
  return parts.length > 1 ? `+${points.total} points (${parts.join(', ')})` : `+${points.total} points`;
}

/**
 * A click on a daily round's button. The first click per person counts; a second click or a click after
 * the close is answered privately and changes nothing. The answer is acknowledged only once the store
 * has it on disk; if saving fails it is taken back and the person is asked to try again.
 * A recorded answer is told to `ctx.live`, so the round message's answer count is refreshed.
 */
export async function answerRound(
  ctx: EngineContext,
  event: ChoiceEvent,
  roundId: string,
  index: number,
): Promise<Reply[]> {
  const answers = ctx.live.answers;
  const state = ctx.store.data;
  const round = state.rounds[roundId];
  const channel = round && state.channels[round.channel];
  if (!round || !channel || round.channel !== channelKey(event.channel))
    return privately('That question is no longer open.');
  const now = ctx.clock.now();
  const closesAt = formatTime(new Date(round.closesAt), channel.timezone, now);
  if (round.closedAt !== undefined || now.getTime() >= round.closesAt) {
    return privately(`This question closed at ${closesAt}; your click was not counted. The answer is in the channel.`);
  }
  const user = userKey(event.user);
  const earlier = answers.choiceOf(round, user);
  if (earlier !== undefined)
    return privately(`You already answered ${choiceLabel(earlier)}; only your first answer counts.`);
  const question = ctx.questions.get(round.questionId);
  const choices = question?.choices.length ?? round.answer + 1;
  if (index >= choices) return privately('That choice does not exist on this question.');

  const correct = index === round.answer;
  const streak = streakBefore(streakIn(channel, event.user.user, round.season), round.seq);
  const points = pointsFor({ correct, rightBefore: answers.rightCount(round), streakBefore: streak });
  const answer: Answer = { user, choice: index, correct, at: now.getTime(), points: points.total };
  // No await before this change: the checks above and the push below happen in one turn, so two
  // clicks arriving together cannot both count.
  const saving = ctx.store.change((d) => {
    d.rounds[roundId]!.answers.push(answer);
    if (d.users[user] !== event.user.name) d.users[user] = event.user.name;
  });
  answers.added(round, user, index, correct);
  try {
    await saving;
  } catch (error) {
    ctx.logger.error({ err: error, round: roundId, user }, 'could not save an answer; taking it back');
    await ctx.store
      .change((d) => {
        const answers = d.rounds[roundId]?.answers;
        const at = answers?.indexOf(answer) ?? -1;
        if (answers && at >= 0) answers.splice(at, 1);
      })
      .catch(() => {});
    return privately('Sorry, your answer could not be saved. Please try again in a moment.');
  }
  ctx.live.recorded(roundId);
  const label = choiceLabel(index);
  if (ctx.settings.revealFeedbackAtClose) {
    return privately(
      `✓ Recorded your answer ${label}. You will see whether it was right when the question closes at ${closesAt}.`,
    );
  }
  if (correct) return privately(`✓ Recorded your answer ${label}: right! ${explainPoints(points)}.`);
  return privately(`✓ Recorded your answer ${label}: not right this time. The answer is revealed at ${closesAt}.`);
}
