import { createEmptyCard, fsrs, Rating, type Card } from 'ts-fsrs';
import type { Question } from '../questions/question-schema.js';
import type { PracticeCard } from './state-schema.js';
import { seededFraction } from './seeded-random.js';

/**
 * Spaced repetition for `/quiz` practice, on ts-fsrs: a right answer is graded Good (the question comes
 * back later and later), a wrong one Again (it comes back within minutes). Fuzz is off so schedules
 * are reproducible.
 */
const scheduler = fsrs({ enable_fuzz: false });

function toCard(card: PracticeCard): Card {
  return {
    ...card,
    due: new Date(card.due),
    last_review: card.last_review === undefined ? undefined : new Date(card.last_review),
  };
}

function fromCard(card: Card): PracticeCard {
  const stored: PracticeCard = {
    due: card.due.getTime(),
    stability: card.stability,
    difficulty: card.difficulty,
    elapsed_days: card.elapsed_days,
    scheduled_days: card.scheduled_days,
    learning_steps: card.learning_steps,
    reps: card.reps,
    lapses: card.lapses,
    state: card.state,
  };
  if (card.last_review) stored.last_review = card.last_review.getTime();
  return stored;
}

/** The card after one practice answer (`previous` undefined for a first sight). */
export function reviewCard(previous: PracticeCard | undefined, correct: boolean, now: Date): PracticeCard {
  const card = previous ? toCard(previous) : createEmptyCard(now);
  return fromCard(scheduler.next(card, now, correct ? Rating.Good : Rating.Again).card);
}

export interface PracticePick {
  question: Question;
  /** `due`: a review whose time has come; `new`: never practised; `ahead`: nothing due, soonest review. */
  reason: 'due' | 'new' | 'ahead';
}

/**
 * The next practice question among `pool`: the most overdue review first, else a question never
 * practised (order fixed by `seed`), else the review due soonest. Undefined for an empty pool.
 */
export function pickPracticeQuestion(
  pool: readonly Question[],
  cards: Readonly<Record<string, PracticeCard>>,
  now: Date,
  seed: string,
): PracticePick | undefined {
  const at = now.getTime();
  const reviewed = pool
    .filter((q) => cards[q.id])
    .sort((a, b) => cards[a.id]!.due - cards[b.id]!.due || (a.id < b.id ? -1 : 1));
  const due = reviewed.find((q) => cards[q.id]!.due <= at);
  if (due) return { question: due, reason: 'due' };
  const fresh = pool.filter((q) => !cards[q.id]);
  if (fresh.length > 0) {
    const ranked = fresh.map((q) => ({ q, r: seededFraction(seed, q.id) })).sort((a, b) => a.r - b.r);
    return { question: ranked[0]!.q, reason: 'new' };
  }
  const soonest = reviewed[0];
  return soonest ? { question: soonest, reason: 'ahead' } : undefined;
}

/** Questions whose topic matches what the person typed: exact (any case) first, else a part of it. */
export function questionsForTopic(bank: readonly Question[], topic: string): Question[] {
  const wanted = topic.trim().toLowerCase();
  if (!wanted) return [...bank];
  const exact = bank.filter((q) => q.topic.toLowerCase() === wanted);
  return exact.length ? exact : bank.filter((q) => q.topic.toLowerCase().includes(wanted));
}
