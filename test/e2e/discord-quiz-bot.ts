import { pino } from 'pino';
import { createDiscordAdapter, type DiscordAdapter } from '../../src/adapters/discord/discord-adapter.js';
import type { RetryPolicy } from '../../src/adapters/discord/with-retry.js';
import type { InboundHandler } from '../../src/chat/message.js';
import { createCommandRouter } from '../../src/chat/command-router.js';
import { buildFactDesk } from '../../src/lookup/build-fact-desk.js';
import type { Question } from '../../src/questions/question-schema.js';
import { QuizEngine } from '../../src/quiz/quiz-engine.js';
import type { QuizState } from '../../src/quiz/state-schema.js';
import type { Clock } from '../../src/schedule/clock.js';
import type { JsonStore } from '../../src/store/json-store.js';
import { FakeDiscord } from '../fakes/discord/fake-discord.js';
import { validateSchedule } from '../../src/schedule/validate-schedule.js';

export interface DiscordQuizBotOptions {
  bank: Question[];
  clock: Clock;
  store: JsonStore<QuizState>;
  /** The adapter's back-off (its default when left out). */
  retry?: RetryPolicy;
  /** Autocomplete sources, passed to the adapter when given. */
  complete?: (command: 'limit' | 'define', partial: string) => string[];
  topics?: () => string[];
  /** See QuizSettings.flagsToRetire (the engine's default when left out). */
  flagsToRetire?: number;
  /** What answers the adapter's events (default: the command router with an empty fact desk). */
  route?: (engine: QuizEngine) => InboundHandler;
}

export interface DiscordQuizBot {
  fake: FakeDiscord;
  adapter: DiscordAdapter;
  engine: QuizEngine;
}

/**
 * The whole bot on Discord for an end-to-end run: the fake gateway and REST API, the real discord.js
 * adapter, the real engine (weekdays 09:00 UTC, 8-hour rounds, counts edited after 5 ms), started.
 */
export async function startDiscordQuizBot(options: DiscordQuizBotOptions): Promise<DiscordQuizBot> {
  const logger = pino({ level: 'silent' });
  const fake = await FakeDiscord.start();
  const adapter = createDiscordAdapter({
    token: fake.token,
    appId: fake.appId,
    apiUrl: fake.apiUrl,
    logger,
    ...(options.complete ? { complete: options.complete } : {}),
    ...(options.topics ? { topics: options.topics } : {}),
    ...(options.retry ? { retry: options.retry } : {}),
  });
  const engine = new QuizEngine({
    validateSchedule,
    store: options.store,
    chats: [adapter],
    bank: options.bank,
    clock: options.clock,
    settings: {
      defaultCron: '0 9 * * 1-5',
      defaultTimezone: 'UTC',
      closeAfterHours: 8,
      revealFeedbackAtClose: false,
      retentionDays: 90,
      admins: [],
      countUpdateDelayMs: 5,
      ...(options.flagsToRetire !== undefined ? { flagsToRetire: options.flagsToRetire } : {}),
    },
    logger,
  });
  const route = options.route ?? ((e) => createCommandRouter({ quiz: e, factDesk: buildFactDesk([]), logger }));
  await adapter.start(route(engine));
  return { fake, adapter, engine };
}
