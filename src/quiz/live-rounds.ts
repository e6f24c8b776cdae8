import { AnswerIndex } from './answer-index.js';
import { CountUpdates } from './count-updates.js';

/**
 * What the engine keeps in memory about open rounds, beside the store: who answered what (so a click is
 * checked without scanning the round) and the answer-count edits held back to coalesce clicks. The
 * round lifecycle tells it when an answer is recorded and when a round closes; nothing else changes it.
 */
export class LiveRounds {
  readonly answers = new AnswerIndex();
  private readonly counts: CountUpdates;

  /** `refresh` edits a round's message to show its current answer count. */
  constructor(refresh: (roundId: string) => Promise<void>, countUpdateDelayMs: number) {
    this.counts = new CountUpdates(refresh, countUpdateDelayMs);
  }

  /** An answer to the round is on disk: its message's count is edited soon. */
  recorded(roundId: string): void {
    this.counts.schedule(roundId);
  }

  /** The round is about to close: forget its answers and drop pending count edits (waits for one in flight). */
  async closing(roundId: string): Promise<void> {
    this.answers.forget(roundId);
    await this.counts.cancel(roundId);
  }

  /** Sends every held-back count edit now. */
  flush(): Promise<void> {
    return this.counts.flush();
  }

  /** Forgets held-back edits (shutdown, after `flush`). */
  stop(): void {
    this.counts.stop();
  }
}
