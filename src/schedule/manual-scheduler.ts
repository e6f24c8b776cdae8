import type { ManualClock } from './clock.js';
import { nextRun } from './cron-schedule.js';
import type { Scheduler } from './scheduler.js';

interface ManualTask {
  cron: string;
  timezone: string;
  run: () => void | Promise<void>;
  due: Date;
  order: number;
}

/**
 * The in-memory twin of the cron scheduler: nothing runs until a test moves its ManualClock through
 * `advance`, `advanceTo` or `fire`, which call every task due on the way, in time order (ties in the
 * order they were scheduled), with the clock set to each fire time, awaiting each run.
 */
export class ManualScheduler implements Scheduler {
  private readonly tasks = new Set<ManualTask>();
  private registered = 0;

  constructor(readonly clock: ManualClock) {}

  every(cron: string, timezone: string, run: () => void | Promise<void>): () => void {
    const task: ManualTask = {
      cron,
      timezone,
      run,
      due: nextRun(cron, timezone, this.clock.now()),
      order: this.registered++,
    };
    this.tasks.add(task);
    return () => void this.tasks.delete(task);
  }

  /** The next fire time of any task, if there are tasks. */
  nextDue(): Date | undefined {
    return this.earliest()?.due;
  }

  /** Moves the clock to the next fire time and runs every task due then; returns that time. */
  async fire(): Promise<Date | undefined> {
    const due = this.nextDue();
    if (due) await this.advanceTo(due);
    return due;
  }

  /** Moves the clock forward by `ms`, running each task due on the way. */
  advance(ms: number): Promise<void> {
    return this.advanceTo(new Date(this.clock.now().getTime() + ms));
  }

  /** Moves the clock to `to`, running each task due on the way (a task due exactly at `to` runs). */
  async advanceTo(to: Date): Promise<void> {
    if (to < this.clock.now())
      throw new RangeError(
        `ManualScheduler.advanceTo: ${to.toISOString()} is before the clock's ${this.clock.now().toISOString()}`,
      );
    for (let task = this.earliest(); task && task.due <= to; task = this.earliest()) {
      this.clock.set(task.due);
      task.due = nextRun(task.cron, task.timezone, task.due);
      await task.run();
    }
    this.clock.set(to);
  }

  private earliest(): ManualTask | undefined {
    let first: ManualTask | undefined;
    for (const task of this.tasks) {
      if (!first || task.due < first.due || (task.due.getTime() === first.due.getTime() && task.order < first.order))
        first = task;
    }
    return first;
  }
}
