import type { Question } from '../questions/question-schema.js';
import { seededFraction, weightedPick } from './seeded-random.js';

/** What a channel has been asked and how it did, as the chooser needs it. */
export interface ChannelHistory {
  /** Question ids asked in the current pass through the bank. */
  asked: readonly string[];
  /** Every question id ever asked in the channel. */
  seen: readonly string[];
  /** Topic → `[answered, correct]` of the channel's rounds. */
  topics: Readonly<Record<string, readonly [number, number]>>;
  /** Topics of the latest rounds, oldest first. */
  recentTopics: readonly string[];
}

export interface Choice {
  question: Question;
  /** True when every question had been asked and this one starts a new pass through the bank. */
  newPass: boolean;
}

/**
 * Picks the next daily question for a channel:
 * - never one already asked in this pass, until the whole bank has been asked;
 * - more likely from topics the channel gets wrong (wrong rate, smoothed so untried topics count as 50%);
 * - more likely one nobody in the channel has seen;
 * - less likely the topic of the last rounds, so topics are spread out;
 * - more likely a better question: weight grows with the generator's quality score (0–1); a question
 *   without one (hand-written) counts as 0.8, a good generated one.
 * Deterministic: the same bank, history and seed give the same question. Undefined for an empty bank.
 */
/** How much the chooser prefers a question for its quality: 0.1 for the worst, 1.1 for the best (eleven times as likely). */
function preference(q: Pick<Question, 'quality'>): number {
  return 0.1 + (q.quality ?? 0.8);
}

export function chooseQuestion(bank: readonly Question[], history: ChannelHistory, seed: string): Choice | undefined {
  if (bank.length === 0) return undefined;
  const asked = new Set(history.asked);
  let candidates = bank.filter((q) => !asked.has(q.id));
  let newPass = false;
  if (candidates.length === 0) {
    newPass = true;
    const last = history.asked[history.asked.length - 1];
    candidates = bank.length > 1 ? bank.filter((q) => q.id !== last) : [...bank];
  }
  const seen = new Set(history.seen);
  const recent = history.recentTopics.slice(-3);
  const weight = (q: Question) => {
    const [answered, correct] = history.topics[q.topic] ?? [0, 0];
    const wrongRate = (answered - correct + 1) / (answered + 2);
    const weakness = 0.5 + 2 * wrongRate;
    const novelty = seen.has(q.id) ? 0.25 : 1;
    const repeats = recent.filter((t) => t === q.topic).length;
    const spread = recent[recent.length - 1] === q.topic ? 0.1 : 1 / (1 + repeats);
    return weakness * novelty * spread * preference(q);
  };
  // Stable candidate order (by id) so the bank's file order does not change the pick.
  const ordered = [...candidates].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const question = weightedPick(ordered, weight, seededFraction(seed));
  return question ? { question, newPass } : undefined;
}
