import { validateDetailed } from 'node-cron';
import type { Cron } from 'croner';
import { cronFor } from './cron-schedule.js';

/*
 * Whether a cron expression in an IANA timezone can be scheduled, and if not, why, in words a person
 * can act on. node-cron's detailed validation names the field that is wrong; croner (which computes the
 * fire times) then confirms it can read the expression and that some date matches it. The quiz engine
 * gets this function as a port (QuizEngineOptions.validateSchedule), so the core never loads node-cron.
 */

const fieldRanges: Record<string, string> = {
  second: '0-59',
  minute: '0-59',
  hour: '0-23',
  dayOfMonth: '1-31',
  month: '1-12 or JAN-DEC',
  dayOfWeek: '0-7 or SUN-SAT',
};

/** A readable reason why `cron` in `timezone` cannot be scheduled, or undefined when it can. */
export function validateSchedule(cron: string, timezone: string): string | undefined {
  try {
    new Intl.DateTimeFormat('en', { timeZone: timezone });
  } catch {
    return `"${timezone}" is not a known IANA timezone (for example Europe/Berlin, America/New_York, UTC)`;
  }
  const detailed = validateDetailed(cron);
  if (!detailed.valid) {
    const problems = detailed.errors.map((error) => {
      const range = fieldRanges[error.field];
      return range
        ? `the ${error.field} field "${error.value ?? ''}" is not valid (allowed: ${range}, lists, ranges, */steps)`
        : error.message;
    });
    return `"${cron}" is not a valid cron expression: ${problems.join('; ')} (format: [second] minute hour day-of-month month day-of-week)`;
  }
  let job: Cron;
  try {
    job = cronFor(cron, timezone);
  } catch (error) {
    return `"${cron}" is not a valid cron expression: ${(error as Error).message.replace(/^CronPattern: /, '')}`;
  }
  if (job.nextRun(new Date()) === null) return `"${cron}" never fires (no date matches it)`;
  return undefined;
}
