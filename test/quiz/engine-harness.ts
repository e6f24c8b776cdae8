import { pino } from 'pino';
import type { ChannelRef, ChoiceEvent, UserRef } from '../../src/chat/message.js';
import type { Question } from '../../src/questions/question-schema.js';
import { QuizEngine, type QuizSettings } from '../../src/quiz/quiz-engine.js';
import { initialQuizState, type QuizState } from '../../src/quiz/state-schema.js';
import { ManualClock } from '../../src/schedule/clock.js';
import type { JsonStore } from '../../src/store/json-store.js';
import { createMemoryStore } from '../../src/store/memory-store.js';
import { StoreWriteError } from '../../src/store/store-errors.js';
import { RecordingChat, type RecordedPost } from '../fakes/recording-chat.js';
import { makeBank } from './sample-bank.js';
import { validateSchedule } from '../../src/schedule/validate-schedule.js';

export const minute = 60_000;
export const hour = 60 * minute;
export const day = 24 * hour;

export const channel: ChannelRef = { platform: 'slack', workspace: 'T1', channel: 'C1' };

export function person(id: string, name = id, workspace = 'T1'): UserRef {
  return { platform: 'slack', workspace, user: id, name };
}

/**
 * The memory store with a switch: while `failing`, a change is applied in memory and then rejected,
 * like the file store when the disk refuses.
 */
export function switchableStore(initial: QuizState = initialQuizState()): JsonStore<QuizState> & { failing: boolean } {
  const inner = createMemoryStore(initial);
  const store = {
    failing: false,
    get data() {
      return inner.data;
    },
    async change(mutate: (data: QuizState) => void) {
      await inner.change(mutate);
      if (store.failing) throw new StoreWriteError('disk refused (test)', 'STORE_WRITE_FAILED');
    },
    close: () => inner.close(),
    health: () => inner.health(),
  };
  return store;
}

export const defaultSettings: QuizSettings = {
  defaultCron: '0 9 * * 1-5',
  defaultTimezone: 'UTC',
  closeAfterHours: 8,
  revealFeedbackAtClose: false,
  retentionDays: 90,
  admins: [],
  countUpdateDelayMs: 5,
};

/** A quiz over the memory store, a manual clock (Monday 2026-01-05 08:00 UTC) and a recording chat. */
export function setup(
  options: {
    bank?: Question[];
    settings?: Partial<QuizSettings>;
    start?: string;
    store?: ReturnType<typeof switchableStore>;
  } = {},
) {
  const clock = new ManualClock(options.start ?? '2026-01-05T08:00:00Z');
  const store = options.store ?? switchableStore();
  const chat = new RecordingChat('slack');
  const bank = options.bank ?? makeBank(['Lambda', 'S3', 'DynamoDB', 'SQS'], 5);
  const settings = { ...defaultSettings, ...options.settings };
  const logger = pino({ level: 'silent' });
  const build = () => new QuizEngine({ store, chats: [chat], bank, clock, settings, logger, validateSchedule });
  const engine = build();
  return { clock, store, chat, bank, settings, engine, build };
}

/** The click of `who` on choice `index` of a posted question. */
export function click(post: RecordedPost, index: number, who: UserRef): ChoiceEvent {
  const choice = post.message.choices?.[index];
  if (!choice) throw new Error(`post ${post.messageId} has no choice ${index}`);
  return { type: 'choice', choiceId: choice.id, user: who, channel: post.channel };
}

/** The index of the right choice of a posted question (looked up in the bank by its stem). */
export function rightIndex(post: RecordedPost, bank: Question[]): number {
  const question = bank.find((q) => q.stem === post.message.body);
  if (!question) throw new Error('posted question not in bank');
  return question.answer;
}

/** Ticks every `step` ms from now, and once more exactly at `until`. */
export async function tickUntil(
  engine: QuizEngine,
  clock: ManualClock,
  until: string | number,
  step = 15 * minute,
): Promise<void> {
  const end = new Date(until).getTime();
  while (clock.now().getTime() + step <= end) {
    clock.advance(step);
    await engine.tick();
  }
  if (clock.now().getTime() < end) {
    clock.set(end);
    await engine.tick();
  }
}
