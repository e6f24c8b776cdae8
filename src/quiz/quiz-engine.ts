import type { DailyStatus } from '../chat/daily-status.js';
import type { ChannelRef, ChoiceEvent, FlagEvent, Reply, UserRef } from '../chat/message.js';
import { flagsReport, restoreQuestion, retireQuestion, retirementNotice } from './curation-admin.js';
import { flagFromControl, flagWithReason } from './flag-question.js';
import { channelRefOf, createContext, type EngineContext, type QuizEngineOptions } from './engine-context.js';
import * as admin from './admin.js';
import { answerRound } from './answer-round.js';
import { parseChoiceId } from './choice-id.js';
import { LiveRounds } from './live-rounds.js';
import { dailyStatus } from './daily-status.js';
import { userKey } from './identity.js';
import { answerPractice, startPractice } from './practice-session.js';
import { renderRound, runTick } from './round-lifecycle.js';
import { leaderboardReport, scoreReport, type Period } from './score-report.js';

export type { QuizEngineOptions, QuizSettings } from './engine-context.js';
export type { Period } from './score-report.js';

/**
 * The quiz: daily rounds per channel, answers, scores, practice. Platform-neutral; the command router
 * calls it, and the bot's minute schedule calls `tick()`. Round-changing operations (tick and the admin commands)
 * run one at a time; answers and reports run at once.
 * Expected refusals throw `UserFacingError` (the router shows their message); anything else is a bug.
 */
export class QuizEngine {
  private readonly ctx: EngineContext;
  private queue: Promise<unknown> = Promise.resolve();

  constructor(options: QuizEngineOptions) {
    const live = new LiveRounds((id) => this.refreshCount(id), options.settings.countUpdateDelayMs ?? 2000);
    this.ctx = createContext(options, live);
  }

  /**
   * Posts the rounds that are due (once per schedule occurrence, also after a restart while the
   * occurrence's window is open), closes and reveals rounds whose time is up, retries failed posts,
   * compacts old rounds. Safe to call as often as you like; overlapping calls run one after another.
   */
  tick(): Promise<void> {
    return this.serial(() => runTick(this.ctx));
  }

  /** A button click (daily round or practice). Resolves with the private replies for the person. */
  async answer(event: ChoiceEvent): Promise<Reply[]> {
    const parsed = parseChoiceId(event.choiceId);
    if (!parsed) return [{ visibility: 'private', message: { body: 'That button no longer works.' } }];
    if (parsed.kind === 'practice') return answerPractice(this.ctx, event, parsed.questionId, parsed.index);
    if (parsed.kind === 'flag')
      return flagWithReason(this.ctx, event.user, event.channel, parsed.questionId, parsed.index, this.adminCheck);
    return answerRound(this.ctx, event, parsed.roundId, parsed.index);
  }

  /** A click on "Flag this question" (or `/flag [reason]`): asks for a reason, or records the flag. */
  flag(event: FlagEvent): Promise<Reply[]> {
    return flagFromControl(this.ctx, event, this.adminCheck);
  }

  /** `/prepbot flags`: flagged and retired questions of the workspace, with counts, reasons and statistics. */
  async flags(channel: ChannelRef): Promise<Reply[]> {
    return flagsReport(this.ctx, channel);
  }

  /** `/prepbot retire <id>` in the caller's workspace; throws UserFacingError for an unknown id. */
  retire(channel: ChannelRef, user: UserRef, id: string): Promise<Reply[]> {
    return retireQuestion(this.ctx, channel, user, id);
  }

  /** `/prepbot restore <id>` in the caller's workspace; throws UserFacingError for an unknown id. */
  restore(channel: ChannelRef, id: string): Promise<Reply[]> {
    return restoreQuestion(this.ctx, channel, id);
  }

  /** For an admin, the private notice of retirements in their workspace they have not been told about (else nothing). */
  retirementNotice(user: UserRef): Promise<Reply[]> {
    return retirementNotice(this.ctx, user, this.adminCheck);
  }

