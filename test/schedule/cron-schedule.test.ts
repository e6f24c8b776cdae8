import { schedule } from 'node-cron';
import { describe, expect, it } from 'vitest';
import { nextRun, previousRun } from '../../src/schedule/cron-schedule.js';
import { validateSchedule } from '../../src/schedule/validate-schedule.js';

const weekdaysAtNine = '0 9 * * 1-5';
const at = (iso: string) => new Date(iso);

describe('validateSchedule', () => {
  it.each([
    ['0 9 * * 1-5', 'Europe/Berlin'],
    ['0 9 * * MON-FRI', 'America/New_York'],
    ['*/10 * * * * *', 'UTC'],
    ['0 9 13 * 5', 'Asia/Tokyo'],
  ])('accepts %s in %s', (cron, timezone) => {
    expect(validateSchedule(cron, timezone)).toBeUndefined();
  });

  it.each([
    ['0 25 * * *', 'UTC', 'the hour field "25" is not valid (allowed: 0-23'],
    ['x * * * *', 'UTC', 'the minute field "x" is not valid'],
    ['* * *', 'UTC', 'expected 5 or 6 fields but got 3'],
    ['0 0 30 2 *', 'UTC', '"0 0 30 2 *" is not a valid cron expression'],
    ['0 9 * * 1-5', 'Mars/Olympus', '"Mars/Olympus" is not a known IANA timezone'],
    ['0 9 * * 1-5', 'CEST', '"CEST" is not a known IANA timezone'],
  ])('rejects %s in %s, saying why', (cron, timezone, reason) => {
    expect(validateSchedule(cron, timezone)).toContain(reason);
  });
});

describe('nextRun / previousRun keep local time across daylight saving', () => {
  it.each([
    // Berlin springs forward on Sunday 2026-03-29: 09:00 is 08:00Z before, 07:00Z after.
    ['Europe/Berlin', '2026-03-27T08:00:00Z', '2026-03-30T07:00:00Z'],
    // Berlin falls back on Sunday 2026-10-25: 09:00 is 07:00Z before, 08:00Z after.
    ['Europe/Berlin', '2026-10-23T07:00:00Z', '2026-10-26T08:00:00Z'],
    // New York springs forward on Sunday 2026-03-08: 09:00 is 14:00Z before, 13:00Z after.
    ['America/New_York', '2026-03-06T14:00:00Z', '2026-03-09T13:00:00Z'],
    // New York falls back on Sunday 2026-11-01: 09:00 is 13:00Z before, 14:00Z after.
    ['America/New_York', '2026-10-30T13:00:00Z', '2026-11-02T14:00:00Z'],
  ])('weekdays 09:00 in %s: Friday %s, then Monday %s', (timezone, friday, monday) => {
    expect(nextRun(weekdaysAtNine, timezone, at(friday))).toEqual(at(monday));
    expect(previousRun(weekdaysAtNine, timezone, at(monday))).toEqual(at(monday));
    expect(previousRun(weekdaysAtNine, timezone, new Date(at(monday).getTime() - 1))).toEqual(at(friday));
    const local = new Intl.DateTimeFormat('en-GB', {
      timeZone: timezone,
      weekday: 'short',
      hour: '2-digit',
      minute: '2-digit',
    });
    expect(local.format(at(friday))).toBe('Fri 09:00');
    expect(local.format(at(monday))).toBe('Mon 09:00');
  });

  it('nextRun is strictly after, previousRun is at or before', () => {
    expect(nextRun('0 9 * * *', 'UTC', at('2026-05-01T09:00:00Z'))).toEqual(at('2026-05-02T09:00:00Z'));
    expect(nextRun('0 9 * * *', 'UTC', at('2026-05-01T08:59:59.999Z'))).toEqual(at('2026-05-01T09:00:00Z'));
    expect(previousRun('0 9 * * *', 'UTC', at('2026-05-01T09:00:00Z'))).toEqual(at('2026-05-01T09:00:00Z'));
    expect(previousRun('0 9 * * *', 'UTC', at('2026-05-01T08:59:59.999Z'))).toEqual(at('2026-04-30T09:00:00Z'));
  });

  it('a time skipped by the spring-forward gap runs once at the end of the gap; a repeated time runs once', () => {
    expect(nextRun('30 2 * * *', 'Europe/Berlin', at('2026-03-28T12:00:00Z'))).toEqual(at('2026-03-29T01:00:00Z')); // 03:00 CEST
    expect(nextRun('30 2 * * *', 'Europe/Berlin', at('2026-10-24T12:00:00Z'))).toEqual(at('2026-10-25T00:30:00Z')); // first 02:30
    expect(nextRun('30 2 * * *', 'Europe/Berlin', at('2026-10-25T00:30:00Z'))).toEqual(at('2026-10-26T01:30:00Z')); // not the second
  });

  it('needs both day-of-month and day-of-week when both are given, as node-cron does', () => {
    // Friday the 13th: 2026-02-13 and 2026-03-13 are Fridays.
    expect(nextRun('0 9 13 * 5', 'UTC', at('2026-01-01T00:00:00Z'))).toEqual(at('2026-02-13T09:00:00Z'));
    expect(nextRun('0 9 13 * 5', 'UTC', at('2026-02-14T00:00:00Z'))).toEqual(at('2026-03-13T09:00:00Z'));
  });

  it('agrees with the fire times node-cron itself plans', () => {
    for (const [cron, timezone] of [
      [weekdaysAtNine, 'Europe/Berlin'],
      ['15 18 * * 0,3', 'America/New_York'],
      ['0 9 13 * 5', 'UTC'],
      ['*/7 * * * *', 'Asia/Kolkata'],
    ] as const) {
      const task = schedule(cron, () => {}, { timezone });
      try {
        const now = new Date();
        const planned = task.getNextRuns(3);
        const ours = [nextRun(cron, timezone, now)];
        while (ours.length < 3) ours.push(nextRun(cron, timezone, ours[ours.length - 1]!));
        expect(ours).toEqual(planned);
      } finally {
        void task.destroy();
      }
    }
  });

  it('nextRun throws for a schedule that never fires', () => {
    expect(() => nextRun('0 0 31 2 *', 'UTC', at('2026-01-01T00:00:00Z'))).toThrow(RangeError);
  });
});
