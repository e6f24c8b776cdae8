/**
 * Button ids carry what a click means, so a click needs no lookup table: `r:<round id>:<choice index>`
 * for a daily round, `p:<question id>:<choice index>` for a practice question, `f:<question id>:<reason
 * index>` for a reason offered after "Flag this question" (whose own control id is `f:<question id>`).
 * Short enough for Discord's 100-character custom ids.
 */
export type ParsedChoice =
  | { kind: 'round'; roundId: string; index: number }
  | { kind: 'practice'; questionId: string; index: number }
  | { kind: 'flag'; questionId: string; index: number };

export function roundChoiceId(roundId: string, index: number): string {
  return `r:${roundId}:${index}`;
}

export function practiceChoiceId(questionId: string, index: number): string {
  return `p:${questionId}:${index}`;
}

export function flagReasonChoiceId(questionId: string, index: number): string {
  return `f:${questionId}:${index}`;
}

/** The id of a message's "Flag this question" control for a question. */
export function flagControlId(questionId: string): string {
  return `f:${questionId}`;
}

/** The question a flag control id names, or undefined for anything this bot did not make. */
export function parseFlagControlId(id: string): string | undefined {
  return /^f:([^:]{1,80})$/s.exec(id)?.[1];
}

/** The meaning of a button id, or undefined for anything this bot did not make. */
export function parseChoiceId(id: string): ParsedChoice | undefined {
  const match = /^([rpf]):(.{1,80}):(\d{1,2})$/s.exec(id);
  if (!match) return undefined;
  const index = Number(match[3]);
  if (match[1] === 'r') return { kind: 'round', roundId: match[2]!, index };
  return match[1] === 'p'
    ? { kind: 'practice', questionId: match[2]!, index }
    : { kind: 'flag', questionId: match[2]!, index };
}

/** "A", "B", … for choice `index`. */
export function choiceLabel(index: number): string {
  return String.fromCharCode(65 + index);
}
