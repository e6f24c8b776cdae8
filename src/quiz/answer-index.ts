import type { Round } from './state-schema.js';

/**
 * Who already answered a round and how many were right, kept beside the store so a click in a round
 * with 100,000 answers is not a scan. Rebuilt from the round whenever its answer count differs from
 * what the index saw (after a restart, an undo, or a compaction).
 */
export class AnswerIndex {
  private readonly rounds = new Map<string, { users: Map<string, number>; right: number; seen: number }>();

  private entry(round: Round) {
    let entry = this.rounds.get(round.id);
    if (!entry || entry.seen !== round.answers.length) {
      entry = {
        users: new Map(round.answers.map((a) => [a.user, a.choice])),
        right: round.answers.filter((a) => a.correct).length,
        seen: round.answers.length,
      };
      this.rounds.set(round.id, entry);
    }
    return entry;
  }

  /** The choice the person already made in the round, if any. */
  choiceOf(round: Round, user: string): number | undefined {
    return this.entry(round).users.get(user);
  }

  /** Right answers recorded so far. */
  rightCount(round: Round): number {
    return this.entry(round).right;
  }

  /** Call in the same turn as an answer is appended to the round. */
  added(round: Round, user: string, choice: number, correct: boolean): void {
    const entry = this.rounds.get(round.id);
    if (!entry || entry.seen !== round.answers.length - 1) {
      this.rounds.delete(round.id);
      return;
    }
    entry.users.set(user, choice);
    if (correct) entry.right += 1;
    entry.seen = round.answers.length;
  }

  /** Forgets a closed round. */
  forget(roundId: string): void {
    this.rounds.delete(roundId);
  }
}
