import { z } from 'zod';

/**
 * The quiz's whole persistent state, one JSON document behind the store port. Kept compact because a
 * big team means 100,000 people and a year of rounds: times are epoch milliseconds, per-topic tallies
 * are `[answered, correct]` pairs, and rounds older than the retention window keep only counts.
 */

const count = z.number().int().min(0);
const epochMs = z.number().int();
/** `[answered, correct]` */
const tally = z.tuple([count, count]);

/** One person's first click in a round. Later clicks are never stored. */
export const answerSchema = z.object({
  /** User key ("slack:T1:U1"). */
  user: z.string(),
  choice: count,
  correct: z.boolean(),
  at: epochMs,
  /** Points this answer earned (0 when wrong), fixed when the answer is recorded. */
  points: count,
});

/** One daily question in one channel. */
export const roundSchema = z.object({
  id: z.string().min(1),
  /** Channel key ("slack:T1:C1"). */
  channel: z.string(),
  season: z.number().int().min(1),
  /** 1-based number of this round among the channel's rounds: streaks count consecutive `seq`s. */
  seq: z.number().int().min(1),
  questionId: z.string(),
  topic: z.string(),
  /** Index of the right choice, copied so answers stay checkable if the bank changes. */
  answer: count,
  /** The schedule occurrence this round is for (or the moment an admin asked for it). */
  occurrence: epochMs,
  closesAt: epochMs,
  /** Set once the chat platform accepted the post. */
  postedAt: epochMs.optional(),
  /** Platform message id of the post. */
  post: z.string().optional(),
  closedAt: epochMs.optional(),
  /** Set once the reveal was posted. */
  revealed: z.boolean().optional(),
  answers: z.array(answerSchema),
  /** Present once the round is compacted: `answers` is then empty. */
  summary: z.object({ answered: count, correct: count }).optional(),
});

/** A channel prepbot was invited into with `/prepbot here`. */
export const channelStateSchema = z.object({
  platform: z.enum(['slack', 'discord', 'console']),
  workspace: z.string(),
  channel: z.string(),
  enabled: z.boolean(),
  cron: z.string(),
  timezone: z.string(),
  paused: z.boolean(),
  /** The latest schedule occurrence handled (posted, or skipped because its window had passed). */
  lastOccurrence: epochMs.optional(),
  /** Rounds started so far; the next round gets `seq + 1`. */
  seq: count,
  /** `seq` of the latest closed round. */
  closedSeq: count,
  /** Question ids asked in the current pass through the bank (no repeats until the bank is used up). */
  asked: z.array(z.string()),
  /** Every question id ever asked here. */
  seen: z.array(z.string()),
  /** Per-topic `[answered, correct]` of this channel's daily rounds. */
  topics: z.record(z.string(), tally),
});

/** One person's streak in one channel. */
export const streakSchema = z.object({ current: count, best: count, lastSeq: count });

/** One person's standing in one season of one workspace (updated when a round closes). */
export const seasonStatsSchema = z.object({
  points: count,
  /** When the person reached `points` (ties on the leaderboard go to whoever got there first). */
  reachedAt: epochMs,
  answered: count,
  correct: count,
  topics: z.record(z.string(), tally),
  /** Channel key → streak. */
  streaks: z.record(z.string(), streakSchema),
});

/** A ts-fsrs card, dates as epoch ms. */
export const practiceCardSchema = z.object({
  due: epochMs,
  stability: z.number(),
  difficulty: z.number(),
  elapsed_days: z.number(),
  scheduled_days: z.number(),
  learning_steps: z.number(),
  reps: count,
  lapses: count,
  state: z.number().int().min(0).max(3),
  last_review: epochMs.optional(),
});

export const practiceStateSchema = z.object({
  /** The practice question last shown, answerable once. */
  pending: z.string().optional(),
  /** Question id → card. */
  cards: z.record(z.string(), practiceCardSchema),
});

export const quizStateSchema = z.object({
  schemaVersion: z.literal(1),
  /** Counter for round ids (base 36). */
  nextRound: z.number().int().min(1),
  /** User key → display name, as the platform last gave it. */
  users: z.record(z.string(), z.string()),
  /** Channel key → channel. */
  channels: z.record(z.string(), channelStateSchema),
  /** Round id → round. */
  rounds: z.record(z.string(), roundSchema),
  /** Workspace key → current season and when each season started (index 0 is season 1). */
  seasons: z.record(z.string(), z.object({ current: z.number().int().min(1), startedAt: z.array(epochMs) })),
  /** Season key ("slack:T1#1") → user key → stats. Old seasons stay readable. */
  scores: z.record(z.string(), z.record(z.string(), seasonStatsSchema)),
  /** User key → practice cards. */
  practice: z.record(z.string(), practiceStateSchema),
});

export type QuizState = z.infer<typeof quizStateSchema>;
export type Round = z.infer<typeof roundSchema>;
export type Answer = z.infer<typeof answerSchema>;
export type ChannelState = z.infer<typeof channelStateSchema>;
export type SeasonStats = z.infer<typeof seasonStatsSchema>;
export type StreakRecord = z.infer<typeof streakSchema>;
export type PracticeCard = z.infer<typeof practiceCardSchema>;
export type PracticeState = z.infer<typeof practiceStateSchema>;

/** The schema version this code writes. */
export const quizStateVersion = 1;

/** An empty state for a new store file. */
export function initialQuizState(): QuizState {
  return { schemaVersion: 1, nextRound: 1, users: {}, channels: {}, rounds: {}, seasons: {}, scores: {}, practice: {} };
}

/**
 * Step-by-step upgrades for older files: `quizMigrations[n]` turns a version-n document into version
 * n + 1. Empty while version 1 is the only one; the store runs whatever is listed here.
 */
export const quizMigrations: Record<number, (old: any) => unknown> = {};
