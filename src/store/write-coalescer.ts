import type { Logger } from 'pino';
import type { StoreHealth } from './json-store.js';
import { StoreWriteError } from './store-errors.js';

interface Waiter {
  resolve: () => void;
  reject: (error: unknown) => void;
}

/** How long to wait before retrying a failed write in the background (doubling up to the maximum). */
export interface RetryDelays {
  firstMs: number;
  maxMs: number;
}

/**
 * Turns many "please persist" requests into few writes: requests made while a write is in flight wait
 * for the next write, which carries all of them. `write` must snapshot the data synchronously when called.
 * After a failure the requests of that write are rejected, and a background timer retries until a write
 * succeeds (or `close`).
 */
export class WriteCoalescer {
  /** Writes that reached the disk. */
  writes = 0;
  private unsaved = 0;
  private waiters: Waiter[] = [];
  private running: Promise<void> | undefined;
  private closed = false;
  private lastError: string | undefined;
  private retryTimer: NodeJS.Timeout | undefined;
  private retryDelay: number;

  constructor(
    private readonly write: () => Promise<void>,
    private readonly options: { describe: string; retry: RetryDelays; logger?: Logger },
  ) {
    this.retryDelay = options.retry.firstMs;
  }

  /** Records one applied change and resolves once a write containing it has reached the disk. */
  request(): Promise<void> {
    this.unsaved += 1;
    return new Promise<void>((resolve, reject) => {
      this.waiters.push({ resolve, reject });
      this.running ??= this.drain(false);
    });
  }

  /** Waits for the write in flight, writes what is still unsaved, and stops retrying for good; rejects
   *  with StoreWriteError if that last write fails. */
  async close(): Promise<void> {
    this.closed = true;
    try {
      while (this.running) await this.running;
      if (this.unsaved === 0) return;
      await new Promise<void>((resolve, reject) => {
        this.waiters.push({ resolve, reject });
        this.running ??= this.drain(false);
      });
    } finally {
      this.stopRetrying();
    }
  }

  health(): StoreHealth {
    return {
      state: this.lastError === undefined ? 'ok' : 'failing',
      ...(this.lastError === undefined ? {} : { lastError: this.lastError }),
      pendingChanges: this.unsaved,
    };
  }

  private stopRetrying(): void {
    clearTimeout(this.retryTimer);
    this.retryTimer = undefined;
  }

  /** Runs as `running`; it clears `running` itself in the same step as its last check for waiters, so a
   *  request can never slip in between and be left waiting. */
  private async drain(retrying: boolean): Promise<void> {
    // Let changes made in the same tick join this write.
    await Promise.resolve();
    let failed = false;
    try {
      while (this.waiters.length > 0 || (retrying && this.unsaved > 0)) {
        retrying = false;
        const batch = this.waiters.splice(0);
        const included = this.unsaved;
        try {
          await this.write();
        } catch (error) {
          failed = true;
          this.recordFailure(error);
          const rejection = new StoreWriteError(
            `could not save ${this.options.describe}: ${(error as Error).message}; the change is kept in memory and saving is retried`,
            'STORE_WRITE_FAILED',
            { cause: error },
          );
          for (const waiter of batch) waiter.reject(rejection);
          continue;
        }
        failed = false;
        this.writes += 1;
        this.unsaved -= included;
        this.recordSuccess();
        for (const waiter of batch) waiter.resolve();
      }
    } finally {
      this.running = undefined;
    }
    if (failed) this.scheduleRetry();
  }

  private recordFailure(error: unknown): void {
    this.lastError = (error as Error).message ?? String(error);
    this.options.logger?.error(
      { err: error, pendingChanges: this.unsaved },
      `store: could not save ${this.options.describe}; retrying in ${this.retryDelay} ms`,
    );
  }

  private recordSuccess(): void {
    if (this.lastError !== undefined) this.options.logger?.info(`store: saving ${this.options.describe} works again`);
    this.lastError = undefined;
    this.retryDelay = this.options.retry.firstMs;
  }

  private scheduleRetry(): void {
    if (this.retryTimer !== undefined || this.closed) return;
    const delay = this.retryDelay;
    this.retryDelay = Math.min(this.retryDelay * 2, this.options.retry.maxMs);
    this.retryTimer = setTimeout(() => {
      this.retryTimer = undefined;
      if (this.running) this.scheduleRetry();
      else this.running = this.drain(true);
    }, delay);
    // A failing disk must not keep the process alive on its own.
    this.retryTimer.unref();
  }
}
