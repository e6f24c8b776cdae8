/**
 * Coalesces edits of a round message: many clicks within `delayMs` become one edit showing the latest
 * count. At most one edit per round is in flight; clicks during it schedule one more.
 */
export class CountUpdates {
  private readonly timers = new Map<string, NodeJS.Timeout>();
  private readonly running = new Map<string, Promise<void>>();
  private readonly again = new Set<string>();

  constructor(
    private readonly update: (roundId: string) => Promise<void>,
    private readonly delayMs: number,
  ) {}

  /** Asks for an edit of the round's message soon. */
  schedule(roundId: string): void {
    if (this.running.has(roundId)) {
      this.again.add(roundId);
      return;
    }
    if (this.timers.has(roundId)) return;
    const timer = setTimeout(() => void this.run(roundId), this.delayMs);
    timer.unref?.();
    this.timers.set(roundId, timer);
  }

  /** Drops any pending edit of the round (it is closing and gets its final message); resolves once an edit in flight is done. */
  async cancel(roundId: string): Promise<void> {
    clearTimeout(this.timers.get(roundId));
    this.timers.delete(roundId);
    this.again.delete(roundId);
    await this.running.get(roundId)?.catch(() => {});
  }

  /** Runs every pending edit now and waits for the edits in flight. */
  async flush(): Promise<void> {
    const pending = [...this.timers.keys()];
    for (const id of pending) {
      clearTimeout(this.timers.get(id));
      this.timers.delete(id);
    }
    await Promise.all([...pending.map((id) => this.run(id)), ...this.running.values()]);
  }

  /** Forgets every pending edit. */
  stop(): void {
    for (const timer of this.timers.values()) clearTimeout(timer);
    this.timers.clear();
    this.again.clear();
  }

  private async run(roundId: string): Promise<void> {
    this.timers.delete(roundId);
    const job = this.update(roundId).finally(() => {
      this.running.delete(roundId);
      if (this.again.delete(roundId)) this.schedule(roundId);
    });
    this.running.set(roundId, job);
    await job;
  }
}
