import type { ChannelRef, FlagEvent, Reply, UserRef } from '../chat/message.js';
import { flagReasonChoiceId, choiceLabel, parseFlagControlId } from './choice-id.js';
import { addFlag, flagOf, type FlagOutcome } from './curation-state.js';
import type { EngineContext } from './engine-context.js';
import { flagReasonLabels, flagReasons, parseFlagReason } from './flag-reasons.js';
import { workspaceKey } from './identity.js';
import type { FlagReason } from './state-schema.js';

const privately = (body: string): Reply[] => [{ visibility: 'private', message: { body } }];

/** The default of `QuizSettings.flagsToRetire`. */
const defaultFlagsToRetire = 2;

/**
 * A click on "Flag this question" (or `/flag [reason]` in the terminal). With a reason it is recorded
 * at once; without one, the person is asked privately which reason, one button each.
 */
export async function flagFromControl(
  ctx: EngineContext,
  event: FlagEvent,
  isAdmin: (user: UserRef) => Promise<boolean>,
): Promise<Reply[]> {
  const questionId = parseFlagControlId(event.flagId);
  const question = questionId === undefined ? undefined : ctx.questions.get(questionId);
  if (!question) return privately('That question is no longer in the bank, so there is nothing to flag.');
  const earlier = flagOf(ctx.store.data, workspaceKey(event.channel), question.id, event.user.user);
  if (earlier) return privately(already(earlier.reason));
  const reason = event.reason?.trim() ? parseFlagReason(event.reason) : undefined;
  if (reason) return recordFlag(ctx, event.user, event.channel, question.id, reason, isAdmin);
  const typedSomething = event.reason?.trim()
    ? `"${event.reason.trim().slice(0, 40)}" is not one of the reasons. `
    : '';
  return [
    {
      visibility: 'private',
      message: {
        title: 'Flag this question: why?',
        body: `${typedSomething}${question.stem}`,
        choices: flagReasons.map((r, i) => ({
          id: flagReasonChoiceId(question.id, i),
          label: choiceLabel(i),
          text: flagReasonLabels[r],
        })),
        context: 'Only you see this · one flag per person per question',
      },
    },
  ];
}

/** A click on one of the reasons offered by `flagFromControl`. */
export async function flagWithReason(
  ctx: EngineContext,
  user: UserRef,
  channel: ChannelRef,
  questionId: string,
  reasonIndex: number,
  isAdmin: (user: UserRef) => Promise<boolean>,
): Promise<Reply[]> {
  const reason = flagReasons[reasonIndex];
  if (!ctx.questions.has(questionId))
    return privately('That question is no longer in the bank, so there is nothing to flag.');
  if (!reason) return privately('That reason does not exist.');
  return recordFlag(ctx, user, channel, questionId, reason, isAdmin);
}

async function recordFlag(
  ctx: EngineContext,
  user: UserRef,
  channel: ChannelRef,
  questionId: string,
  reason: FlagReason,
  isAdmin: (user: UserRef) => Promise<boolean>,
): Promise<Reply[]> {
  const admin = await isAdmin(user).catch(() => false);
  const workspace = workspaceKey(channel);
  const flagsToRetire = ctx.settings.flagsToRetire ?? defaultFlagsToRetire;
  let outcome: FlagOutcome | undefined;
  try {
    await ctx.store.change((d) => {
      outcome = addFlag(
        d,
        workspace,
        questionId,
        { user: user.user, reason, at: ctx.clock.now().getTime(), admin },
        flagsToRetire,
      );
    });
  } catch (error) {
    // The flag stays in memory and the store keeps retrying, like any other change.
    ctx.logger.error({ err: error, question: questionId }, 'could not save a flag');
    if (!outcome) throw error;
  }
  ctx.logger.info({ workspace, question: questionId, reason, outcome }, 'question flagged');
  return privately(thanks(outcome!, reason, questionId, admin, flagsToRetire));
}

function already(reason: FlagReason): string {
  return `You already flagged this question (${flagReasonLabels[reason]}); one flag per person.`;
}

function thanks(
  outcome: FlagOutcome,
  reason: FlagReason,
  questionId: string,
  admin: boolean,
  flagsToRetire: number,
): string {
  const label = flagReasonLabels[reason];
  switch (outcome.kind) {
    case 'already':
      return already(outcome.reason);
    case 'retired-before':
      return `Thanks, flagged as ${label}. This question is already retired here.`;
    case 'flagged':
      if (!outcome.retired)
        return `Thanks, flagged as ${label}. The admins see it under /prepbot flags; ${flagsToRetire} flags retire a question.`;
      if (admin)
        return `Flagged as ${label} and retired here, since you are an admin: it will not be asked again. /prepbot restore ${questionId} brings it back.`;
      return `Thanks, flagged as ${label}. That makes ${outcome.flags} flags, so this question is retired here: it will not be asked again. The admins are told.`;
  }
}
