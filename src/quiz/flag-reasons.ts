import type { FlagReason } from './state-schema.js';

/** The reasons a person can give for flagging a question, in the order they are offered. */
export const flagReasons: readonly FlagReason[] = ['wrong', 'unclear', 'easy', 'useless'];

/** How each reason reads in chat and in `retired.yaml`. */
export const flagReasonLabels: Record<FlagReason, string> = {
  wrong: 'wrong answer',
  unclear: 'unclear',
  easy: 'too easy',
  useless: 'not useful',
};

/** Words a person may type for each reason (`/flag wrong`, `/flag too easy`, `/flag 3`). */
const typed: Record<FlagReason, string[]> = {
  wrong: ['wrong', 'wrong answer', 'incorrect', 'a', '1'],
  unclear: ['unclear', 'confusing', 'b', '2'],
  easy: ['easy', 'too easy', 'c', '3'],
  useless: ['useless', 'not useful', 'd', '4'],
};

/** The reason a person typed, or undefined when it is none of them. */
export function parseFlagReason(text: string): FlagReason | undefined {
  const words = text.trim().toLowerCase().replace(/\s+/g, ' ');
  return flagReasons.find((reason) => typed[reason].includes(words) || words === reason);
}
