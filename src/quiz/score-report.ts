import type { ChannelRef, Reply, UserRef } from '../chat/message.js';
import { echoText } from '../chat/echo-text.js';
import { UserFacingError } from '../chat/user-facing-error.js';
import { previousRun } from '../schedule/cron-schedule.js';
import { currentSeason, type EngineContext } from './engine-context.js';
import { findPerson } from './find-person.js';
import { channelKey, idOfKey, userKey, workspaceKey } from './identity.js';
import { seasonScores, streakIn, topicTallies } from './season-scores.js';
import { rankScores } from './leaderboard.js';
import { boardFor, seasonLines } from './standings.js';
import { currentStreak } from './streaks.js';

export type Period = 'week' | 'month' | 'all';

const periodNames: Record<Period, string> = { week: 'this week', month: 'this month', all: 'this season' };

function nameOf(ctx: EngineContext, key: string): string {
  return echoText(ctx.store.data.users[key] ?? idOfKey(key), 40);
}

/** Daily and practice tallies of one person, added up per topic. */
function mergedTopics(
  daily: ReadonlyArray<{ topic: string; answered: number; correct: number }>,
  practice: Record<string, [number, number]> = {},
) {
  const merged = new Map(daily.map((t) => [t.topic, { ...t }]));
  for (const [topic, [answered, correct]] of Object.entries(practice)) {
    const tally = merged.get(topic) ?? { topic, answered: 0, correct: 0 };
    tally.answered += answered;
    tally.correct += correct;
    merged.set(topic, tally);
  }
  return [...merged.values()];
}

/** "12 answered, 75% right · 3 due for review", or nothing before the first practice answer. */
function practiceLine(ctx: EngineContext, key: string): string | undefined {
  const practice = ctx.store.data.practice[key];
  const tallies = Object.values(practice?.topics ?? {});
  const answered = tallies.reduce((sum, [n]) => sum + n, 0);
  if (!practice || answered === 0) return undefined;
  const correct = tallies.reduce((sum, [, n]) => sum + n, 0);
  const now = ctx.clock.now().getTime();
  const due = Object.values(practice.cards).filter((card) => card.due <= now).length;
  return `${answered} answered, ${Math.round((100 * correct) / answered)}% right · ${due} due for review`;
}

/**
 * `/score [person]`: points and rank this season, accuracy, current and best streak, practice, and the
 * three weakest topics (lowest share right among topics with a wrong answer, daily and practice
 * together; none when every answer was right).
 * Points include open rounds; accuracy, streaks and daily topics count closed rounds. Practice answers
 * feed the practice line and the topics, never the points.
 */
export function scoreReport(ctx: EngineContext, caller: UserRef, channel: ChannelRef, target?: string): Reply[] {
  const state = ctx.store.data;
  const ws = workspaceKey(channel);
  const key = target?.trim() ? findPerson(state.users, ws, target) : userKey(caller);
  if (!key)
    throw new UserFacingError(
      'UNKNOWN_PERSON',
      `I have no scores for "${echoText(target ?? '')}" here. They need to answer a daily question first.`,
    );
  const season = currentSeason(state, ws);
  const id = idOfKey(key);
  const scores = seasonScores(state, ws, season);
  const totals = scores?.totals[id];
  const ranked = rankScores(seasonLines(state, ws, season));
  const own = ranked.find((s) => s.user === key);
  const who = key === userKey(caller) ? 'You have' : `${nameOf(ctx, key)} has`;
  const practice = practiceLine(ctx, key);
  if (!own && !totals && !practice)
    return [
      {
        visibility: 'private',
        message: { title: `Score · season ${season}`, body: `${who} no points yet this season.` },
      },
    ];
  let current = 0;
  let best = 0;
  for (const channel of Object.values(state.channels)) {
    if (workspaceKey(channel) !== ws) continue;
    const record = streakIn(channel, id, season);
    current = Math.max(current, currentStreak(record, channel.closedSeq));
    best = Math.max(best, record?.best ?? 0);
  }
  const [answered, correct] = [totals?.[2] ?? 0, totals?.[3] ?? 0];
  const accuracy =
    answered > 0 ? `${Math.round((100 * correct) / answered)}% (${correct} of ${answered})` : 'no closed rounds yet';
  // A topic answered right every time is not weak, however few answers it has.
  const weakest = mergedTopics(topicTallies(scores, id), ctx.store.data.practice[key]?.topics)
    .filter((t) => t.correct < t.answered)
    .sort(
      (a, b) =>
        a.correct / a.answered - b.correct / b.answered || b.answered - a.answered || a.topic.localeCompare(b.topic),
    )
    .slice(0, 3)
    .map((t) => `${t.topic} (${t.correct}/${t.answered})`);
  const fields = [
    { label: 'Points', value: String(own?.points ?? 0) },
    { label: 'Rank', value: own ? `${own.rank} of ${ranked.length}` : 'not ranked yet' },
    { label: 'Accuracy', value: accuracy },
    { label: 'Streak', value: `${current} now, best ${best}` },
  ];
  if (practice) fields.push({ label: 'Practice', value: practice });
  if (weakest.length) fields.push({ label: 'Weakest topics', value: weakest.join(', ') });
  return [
    {
      visibility: 'private',
      message: {
        title: `Score · ${nameOf(ctx, key)} · season ${season}`,
        body: `${who} ${own?.points ?? 0} points this season.`,
        fields,
      },
    },
  ];
}

/** Start of the period in the channel's timezone: Monday 00:00 for a week, the 1st 00:00 for a month. */
function periodStart(ctx: EngineContext, channel: ChannelRef, period: Period): number | undefined {
  if (period === 'all') return undefined;
  const tz = ctx.store.data.channels[channelKey(channel)]?.timezone ?? ctx.settings.defaultTimezone;
  const cron = period === 'week' ? '0 0 * * 1' : '0 0 1 * *';
  return previousRun(cron, tz, ctx.clock.now())?.getTime() ?? 0;
}

/**
 * `/leaderboard [week|month|all] [season N]`: the top ten of the workspace's current season (or of an
 * earlier one, whole: seasons that ended stay readable), and the caller's rank.
 */
export function leaderboardReport(
  ctx: EngineContext,
  caller: UserRef,
  channel: ChannelRef,
  period: Period,
  asked?: number,
): Reply[] {
  const state = ctx.store.data;
  const ws = workspaceKey(channel);
  const current = currentSeason(state, ws);
  if (asked !== undefined && asked > current)
    throw new UserFacingError('UNKNOWN_SEASON', `There is no season ${asked} yet: this is season ${current}.`);
  const season = asked ?? current;
  const me = userKey(caller);
  const earlier = season < current;
  const board = boardFor(state, ws, season, me, earlier ? undefined : periodStart(ctx, channel, period));
  const title = earlier
    ? `Leaderboard · season ${season} (ended)`
    : `Leaderboard · ${periodNames[period]} · season ${season}`;
  if (board.top.length === 0) {
    const body = earlier
      ? `Nobody scored in season ${season}.`
      : `No points yet ${periodNames[period]}. Answer the daily question to get on the board.`;
    return [{ visibility: 'private', message: { title, body } }];
  }
  const line = (s: { rank: number; user: string; points: number }) =>
    `${s.rank}. ${nameOf(ctx, s.user)}${s.user === me ? ' (you)' : ''} · ${s.points}`;
  const lines = board.top.map(line);
  if (board.caller) lines.push('…', line(board.caller));
  return [{ visibility: 'private', message: { title, body: lines.join('\n'), context: `${board.ranked} ranked` } }];
}
