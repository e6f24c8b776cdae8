import type { ChannelRef, Reply, UserRef } from '../chat/message.js';
import { UserFacingError } from '../chat/user-facing-error.js';
import { nextRun, previousRun } from '../schedule/cron-schedule.js';
import { currentSeason, type EngineContext } from './engine-context.js';
import { formatTime } from './format-time.js';
import { channelKey, userKey, workspaceKey } from './identity.js';
import { closeTimeFor, openRound } from './round-lifecycle.js';
import { requestReset, takeResetRequest } from './season-reset-requests.js';
import type { ChannelState } from './state-schema.js';

/**
 * The `/prepbot` admin operations. The router has already checked the caller is an admin. Each
 * returns the replies to show; expected refusals are `UserFacingError`s.
 */

const toChannel = (body: string): Reply[] => [{ visibility: 'channel', message: { body } }];
const toCaller = (body: string): Reply[] => [{ visibility: 'private', message: { body } }];

function enabledChannel(ctx: EngineContext, ref: ChannelRef): [string, ChannelState] {
  const key = channelKey(ref);
  const channel = ctx.store.data.channels[key];
  if (!channel?.enabled)
    throw new UserFacingError(
      'NOT_SET_UP',
      'prepbot does not post in this channel yet. An admin can run /prepbot here first.',
    );
  return [key, channel];
}

function nextLine(ctx: EngineContext, channel: Pick<ChannelState, 'cron' | 'timezone'>): string {
  const now = ctx.clock.now();
  return `Next question: ${formatTime(nextRun(channel.cron, channel.timezone, now), channel.timezone, now)}.`;
}

/** Refuses (UserFacingError `cannot-post`) when the platform says the bot cannot post in the channel. */
async function checkCanPost(ctx: EngineContext, ref: ChannelRef): Promise<void> {
  const problem = await ctx.chats.get(ref.platform)?.checkChannel?.(ref);
  if (problem) throw new UserFacingError('CANNOT_POST', problem);
}

/**
 * `/prepbot here`: post the daily question in this channel (defaults: settings' schedule and timezone),
 * once the platform confirms the bot can post here. Run again in a channel prepbot paused because its
 * posts were refused, it checks again and resumes.
 */
export async function here(ctx: EngineContext, ref: ChannelRef, admin?: UserRef): Promise<Reply[]> {
  const key = channelKey(ref);
  const now = ctx.clock.now();
  const existing = ctx.store.data.channels[key];
  if (existing?.enabled && existing.pausedBecause !== undefined) return setPaused(ctx, ref, false);
  if (existing?.enabled)
    return toCaller(`prepbot already posts here (${existing.cron}, ${existing.timezone}). ${nextLine(ctx, existing)}`);
  await checkCanPost(ctx, ref);
  const cron = existing?.cron ?? ctx.settings.defaultCron;
  const timezone = existing?.timezone ?? ctx.settings.defaultTimezone;
  // The occurrence already past is not posted retroactively; use /prepbot next for a question now.
  const last = previousRun(cron, timezone, now)?.getTime();
  await ctx.store.change((d) => {
    const ws = workspaceKey(ref);
    d.seasons[ws] ??= { current: 1, startedAt: [now.getTime()] };
    const channel = (d.channels[key] ??= {
      platform: ref.platform,
      workspace: ref.workspace,
      channel: ref.channel,
      enabled: true,
      cron,
      timezone,
      paused: false,
      seq: 0,
      closedSeq: 0,
      asked: [],
      seen: [],
      topics: {},
      streaks: {},
    });
    channel.enabled = true;
    if (admin) channel.setUpBy = { user: admin.user, name: admin.name };
    channel.lastOccurrence = last;
    if (last === undefined) delete channel.lastOccurrence;
  });
  return toChannel(
    `prepbot will post a question here on the schedule ${cron} (${timezone}). ${nextLine(ctx, { cron, timezone })}`,
  );
}

/** `/prepbot schedule <cron> [timezone]`. */
export async function schedule(ctx: EngineContext, ref: ChannelRef, cron: string, timezone?: string): Promise<Reply[]> {
  const [key, channel] = enabledChannel(ctx, ref);
  const tz = timezone ?? channel.timezone;
  const problem = ctx.validateSchedule(cron, tz);
  if (problem) throw new UserFacingError('BAD_SCHEDULE', `That schedule does not work: ${problem}`);
  const last = previousRun(cron, tz, ctx.clock.now())?.getTime();
  await ctx.store.change((d) => {
    const ch = d.channels[key]!;
    ch.cron = cron;
    ch.timezone = tz;
    if (last !== undefined && (ch.lastOccurrence === undefined || last > ch.lastOccurrence)) ch.lastOccurrence = last;
  });
  return toChannel(`New schedule: ${cron} (${tz}). ${nextLine(ctx, { cron, timezone: tz })}`);
}

