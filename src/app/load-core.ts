import type { ChatPort } from '../chat/chat-port.js';
import { createCommandRouter } from '../chat/command-router.js';
import type { InboundHandler, UserRef } from '../chat/message.js';
import type { Logger } from '../logging/create-logger.js';
import { loadNotes } from '../knowledge/load-notes.js';
import { buildFactDesk } from '../lookup/build-fact-desk.js';
import type { FactDesk } from '../lookup/fact-desk.js';
import { loadRetired } from '../questions/curation-files.js';
import { loadQuestionBank } from '../questions/load-bank.js';
import { QuizEngine } from '../quiz/quiz-engine.js';
import {
  initialQuizState,
  quizMigrations,
  quizStateSchema,
  quizStateVersion,
  type QuizState,
} from '../quiz/state-schema.js';
import type { Clock } from '../schedule/clock.js';
import type { Settings } from '../settings/settings-schema.js';
import type { JsonStore } from '../store/json-store.js';
import { openFileStore } from '../store/file-store.js';
import type { StoreFileSystem } from '../store/store-file-system.js';
import type { RetryDelays } from '../store/write-coalescer.js';
import { noteBankDrift } from './bank-drift-notice.js';
import { noteRetirements } from './retirement-notice.js';
import { warnAdminsWhileStoreFails } from './store-warning.js';
import { validateSchedule } from '../schedule/validate-schedule.js';

/** The platform-neutral bot: knowledge, quiz and the router every adapter hands its events to. */
export interface Core {
  factDesk: FactDesk;
  engine: QuizEngine;
  router: InboundHandler;
  store: JsonStore<QuizState>;
}

/** Notes → fact desk, and the question bank: what both the bot and `prepbot ask` stand on. */
export async function loadKnowledge(settings: Pick<Settings, 'NOTES_DIR' | 'QUESTIONS_DIR'>, logger: Logger) {
  const [knowledge, bank, retired] = await Promise.all([
    loadNotes(settings.NOTES_DIR),
    loadQuestionBank(settings.QUESTIONS_DIR),
    loadRetired(settings.QUESTIONS_DIR),
  ]);
  for (const warning of knowledge.warnings) logger.warn(`${warning.file}:${warning.line}: ${warning.message}`);
  logger.info(
    { notes: knowledge.files.length, items: knowledge.items.length, questions: bank.length, retired: retired.length },
    'knowledge loaded',
  );
  const factDesk = buildFactDesk(knowledge.items, {
    lexicon: knowledge.lexicon,
    // A lookup that throws is a program error: logged with its stack (pino's `err`), the person gets an apology.
    onError: (error, where) => logger.error({ err: error, lookup: where }, 'a fact desk lookup failed'),
  });
  return { factDesk, bank, retired: retired.map((entry) => entry.id), notesDigests: knowledge.digests };
}

/** How the store file is reached: the file system and the retry delays after a failed write (tests
 *  pass a file system that fails on purpose, and short delays). */
export interface StoreAccess {
  fs?: StoreFileSystem;
  retry?: RetryDelays;
}

/** Opens the store file named by the settings (validated, migrated; never overwritten when unusable). */
export function openQuizStore(
  settings: Pick<Settings, 'STORE_PATH' | 'STORE_BACKUPS'>,
  logger: Logger,
  access: StoreAccess = {},
) {
  return openFileStore<QuizState>({
    ...access,
    path: settings.STORE_PATH,
    schema: quizStateSchema,
    currentVersion: quizStateVersion,
    migrations: quizMigrations,
    initial: initialQuizState,
    backups: settings.STORE_BACKUPS,
    logger,
  });
}

export type Knowledge = Awaited<ReturnType<typeof loadKnowledge>>;

/** Wires the core together over the knowledge, a store and the chat ports it will post through.
 *  `bankDrift`: the notice admins see under `/prepbot` when the bank and the notes differ. */
export function buildCore(options: {
  settings: Settings;
  knowledge: Knowledge;
  store: JsonStore<QuizState>;
  chats: ChatPort[];
  clock: Clock;
  logger: Logger;
  bankDrift?: string | undefined;
}): Core {
  const { settings, store, logger } = options;
  const { factDesk, bank, retired } = options.knowledge;
  const engine = new QuizEngine({
    store,
    chats: options.chats,
    bank,
    retired,
    clock: options.clock,
    logger,
    validateSchedule,
    settings: {
      defaultCron: settings.DEFAULT_SCHEDULE,
      defaultTimezone: settings.DEFAULT_TIMEZONE,
      closeAfterHours: settings.CLOSE_AFTER_HOURS,
      revealFeedbackAtClose: settings.FEEDBACK_AT_CLOSE,
      retentionDays: settings.RETENTION_DAYS,
      admins: settings.PREPBOT_ADMINS,
      flagsToRetire: settings.FLAGS_TO_RETIRE,
    },
  });
  const router = createCommandRouter({ quiz: engine, factDesk, logger });
  const isAdmin = (user: UserRef) => engine.isAdmin(user);
  const withDrift = noteBankDrift(noteRetirements(router, engine), options.bankDrift, isAdmin);
  return { factDesk, engine, store, router: warnAdminsWhileStoreFails(withDrift, () => store.health(), isAdmin) };
}
