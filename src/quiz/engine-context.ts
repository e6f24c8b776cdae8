import type { Logger } from 'pino';
import type { ChatPort } from '../chat/chat-port.js';
import type { ChannelRef, Platform } from '../chat/message.js';
import type { Question } from '../questions/question-schema.js';
import type { Clock } from '../schedule/clock.js';
import type { JsonStore } from '../store/json-store.js';
import type { LiveRounds } from './live-rounds.js';
import type { ResetRequest } from './season-reset-requests.js';
import { retiredIn } from './curation-state.js';
import type { ChannelState, QuizState } from './state-schema.js';

/** The quiz settings the engine needs (main maps them from the environment settings). */
export interface QuizSettings {
  /** Cron for a new channel, e.g. `0 9 * * 1-5` (weekdays 09:00). */
  defaultCron: string;
  /** IANA timezone for a new channel, e.g. `UTC`. */
  defaultTimezone: string;
  /** A round closes this many hours after it opens (or when the next opens, if sooner). */
  closeAfterHours: number;
  /** When true, people learn whether they were right only at the reveal. */
  revealFeedbackAtClose: boolean;
  /** Rounds closed longer ago than this keep only their counts (at least 32 days, so monthly boards stay whole). */
  retentionDays: number;
  /** Platform user ids (or full keys like `slack:T1:U1`) that may run admin commands anywhere. */
  admins: string[];
  /** How long answer-count edits of a round message are held back to coalesce clicks (default 2000 ms). */
  countUpdateDelayMs?: number;
  /** How many people's flags retire a question in their workspace (default 2; an admin's flag retires at once). */
  flagsToRetire?: number;
}

export interface QuizEngineOptions {
  store: JsonStore<QuizState>;
  /** One chat port per platform the bot runs on. */
  chats: ChatPort[];
  bank: Question[];
  /** Question ids retired for every workspace (the reviewers' `questions/retired.yaml`): never chosen, still known. */
  retired?: Iterable<string>;
  clock: Clock;
  settings: QuizSettings;
  logger: Logger;
  /** Why a cron expression in a timezone cannot be scheduled, or undefined when it can (schedule/validate-schedule.ts). */
  validateSchedule: ScheduleValidator;
}

/** The schedule-validation port: a readable reason, or undefined for a schedule that works. */
type ScheduleValidator = (cron: string, timezone: string) => string | undefined;

/** What every engine part shares. */
export interface EngineContext {
  store: JsonStore<QuizState>;
  chats: Map<Platform, ChatPort>;
  bank: Question[];
  questions: Map<string, Question>;
  /** See `QuizEngineOptions.retired`. */
  retired: Set<string>;
  clock: Clock;
  settings: QuizSettings;
  logger: Logger;
  validateSchedule: ScheduleValidator;
  /** Open rounds' answers and held-back count edits, kept in memory beside the store. */
  live: LiveRounds;
  /** Channel key → when its next occurrence falls, for the schedule it was computed from (saves cron math on idle ticks). */
  nextDue: Map<string, { schedule: string; at: number }>;
  /** Admin user key → their `/prepbot season reset` waiting to be confirmed (see season-reset-requests.ts). */
  resetRequests: Map<string, ResetRequest>;
}

export function createContext(options: QuizEngineOptions, live: LiveRounds): EngineContext {
  return {
    store: options.store,
    chats: new Map(options.chats.map((chat) => [chat.platform, chat])),
    bank: options.bank,
    questions: new Map(options.bank.map((q) => [q.id, q])),
    retired: new Set(options.retired ?? []),
    clock: options.clock,
    settings: options.settings,
    logger: options.logger,
    validateSchedule: options.validateSchedule,
    live,
    nextDue: new Map(),
    resetRequests: new Map(),
  };
}

/** The questions a workspace may be asked: the bank without what reviewers retired or the workspace retired. */
export function activeBank(ctx: EngineContext, workspace: string): Question[] {
  const here = retiredIn(ctx.store.data, workspace);
  if (here.size === 0 && ctx.retired.size === 0) return ctx.bank;
  return ctx.bank.filter((q) => !here.has(q.id) && !ctx.retired.has(q.id));
}

/** The neutral channel reference of a stored channel. */
export function channelRefOf(channel: ChannelState): ChannelRef {
  return { platform: channel.platform, workspace: channel.workspace, channel: channel.channel };
}

/** The workspace's current season number (1 until the first reset). */
export function currentSeason(state: QuizState, workspace: string): number {
  return state.seasons[workspace]?.current ?? 1;
}

export const hourMs = 3_600_000;
export const dayMs = 86_400_000;