/** `/prepbot pause` and `/prepbot resume`. Resuming posts a missed question only if its window is still open. */
export async function setPaused(ctx: EngineContext, ref: ChannelRef, paused: boolean): Promise<Reply[]> {
  const [key, channel] = enabledChannel(ctx, ref);
  if (channel.paused === paused)
    return toCaller(paused ? 'Questions are already paused here.' : 'Questions are not paused here.');
  if (!paused) await checkCanPost(ctx, ref);
  await ctx.store.change((d) => {
    const ch = d.channels[key]!;
    ch.paused = paused;
    delete ch.pausedBecause;
  });
  return toChannel(
    paused
      ? 'Daily questions are paused here. /prepbot resume brings them back.'
      : `Daily questions are back. ${nextLine(ctx, channel)}`,
  );
}

/** `/prepbot next`: close the open question (if any) and post a new one now. */
export async function next(ctx: EngineContext, ref: ChannelRef): Promise<Reply[]> {
  const [key, channel] = enabledChannel(ctx, ref);
  const now = ctx.clock.now();
  const round = await openRound(ctx, key, now, closeTimeFor(ctx, channel, now), false);
  if (!round) throw new UserFacingError('EMPTY_BANK', 'There are no questions to post: the question bank is empty.');
  const refused = ctx.store.data.channels[key]?.pausedBecause;
  if (round.post === undefined && refused !== undefined)
    return toCaller(`I could not post here (${refused}), so I paused this channel. Fix it, then run /prepbot resume.`);
  const posted =
    round.post !== undefined
      ? 'Posted a new question.'
      : 'The new question is saved but posting it failed; it will be retried within a minute.';
  return toCaller(`${posted} It closes at ${formatTime(new Date(round.closesAt), channel.timezone, now)}.`);
}

/**
 * `/prepbot season reset`: says what a reset does and asks for `/prepbot season reset confirm` within
 * a minute; that confirmation starts a new season for the whole workspace (the old one stays stored).
 * A confirmation without a live request of the same admin changes nothing.
 */
export async function seasonReset(
  ctx: EngineContext,
  user: UserRef,
  ref: ChannelRef,
  confirmed: boolean,
): Promise<Reply[]> {
  const ws = workspaceKey(ref);
  const now = ctx.clock.now().getTime();
  const old = currentSeason(ctx.store.data, ws);
  const requester = userKey(user);
  if (!confirmed) {
    requestReset(ctx.resetRequests, requester, old, now);
    // Discord's slash command has the confirmation as an option of the season-reset subcommand.
    const confirm =
      ref.platform === 'discord' ? '/prepbot season-reset with confirm: Yes' : '/prepbot season reset confirm';
    return toCaller(
      `This ends season ${old} for the whole workspace: points, ranks and streaks start from zero for everyone in season ${old + 1} (season ${old}'s results stay readable with /leaderboard season ${old}). To go ahead, run ${confirm} within a minute.`,
    );
  }
  const outcome = takeResetRequest(ctx.resetRequests, requester, old, now);
  if (outcome.kind === 'none')
    throw new UserFacingError(
      'RESET_NOT_REQUESTED',
      `Nothing to confirm: season ${old} goes on. Run /prepbot season reset first; it says what a reset does.`,
    );
  if (outcome.kind === 'expired')
    throw new UserFacingError(
      'RESET_EXPIRED',
      `That confirmation came more than a minute after /prepbot season reset, so nothing changed: season ${old} goes on. Run /prepbot season reset again if you still want a new season.`,
    );
  if (outcome.kind === 'season-moved')
    throw new UserFacingError(
      'RESET_SUPERSEDED',
      `Season ${outcome.current} has already started since you asked, so nothing changed.`,
    );
  await ctx.store.change((d) => {
    const season = (d.seasons[ws] ??= { current: 1, startedAt: [0] });
    season.current = old + 1;
    season.startedAt.push(now);
  });
  return toChannel(
    `Season ${old + 1} starts now: points, ranks and streaks start from zero. Season ${old}'s results are kept.`,
  );
}
