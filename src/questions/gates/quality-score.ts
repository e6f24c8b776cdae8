import type { QuestionKind } from '../question-schema.js';

/**
 * A question's quality, 0–1, for the daily chooser to prefer the best: how much an item writer trusts
 * the kind (a situation or "which service does X" tests understanding; a list's membership mostly
 * recall), raised when the stem keeps the fact's qualifiers, lowered when the choices differ much in
 * length or the distractors had to come from far away (generated numbers, another section).
 */
export interface QualityInput {
  kind: Exclude<QuestionKind, 'custom'>;
  choices: readonly string[];
  /** True when the stem carries the fact's conditions or role ("default", "per second"). */
  qualified?: boolean;
  /** Share of distractors taken from the farthest pools (0 when all are close siblings). */
  farShare?: number;
}

const byKind: Record<QualityInput['kind'], number> = {
  usecase: 0.95,
  'definition-to-term': 0.9,
  'notes-question': 0.85,
  quantity: 0.8,
  comparison: 0.75,
  'term-to-definition': 0.75,
  membership: 0.6,
  command: 0.85,
};

export function qualityScore({ kind, choices, qualified = false, farShare = 0 }: QualityInput): number {
  const lengths = choices.map((choice) => choice.length);
  const spread = (Math.max(...lengths) - Math.min(...lengths)) / Math.max(1, ...lengths);
  const score = byKind[kind] + (qualified ? 0.05 : 0) - 0.15 * spread - 0.15 * farShare;
  return Math.round(Math.min(1, Math.max(0, score)) * 100) / 100;
}
