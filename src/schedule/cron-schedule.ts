import { Cron } from 'croner';

/*
 * Pure questions about a cron expression in an IANA timezone: when it fires. node-cron (which runs the
 * minute tick) does not expose "next/previous fire time from an arbitrary instant", so the times come
 * from croner, set up to read expressions as node-cron does: 5 fields, or 6 with seconds first, and
 * day-of-month AND day-of-week both required when both are given. Local times are kept across
 * daylight-saving changes ("09:00 on weekdays" stays 09:00 local); a time skipped by a spring-forward gap
 * runs at the end of the gap, and a time repeated in autumn runs once. Whether an expression is valid at
 * all is validate-schedule.ts's question, handed to the quiz engine as a port.
 */

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

/** croner's reading of `cron` in `timezone`; throws when croner cannot read it. */
export function cronFor(cron: string, timezone: string): Cron {
  return new Cron(cron, { timezone, paused: true, domAndDow: true, mode: '5-or-6-parts' });
}
