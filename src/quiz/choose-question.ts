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
 * - variety of topic first: not a topic of the last three rounds while another topic has questions
 *   left (then not the last round's topic, if that can be helped);
 * - then the best: only questions within `qualityBand` of the best remaining one's quality score
 *   (gates/quality-score.ts, the share of such questions reviewers would publish) are drawn from, so the
 *   strongest questions are asked first and the weakest last;
 * - among those, more likely from topics the channel gets wrong (wrong rate, smoothed so untried topics
 *   count as 50%) and one nobody in the channel has seen.
 * Deterministic: the same bank, history and seed give the same question. Undefined for an empty bank.
 */
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
  const fresh = freshTopics(candidates, history.recentTopics);
  const best = Math.max(...fresh.map(qualityOf));
  const top = fresh.filter((q) => qualityOf(q) >= best - qualityBand);
  const seen = new Set(history.seen);
  const weight = (q: Question) => {
    const [answered, correct] = history.topics[q.topic] ?? [0, 0];
    const wrongRate = (answered - correct + 1) / (answered + 2);
    const weakness = 0.5 + 2 * wrongRate;
    const novelty = seen.has(q.id) ? 0.25 : 1;
    return weakness * novelty;
  };
  // Stable candidate order (by id) so the bank's file order does not change the pick.
  const ordered = [...top].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const question = weightedPick(ordered, weight, seededFraction(seed));
  return question ? { question, newPass } : undefined;
}

/**
 * Scores this close count as equally good: 0.05 is less than the step between two stem forms the
 * reviews tell apart (a quoted fragment 0.30, a direct question 0.35), so the band holds one form.
 */
const qualityBand = 0.05;

/**
 * A question without a score is hand-written or edited by a person (custom/): above every generated
 * form (the best, two rows compared by name, scores 0.78).
 */
const handWritten = 0.9;

const qualityOf = (q: Pick<Question, 'quality'>): number => q.quality ?? handWritten;

/** The candidates whose topic none of the last three rounds had; else not the last round's; else all. */
function freshTopics(candidates: readonly Question[], recentTopics: readonly string[]): readonly Question[] {
  const recent = new Set(recentTopics.slice(-3));
  const away = candidates.filter((q) => !recent.has(q.topic));
  if (away.length > 0) return away;
  const last = recentTopics[recentTopics.length - 1];
  const notLast = candidates.filter((q) => q.topic !== last);
  return notLast.length > 0 ? notLast : candidates;
}
