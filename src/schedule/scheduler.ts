import { schedule } from 'node-cron';
import type { Logger } from 'pino';

/** Runs tasks on cron schedules. The core depends on this port, never on node-cron itself. */
export interface Scheduler {
  /** Calls `run` at every fire time of `cron` in the IANA `timezone` (validate both first with
   *  validateSchedule). Returns a function that stops this task. A rejected promise or a throw from
   *  `run` is logged and does not stop later runs. */
  every(cron: string, timezone: string, run: () => void | Promise<void>): () => void;
}

/** The real scheduler, on node-cron's timers. Tasks do not keep the process alive on their own. */
export function createCronScheduler(options: { logger?: Logger } = {}): Scheduler {
  return {
    every(cron, timezone, run) {
      const task = schedule(
        cron,
        async () => {
          try {
            await run();
          } catch (error) {
            options.logger?.error({ err: error, cron, timezone }, 'scheduled task failed');
          }
        },
        // noOverlap: a slow run (a quiz round posting to a slow chat) never runs twice at once.
        { timezone, noOverlap: true, unref: true, ...(options.logger ? { logger: toCronLogger(options.logger) } : {}) },
      );
      return () => void task.destroy();
    },
  };
}

function toCronLogger(logger: Logger) {
  return {
    info: (message: string) => logger.info(`node-cron: ${message}`),
    warn: (message: string) => logger.warn(`node-cron: ${message}`),
    error: (message: string | Error, err?: Error) =>
      logger.error({ err: err ?? message }, `node-cron: ${String(message)}`),
    debug: (message: string | Error, err?: Error) =>
      logger.debug({ err: err ?? message }, `node-cron: ${String(message)}`),
  };
}