  /** Whether the person may run `/prepbot` admin commands: listed in settings, or the chat platform says so. */
  async isAdmin(user: UserRef): Promise<boolean> {
    const admins = this.ctx.settings.admins;
    if (admins.includes(user.user) || admins.includes(userKey(user))) return true;
    const chat = this.ctx.chats.get(user.platform);
    return chat ? chat.isAdmin(user) : false;
  }

  /** `/prepbot here`, run by `by` (told directly if the channel's posts stop later). */
  here(channel: ChannelRef, by?: UserRef): Promise<Reply[]> {
    return this.serial(() => admin.here(this.ctx, channel, by));
  }

  /** `/prepbot schedule <cron> [timezone]`; throws UserFacingError for a schedule that does not parse. */
  schedule(channel: ChannelRef, cron: string, timezone?: string): Promise<Reply[]> {
    return this.serial(() => admin.schedule(this.ctx, channel, cron, timezone));
  }

  /** `/prepbot pause`. */
  pause(channel: ChannelRef): Promise<Reply[]> {
    return this.serial(() => admin.setPaused(this.ctx, channel, true));
  }

  /** `/prepbot resume`. */
  resume(channel: ChannelRef): Promise<Reply[]> {
    return this.serial(() => admin.setPaused(this.ctx, channel, false));
  }

  /** `/prepbot next`: close the open question and post a new one now. */
  next(channel: ChannelRef): Promise<Reply[]> {
    return this.serial(() => admin.next(this.ctx, channel));
  }

  /** `/prepbot season reset [confirm]` by `user` for the channel's workspace: asks first, then resets on `confirmed`. */
  seasonReset(user: UserRef, channel: ChannelRef, confirmed: boolean): Promise<Reply[]> {
    return this.serial(() => admin.seasonReset(this.ctx, user, channel, confirmed));
  }

  /** `/quiz [topic]`: a private practice question. */
  practice(user: UserRef, channel: ChannelRef, topic?: string): Promise<Reply[]> {
    return startPractice(this.ctx, user, channel, topic);
  }

  /** The channel's open question of the day (and `user`'s answer to it), or when the next one comes. */
  daily(channel: ChannelRef, user?: UserRef): DailyStatus {
    return dailyStatus(this.ctx, channel, user);
  }

  /** `/score [person]`. */
  async score(user: UserRef, channel: ChannelRef, target?: string): Promise<Reply[]> {
    return scoreReport(this.ctx, user, channel, target);
  }

  /** `/leaderboard [week|month|all] [season N]`. */
  async leaderboard(user: UserRef, channel: ChannelRef, period: Period, season?: number): Promise<Reply[]> {
    return leaderboardReport(this.ctx, user, channel, period, season);
  }

  /** Sends any held-back answer-count edits now (tests, shutdown). */
  flush(): Promise<void> {
    return this.ctx.live.flush();
  }

  /** Sends held-back edits and waits for a running tick; call before closing the store. */
  async stop(): Promise<void> {
    await this.flush();
    await this.queue.catch(() => {});
    this.ctx.live.stop();
  }

  private readonly adminCheck = (user: UserRef) => this.isAdmin(user);

  private serial<T>(run: () => Promise<T>): Promise<T> {
    const result = this.queue.then(run, run);
    this.queue = result.catch(() => {});
    return result;
  }

  private async refreshCount(roundId: string): Promise<void> {
    const round = this.ctx.store.data.rounds[roundId];
    const channel = round && this.ctx.store.data.channels[round.channel];
    if (!round || !channel || round.closedAt !== undefined || round.post === undefined) return;
    const message = renderRound(this.ctx, round);
    const chat = this.ctx.chats.get(channel.platform);
    if (!message || !chat) return;
    try {
      await chat.update({ channel: channelRefOf(channel), messageId: round.post }, message);
    } catch (error) {
      this.ctx.logger.warn({ err: error, round: roundId }, 'could not update the answer count');
    }
  }
}
