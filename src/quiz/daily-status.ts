import type { DailyStatus } from '../chat/daily-status.js';
import type { ChannelRef, UserRef } from '../chat/message.js';
import { nextRun } from '../schedule/cron-schedule.js';
import { choiceLabel } from './choice-id.js';
import { openRoundsOf } from './close-round.js';
import type { EngineContext } from './engine-context.js';
import { formatDelay } from './format-duration.js';
import { formatTime } from './format-time.js';
import { channelKey, userKey } from './identity.js';
import { renderRound } from './round-lifecycle.js';

/** The channel's open question (with `user`'s answer to it, if any), or when the next one is due. */
export function dailyStatus(ctx: EngineContext, channel: ChannelRef, user?: UserRef): DailyStatus {
  const key = channelKey(channel);
  const state = ctx.store.data.channels[key];
  if (!state?.enabled) return { enabled: false, paused: false };
  const now = ctx.clock.now();
  const round = openRoundsOf(ctx.store.data, key).find((r) => r.closesAt > now.getTime());
  const open = round && renderRound(ctx, round);
  const mine = round && user && round.answers.find((a) => a.user === userKey(user));
  const status: DailyStatus = { enabled: true, paused: state.paused };
  if (open) status.open = open;
  if (mine) status.answered = choiceLabel(mine.choice);
  if (!state.paused) {
    const next = nextRun(state.cron, state.timezone, now);
    status.next = `${formatTime(next, state.timezone, now)} (${formatDelay(next.getTime() - now.getTime())})`;
  }
  return status;
}
