import { Writable } from 'node:stream';
import { pino } from 'pino';
import { describe, expect, it } from 'vitest';
import { ManualClock } from '../../src/schedule/clock.js';
import { ManualScheduler } from '../../src/schedule/manual-scheduler.js';
import { createCronScheduler } from '../../src/schedule/scheduler.js';

describe('cron scheduler (real node-cron)', () => {
  it('fires a task at the next second, not a stopped one, and logs a failing run', async () => {
    const lines: string[] = [];
    const logger = pino(
      { base: undefined },
      new Writable({ write: (chunk, _enc, done) => void (lines.push(String(chunk)), done()) }),
    );
    const scheduler = createCronScheduler({ logger });
    const fired: Date[] = [];
    let stoppedRan = false;
    const firstFire = new Promise<void>((resolve) => {
      const stop = scheduler.every('* * * * * *', 'UTC', () => {
        fired.push(new Date());
        stop();
        resolve();
      });
    });
    const failingLogged = new Promise<void>((resolve) => {
      const check = setInterval(() => {
        if (lines.some((line) => line.includes('scheduled task failed') && line.includes('round failed')))
          resolve(clearInterval(check));
      }, 5);
    });
    const stopFailing = scheduler.every('* * * * * *', 'UTC', async () => {
      throw new Error('round failed');
    });
    scheduler.every('* * * * * *', 'UTC', () => void (stoppedRan = true))();
    const started = Date.now();
    // Both live tasks are due at the next whole second; under load their callbacks may be a little apart.
    await Promise.all([firstFire, failingLogged]);
    stopFailing();
    expect(Date.now() - started).toBeLessThan(1800);
    expect(fired).toHaveLength(1);
    expect(stoppedRan).toBe(false);
    expect(lines.some((line) => line.includes('scheduled task failed') && line.includes('round failed'))).toBe(true);
  });
});

describe('manual scheduler', () => {
  it('runs due tasks in time order with the clock at each fire time, and stops a stopped task', async () => {
    const clock = new ManualClock('2026-03-27T12:00:00Z'); // a Friday
    const scheduler = new ManualScheduler(clock);
    const log: string[] = [];
    scheduler.every('0 9 * * 1-5', 'Europe/Berlin', () => void log.push(`quiz ${clock.now().toISOString()}`));
    const stopReveal = scheduler.every('0 17 * * 1-5', 'Europe/Berlin', async () => {
      await new Promise((resolve) => setTimeout(resolve, 1));
      log.push(`reveal ${clock.now().toISOString()}`);
    });
    await scheduler.advance(4 * 24 * 3600_000); // to Tuesday noon UTC
    expect(log).toEqual([
      'reveal 2026-03-27T16:00:00.000Z', // Friday 17:00 CET
      'quiz 2026-03-30T07:00:00.000Z', // Monday 09:00 CEST
      'reveal 2026-03-30T15:00:00.000Z',
      'quiz 2026-03-31T07:00:00.000Z',
    ]);
    expect(clock.now()).toEqual(new Date('2026-03-31T12:00:00Z'));
    stopReveal();
    log.length = 0;
    await scheduler.advance(24 * 3600_000);
    expect(log).toEqual(['quiz 2026-04-01T07:00:00.000Z']);
  });

  it('fire() jumps to the next fire time and runs every task due then, in the order scheduled', async () => {
    const clock = new ManualClock('2026-05-01T08:00:00Z');
    const scheduler = new ManualScheduler(clock);
    const log: string[] = [];
    scheduler.every('0 9 * * *', 'UTC', () => void log.push('a'));
    scheduler.every('0 9 * * *', 'UTC', () => void log.push('b'));
    expect(await scheduler.fire()).toEqual(new Date('2026-05-01T09:00:00Z'));
    expect(log).toEqual(['a', 'b']);
    expect(scheduler.nextDue()).toEqual(new Date('2026-05-02T09:00:00Z'));
    await expect(scheduler.advanceTo(new Date('2026-04-01T00:00:00Z'))).rejects.toThrow(RangeError);
  });

  it('fire() with no tasks does nothing', async () => {
    const clock = new ManualClock('2026-05-01T08:00:00Z');
    expect(await new ManualScheduler(clock).fire()).toBeUndefined();
    expect(clock.now()).toEqual(new Date('2026-05-01T08:00:00Z'));
  });
});

describe('manual clock', () => {
  it('stands still until set or advanced, and hands out copies', () => {
    const clock = new ManualClock('2026-01-05T08:00:00Z');
    const seen = clock.now();
    seen.setFullYear(1999);
    expect(clock.now()).toEqual(new Date('2026-01-05T08:00:00Z'));
    clock.advance(90_000);
    expect(clock.now()).toEqual(new Date('2026-01-05T08:01:30Z'));
    clock.set('2026-02-01T00:00:00Z');
    expect(clock.now()).toEqual(new Date('2026-02-01T00:00:00Z'));
    expect(() => clock.set('not a date')).toThrow(RangeError);
  });
});
