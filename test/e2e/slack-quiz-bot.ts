import { pino } from 'pino';
import { createSlackAdapter, type SlackAdapter } from '../../src/adapters/slack/slack-adapter.js';
import type { SlackRetryPolicy } from '../../src/adapters/slack/slack-app.js';
import type { InboundHandler } from '../../src/chat/message.js';
import { createCommandRouter } from '../../src/chat/command-router.js';
import { buildFactDesk } from '../../src/lookup/build-fact-desk.js';
import type { Question } from '../../src/questions/question-schema.js';
import { QuizEngine } from '../../src/quiz/quiz-engine.js';
import type { QuizState } from '../../src/quiz/state-schema.js';
import type { Clock } from '../../src/schedule/clock.js';
import type { JsonStore } from '../../src/store/json-store.js';
import { FakeSlack, type FakeUser } from '../fakes/slack/fake-slack.js';
import { validateSchedule } from '../../src/schedule/validate-schedule.js';

export interface SlackQuizBotOptions {
  /** The people the fake Slack knows. */
  users: FakeUser[];
  bank: Question[];
  clock: Clock;
  store: JsonStore<QuizState>;
  retry: SlackRetryPolicy;
  /** See QuizSettings.flagsToRetire (the engine's default when left out). */
  flagsToRetire?: number;
  /** What answers the adapter's events (default: the command router with an empty fact desk). */
  route?: (engine: QuizEngine) => InboundHandler | Promise<InboundHandler>;
}

export interface SlackQuizBot {
  fake: FakeSlack;
  adapter: SlackAdapter;
  engine: QuizEngine;
}

/**
 * The whole bot on Slack for an end-to-end run: the fake Slack, the real adapter over Socket Mode, the
 * real engine (weekdays 09:00 UTC, 8-hour rounds, counts edited after 20 ms), started and connected.
 */
export async function startSlackQuizBot(options: SlackQuizBotOptions): Promise<SlackQuizBot> {
  const logger = pino({ level: 'silent' });
  const fake = await FakeSlack.start(options.users);
  const adapter = createSlackAdapter({
    botToken: 'xoxb-test',
    appToken: 'xapp-test',
    apiUrl: fake.apiUrl,
    logger,
    retry: options.retry,
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
      countUpdateDelayMs: 20,
      ...(options.flagsToRetire !== undefined ? { flagsToRetire: options.flagsToRetire } : {}),
    },
    logger,
  });
  const route = options.route ?? ((e) => createCommandRouter({ quiz: e, factDesk: buildFactDesk([]), logger }));
  await adapter.start(await route(engine));
  await fake.socket.connected();
  return { fake, adapter, engine };
}
