import type { Server } from 'node:http';
import { consoleChannel } from '../adapters/console/console-adapter.js';
import type { Logger } from '../logging/create-logger.js';
import { channelKey } from '../quiz/identity.js';
import { previousRun } from '../schedule/cron-schedule.js';
import type { Clock } from '../schedule/clock.js';
import type { Scheduler } from '../schedule/scheduler.js';
import type { Settings } from '../settings/settings-schema.js';
import { startConsoleChat, type ConsoleIo } from './console-io.js';
import { startHealthServer } from './health-server.js';
import { findBankDrift } from './find-bank-drift.js';
import { buildCore, loadKnowledge, openQuizStore, type Core, type StoreAccess } from './load-core.js';
import { pickAdapters, type Adapter } from './pick-adapters.js';

/** How a bot stopped: `unsaved` when the store's last write failed, so changes were lost. */
interface StopOutcome {
  unsaved?: { path: string; changes: number; error: string };
}

/** A running bot: `done` settles when it has stopped (input ended in console mode, or `stop()`). */
export interface RunningBot {
  core: Core;
  adapters: Adapter[];
  done: Promise<StopOutcome>;
  /** Stops taking input, sends held-back edits, flushes the store, closes connections. Idempotent. */
  stop(): Promise<void>;
}

/**
 * Starts the bot: loads notes, questions and the store (each validated, stopping with a clear error),
 * connects the chat platforms (or the terminal), then checks every minute with real cron whether a
 * round is due or closing. In console mode the terminal's channel is set up on first start, and
 * today's question is posted at once if its window is open.
 */
export async function runBot(options: {
  settings: Settings;
  io: ConsoleIo;
  clock: Clock;
  scheduler: Scheduler;
  logger: Logger;
  storeAccess?: StoreAccess;
}): Promise<RunningBot> {
  const { settings, logger } = options;
  const knowledge = await loadKnowledge(settings, logger);
  const drift = await findBankDrift(settings.QUESTIONS_DIR, settings.NOTES_DIR, knowledge.notesDigests);
  if (drift)
    logger.warn(
      { missing: drift.missing.length, added: drift.added.length, changed: drift.changed.length },
      drift.message,
    );
  const store = await openQuizStore(settings, logger, options.storeAccess);
  const adapters = await pickAdapters(settings, knowledge, options.io, logger);
  const core = buildCore({
    settings,
    knowledge,
    store,
    chats: adapters.map((a) => a.port),
    clock: options.clock,
    logger,
    bankDrift: drift?.message,
  });
  let health: Server | undefined;
  let stopTicks = () => {};

  let finished!: (outcome: StopOutcome) => void;
  const done = new Promise<StopOutcome>((resolve) => (finished = resolve));
  let stopping: Promise<void> | undefined;
  const stop = () =>
    (stopping ??= (async () => {
      stopTicks();
      // Held-back answer-count edits go out while the chat connections are still open (stopping an
      // adapter closes its HTTP pool; an edit sent after that retried until the 5 s exit deadline).
      await core.engine.stop();
      await Promise.allSettled(adapters.map((a) => a.port.stop()));
      const outcome: StopOutcome = {};
      await store.close().catch((error: unknown) => {
        const changes = store.health().pendingChanges;
        outcome.unsaved = { path: settings.STORE_PATH, changes, error: (error as Error).message };
        logger.error({ err: error, pendingChanges: changes }, 'the last store write failed');
      });
      await new Promise<void>((resolve) => (health ? health.close(() => resolve()) : resolve()));
      finished(outcome);
    })());

  try {
    const consoleAdapter = adapters.find((a) => a.port.platform === 'console') as
      (Adapter & { ended?: Promise<void> }) | undefined;
    if (consoleAdapter) await setUpConsoleChannel(core, settings, options.clock);
    else for (const adapter of adapters) await adapter.port.start(core.router);
    await core.engine.tick();
    stopTicks = options.scheduler.every('* * * * *', 'UTC', () => core.engine.tick());
    if (settings.HEALTH_PORT)
      health = await startHealthServer(settings.HEALTH_PORT, () => ({
        store: store.health(),
        adapters: adapters.map((a) => a.health()),
      }));
    if (consoleAdapter) {
      // The terminal reads only after today's question (if due) is on screen.
      await startConsoleChat(consoleAdapter, core);
      void consoleAdapter.ended?.then(stop);
    }
  } catch (error) {
    await stop();
    throw error;
  }
  logger.info({ platforms: adapters.map((a) => a.port.platform) }, 'prepbot is running');
  return { core, adapters, done, stop };
}

/** The terminal is one channel with daily questions from the first start on. */
async function setUpConsoleChannel(core: Core, settings: Settings, clock: Clock): Promise<void> {
  const channel = core.store.data.channels[channelKey(consoleChannel)];
  if (channel?.enabled) return;
  await core.engine.here(consoleChannel);
  const now = clock.now().getTime();
  const last = previousRun(settings.DEFAULT_SCHEDULE, settings.DEFAULT_TIMEZONE, new Date(now))?.getTime();
  if (last !== undefined && now - last < settings.CLOSE_AFTER_HOURS * 3_600_000) await core.engine.next(consoleChannel);
}
