import { Cron } from 'croner';
import { validateDetailed } from 'node-cron';

/*
 * Pure questions about a cron expression in an IANA timezone. node-cron (which runs the real schedule)
 * does not expose "next/previous fire time from an arbitrary instant", so the times come from croner,
 * set up to read expressions as node-cron does: 5 fields, or 6 with seconds first, and day-of-month AND
 * day-of-week both required when both are given. Validation asks node-cron too, so an expression that
 * passes here is one node-cron will run. Local times are kept across daylight-saving changes ("09:00 on
 * weekdays" stays 09:00 local); a time skipped by a spring-forward gap runs at the end of the gap, and a
 * time repeated in autumn runs once.
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

/** The latest fire time at or before `at`, or undefined if there is none. */
export function previousRun(cron: string, timezone: string, at: Date): Date | undefined {
  // croner looks strictly before its reference; one millisecond later makes a run exactly at `at` count.
  return cronFor(cron, timezone).previousRuns(1, new Date(at.getTime() + 1))[0];
}

/** The first fire time strictly after `after`. Throws RangeError if the expression never fires. */
export function nextRun(cron: string, timezone: string, after: Date): Date {
  const next = cronFor(cron, timezone).nextRun(after);
  if (next === null) throw new RangeError(`cron "${cron}" never fires after ${after.toISOString()}`);
  return next;
}

function cronFor(cron: string, timezone: string): Cron {
  return new Cron(cron, { timezone, paused: true, domAndDow: true, mode: '5-or-6-parts' });
}
