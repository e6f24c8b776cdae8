import { z } from 'zod';
import { bulkRecord, isCounts, isText } from './bulk-record-schema.js';
import { addCuration } from './migrate-curation.js';

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
const answerSchema = z.object({
  /** User key ("slack:T1:U1"). */
  user: z.string(),
  choice: count,
  correct: z.boolean(),
  at: epochMs,
  /** Points this answer earned (0 when wrong), fixed when the answer is recorded. */
  points: count,
});

/** One daily question in one channel. */
const roundSchema = z.object({
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

/** `[current, best, lastSeq, season]`: one person's streak in one channel (see streaks.ts). */
type StreakTuple = [number, number, number, number];
const streakMapSchema = bulkRecord(
  (v): v is StreakTuple => isCounts(4)(v) && v[3]! >= 1,
  '[current, best, last round, season] of whole numbers',
);

/** A channel prepbot was invited into with `/prepbot here`. */
const channelStateSchema = z.object({
  platform: z.enum(['slack', 'discord', 'console']),
  workspace: z.string(),
  channel: z.string(),
  enabled: z.boolean(),
  cron: z.string(),
  timezone: z.string(),
  paused: z.boolean(),
  /** Set when prepbot paused the channel itself because the platform refuses its posts for good (a sentence for admins). */
  pausedBecause: z.string().optional(),
  /** Who ran `/prepbot here` (platform user id and name): told directly when the channel's posts stop. */
  setUpBy: z.object({ user: z.string(), name: z.string() }).optional(),
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
  /** User id → streak in this channel. */
  streaks: streakMapSchema,
});

/** `[points, reachedAt, answered, correct]`: reachedAt is when the person reached `points` (ties go to whoever got there first). */
export type Totals = [number, number, number, number];

/**
 * Everyone's standing in one season of one workspace, updated when a round closes. Keyed by the
 * platform's user id (the workspace is the container's). Flat arrays rather than an object per person
 * and topic: a 100,000-person workspace loads and validates several times faster this way.
 */
const seasonScoresSchema = z.object({
  /** User id → totals. */
  totals: bulkRecord((v): v is Totals => isCounts(4)(v), '[points, reached at, answered, correct] of whole numbers'),
  /** Topic names; `topics` refers to them by index. */
  topicNames: z.array(z.string()),
  /** User id → `[topic index, answered, correct, topic index, answered, correct, …]`. */
  topics: bulkRecord(
    (v): v is number[] => isCounts()(v) && v.length % 3 === 0,
    'a list of whole numbers in threes (topic, answered, correct)',
  ),
});

/** A ts-fsrs card, dates as epoch ms. */
const practiceCardSchema = z.object({
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

const practiceStateSchema = z.object({
  /** The practice question last shown, answerable once. */
  pending: z.string().optional(),
  /** Question id → card. */
  cards: z.record(z.string(), practiceCardSchema),
  /** Topic → [answered, correct] over every practice answer (added later: missing in older files). */
  topics: z.record(z.string(), z.tuple([count, count])).optional(),
});

/** Why a person flagged a question (see flag-reasons.ts for the words shown). */
const flagReasonSchema = z.enum(['wrong', 'unclear', 'easy', 'useless']);

/** One person's flag on one question. One per person per question and workspace. */
const flagSchema = z.object({
  /** User id within the workspace. */
  user: z.string(),
  reason: flagReasonSchema,
  at: epochMs,
  /** The person was an admin when they flagged (an admin's flag retires at once). */
  admin: z.boolean(),
});

/** What a workspace decided about one question. */
const questionCurationSchema = z.object({
  flags: z.array(flagSchema),
  /** Present while the question is retired in this workspace. */
  retired: z.object({ at: epochMs, by: z.enum(['flags', 'admin']), user: z.string().optional() }).optional(),
  /** When an admin last restored it: only flags given since count towards retiring it again. */
  restoredAt: epochMs.optional(),
});

/**
 * `[answered, correct, top answered, top correct, bottom answered, bottom correct]` of a question's daily
 * rounds: top and bottom are the strongest and weakest third of each round's answerers by season points
 * before that round (see item-stats.ts).
 */
export type ItemTally = [number, number, number, number, number, number];
const itemTallyMapSchema = bulkRecord(
  (v): v is ItemTally => isCounts(6)(v),
  '[answered, correct, top answered, top correct, bottom answered, bottom correct] of whole numbers',
);

/** A workspace's flags, retirements and item statistics. */
const workspaceCurationSchema = z.object({
  /** Question id → flags and retirement. */
  questions: z.record(z.string(), questionCurationSchema),
  /** Question id → item tally. */
  items: itemTallyMapSchema,
  /** Admin user id → the latest retirement they have been told about (epoch ms). */
  noticed: z.record(z.string(), epochMs),
});

/** The quiz's state. The store file adds `schemaVersion` itself (see src/store), so it is not part of the data. */
export const quizStateSchema = z.object({
  /** Counter for round ids (base 36). */
  nextRound: z.number().int().min(1),
  /** User key → display name, as the platform last gave it. */
  users: bulkRecord(isText, 'a display name'),
  /** Channel key → channel. */
  channels: z.record(z.string(), channelStateSchema),
  /** Round id → round. */
  rounds: z.record(z.string(), roundSchema),
  /** Workspace key → current season and when each season started (index 0 is season 1). */
  seasons: z.record(z.string(), z.object({ current: z.number().int().min(1), startedAt: z.array(epochMs) })),
  /** Season key ("slack:T1#1") → scores. Old seasons stay readable. */
  scores: z.record(z.string(), seasonScoresSchema),
  /** User key → practice cards. */
  practice: z.record(z.string(), practiceStateSchema),
  /** Workspace key → flags, retirements and item statistics (added in version 2). */
  curation: z.record(z.string(), workspaceCurationSchema),
});

export type QuizState = z.infer<typeof quizStateSchema>;
export type Round = z.infer<typeof roundSchema>;
export type Answer = z.infer<typeof answerSchema>;
export type ChannelState = z.infer<typeof channelStateSchema>;
export type SeasonScores = z.infer<typeof seasonScoresSchema>;
export type PracticeCard = z.infer<typeof practiceCardSchema>;
export type FlagReason = z.infer<typeof flagReasonSchema>;
export type Flag = z.infer<typeof flagSchema>;
export type QuestionCuration = z.infer<typeof questionCurationSchema>;
export type WorkspaceCuration = z.infer<typeof workspaceCurationSchema>;

/** The schema version this code writes: pass as the store's `currentVersion`. */
export const quizStateVersion = 2;

/** An empty state for a new store file. */
export function initialQuizState(): QuizState {
  return { nextRound: 1, users: {}, channels: {}, rounds: {}, seasons: {}, scores: {}, practice: {}, curation: {} };
}

/**
 * Step-by-step upgrades for older files: `quizMigrations[n]` turns a version n - 1 document into
 * version n (the store's convention); the store runs whatever is listed here.
 * - 2: flags, retirements and item statistics (`curation`), the statistics rebuilt from the closed
 *   rounds that still hold their answers (compacted rounds kept only counts, so they cannot say who).
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- an older version's data has no type of its own
export const quizMigrations: Record<number, (old: any) => unknown> = {
  2: (old) => addCuration(old),
};
