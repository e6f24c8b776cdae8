import { runBot, type RunningBot } from './app/run-bot.js';
import { createLogger } from './logging/create-logger.js';
import { systemClock } from './schedule/clock.js';
import { createCronScheduler } from './schedule/scheduler.js';
import { loadSettings, type SettingOverrides } from './settings/load-settings.js';
import { describeStartupError } from './app/startup-error.js';
import { processTerminal } from './app/console-io.js';
import { stopWithParent } from './app/stop-with-parent.js';

/**
 * `prepbot start`: settings → logger → bot → wait. Returns the exit code: 0 after a clean stop
 * (SIGTERM, SIGINT, the end of the terminal's input, or npm gone from above it), 1 when the bot cannot
 * start or when its last store write failed (then standard error says what was not saved).
 */
export async function startFromCli(overrides: SettingOverrides): Promise<number> {
  try {
    const settings = loadSettings(undefined, overrides);
    // In the terminal chat, logs go to a file or stay at warn: they must not interleave with the chat.
    const { io, log } = processTerminal(settings);
    const logger = createLogger({
      level: log.level,
      ...(log.file ? { file: log.file } : {}),
      secrets: [
        settings.SLACK_BOT_TOKEN,
        settings.SLACK_APP_TOKEN,
        settings.SLACK_SIGNING_SECRET,
        settings.DISCORD_TOKEN,
      ],
    });
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
    const unwatch = stopWithParent(() => {
      logger.warn(
        'npm, which started prepbot, has gone (npm does not pass signals on); stopping so a restart does not make a second bot',
      );
      onSignal('SIGTERM');
    });
    bot = await runBot({ settings, io, clock: systemClock, scheduler: createCronScheduler({ logger }), logger });
    if (stopRequested) void bot.stop();
    const outcome = await bot.done;
    unwatch();
    if (!outcome.unsaved) return 0;
    const { path, changes, error } = outcome.unsaved;
    process.stderr.write(
      `prepbot: stopped, but the last save of ${path} failed (${error}): ${changes === 1 ? '1 change' : `${changes} changes`} since the last successful save (answers, rounds, scores) were not saved.\n`,
    );
    return 1;
  } catch (error) {
    process.stderr.write(`${describeStartupError(error)}\n`);
    return 1;
  }
}
