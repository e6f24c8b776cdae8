/**
 * Button ids carry what a click means, so a click needs no lookup table: `r:<round id>:<choice index>`
 * for a daily round, `p:<question id>:<choice index>` for a practice question. Short enough for
 * Discord's 100-character custom ids.
 */
export type ParsedChoice = { kind: 'round'; roundId: string; index: number } | { kind: 'practice'; questionId: string; index: number };

export function roundChoiceId(roundId: string, index: number): string {
  return `r:${roundId}:${index}`;
}

export function practiceChoiceId(questionId: string, index: number): string {
  return `p:${questionId}:${index}`;
}

/** The meaning of a button id, or undefined for anything this bot did not make. */
export function parseChoiceId(id: string): ParsedChoice | undefined {
  const match = /^([rp]):(.{1,80}):(\d{1,2})$/s.exec(id);
  if (!match) return undefined;
  const index = Number(match[3]);
  return match[1] === 'r' ? { kind: 'round', roundId: match[2]!, index } : { kind: 'practice', questionId: match[2]!, index };
}

/** "A", "B", … for choice `index`. */
export function choiceLabel(index: number): string {
  return String.fromCharCode(65 + index);
}
