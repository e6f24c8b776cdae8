/** Where the core gets the time from, so tests can decide what "now" is. */
export interface Clock {
  /** The current time (a fresh Date each call). */
  now(): Date;
}

/** The real time. */
export const systemClock: Clock = { now: () => new Date() };

/** The in-memory twin: time stands still until a test sets or advances it. */
export class ManualClock implements Clock {
  private current: number;

  constructor(start: Date | string | number = '2026-01-05T08:00:00Z') {
    this.current = new Date(start).getTime();
    if (Number.isNaN(this.current)) throw new RangeError(`ManualClock: not a date: ${String(start)}`);
  }

  now(): Date {
    return new Date(this.current);
  }

  /** Jumps to `to` (backwards too). */
  set(to: Date | string | number): void {
    const next = new Date(to).getTime();
    if (Number.isNaN(next)) throw new RangeError(`ManualClock.set: not a date: ${String(to)}`);
    this.current = next;
  }

  /** Moves forward by `ms` milliseconds. */
  advance(ms: number): void {
    this.current += ms;
  }
}
