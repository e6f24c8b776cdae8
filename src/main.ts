import { runBot, type RunningBot } from './app/run-bot.js';
import { createLogger } from './logging/create-logger.js';
import { systemClock } from './schedule/clock.js';
import { createCronScheduler } from './schedule/scheduler.js';
import { loadSettings } from './settings/load-settings.js';
import { describeStartupError } from './app/startup-error.js';
import { processTerminal } from './app/console-io.js';

/**
 * `prepbot start`: settings → logger → bot → wait. Returns the exit code: 0 after a clean stop
 * (SIGTERM, SIGINT, or the end of the terminal's input), 1 when the bot cannot start.
 */
export async function startFromCli(overrides: { notes?: string; questions?: string; store?: string }): Promise<number> {
  try {
    const settings = loadSettings();
    if (overrides.notes) settings.NOTES_DIR = overrides.notes;
    if (overrides.questions) settings.QUESTIONS_DIR = overrides.questions;
    if (overrides.store) settings.STORE_PATH = overrides.store;
    // In the terminal chat, logs go to a file or stay at warn: they must not interleave with the chat.
    const { io, log } = processTerminal(settings);
    const logger = createLogger({ level: log.level, ...(log.file ? { file: log.file } : {}), secrets: [settings.SLACK_BOT_TOKEN, settings.SLACK_APP_TOKEN, settings.SLACK_SIGNING_SECRET, settings.DISCORD_TOKEN] });
    // Listen for signals before starting: one that arrives while the bot starts up (or in the moment
    // between "running" and here) must stop it cleanly, not kill it with the default action.
    let bot: RunningBot | undefined;
    let stopRequested = false;
    const onSignal = (signal: NodeJS.Signals) => {
      logger.info({ signal }, 'stopping');
      // Whatever happens while stopping, the process is gone within 5 seconds.
      setTimeout(() => process.exit(1), 4_500).unref();
      stopRequested = true;
      void bot?.stop();
    };
    process.once('SIGTERM', onSignal);
    process.once('SIGINT', onSignal);
    bot = await runBot({ settings, io, clock: systemClock, scheduler: createCronScheduler({ logger }), logger });
    if (stopRequested) void bot.stop();
    await bot.done;
    return 0;
  } catch (error) {
    process.stderr.write(`${describeStartupError(error)}\n`);
    return 1;
  }
}
