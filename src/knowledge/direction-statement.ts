import { COMPARATIVE_OPPOSITES } from './english-words.js';

/**
 * A statement that one thing moves another a given way: "LOWER niceness = higher priority", "a
 * higher replica count means higher availability", "the larger the block size, the fewer the
 * blocks". Cheat sheets state such directions in one line; an item writer asks which way the second
 * thing goes. Read only when the direction is the whole statement: inside a longer sentence its
 * conditions ("with these drugs") would be lost.
 */
export interface Direction {
  /** The comparative of the cause, lower-cased ("lower"). */
  causeWay: string;
  /** What changes first ("niceness"). */
  cause: string;
  /** The comparative the notes give the effect ("higher"). */
  effectWay: string;
  /** The comparative pointing the other way ("lower"). */
  oppositeWay: string;
  /** What follows ("priority"). */
  effect: string;
}

const WAYS = [...COMPARATIVE_OPPOSITES.keys()].join('|');
/** A short noun phrase: up to four words, letters and hyphens only. */
const THING = String.raw`(\p{L}[\p{L}-]*(?:\s+\p{L}[\p{L}-]*){0,3})`;
/** "lower X = higher Y", "lower X means higher Y", "lower X -> higher Y". */
const EQUATED = new RegExp(
  String.raw`^(?:an?\s+|the\s+)?(${WAYS})\s+${THING}\s*(?:={1,2}|->|→|=>|\bmeans?\b|\bgives?\b|\blead(?:s)?\s+to\b|\bresults?\s+in\b)\s*(?:an?\s+|the\s+)?(${WAYS})\s+${THING}$`,
  'iu',
);
/** "the higher the X, the lower the Y". */
const THE_THE = new RegExp(
  String.raw`^the\s+(${WAYS})\s+(?:the\s+)?${THING},?\s+the\s+(${WAYS})\s+(?:the\s+)?${THING}$`,
  'iu',
);

/** Words that end no noun phrase: "lower = higher than", "more of". */
const DANGLING = /^(?:than|of|and|or|the|a|an|to|in|is|are)$/i;

/** The direction `text` states as a whole (markdown already cleaned), or undefined. */
export function directionOf(text: string): Direction | undefined {
  // Most statements open with no comparative: told by their first word, before any pattern runs.
  const lead = /^\s*(?:(?:an?|the)\s+)?(\p{L}+)/iu.exec(text)?.[1]?.toLowerCase();
  if (!lead || !COMPARATIVE_OPPOSITES.has(lead)) return undefined;
  const line = text
    .trim()
    .replace(/[.!;]+$/, '')
    .replace(/\s+/g, ' ');
  const found = EQUATED.exec(line) ?? THE_THE.exec(line);
  if (!found) return undefined;
  const [, causeWay, cause, effectWay, effect] = found.map((part) => part?.trim() ?? '');
  const words = [...cause!.split(' '), ...effect!.split(' ')];
  if (words.some((word) => DANGLING.test(word) || COMPARATIVE_OPPOSITES.has(word.toLowerCase()))) return undefined;
  // "more retries" against "fewer retries", "more memory" against "less memory".
  const countable = /[^s]s$/i.test(effect!) && !/ness$/i.test(effect!);
  const oppositeWay =
    effectWay!.toLowerCase() === 'more' && countable ? 'fewer' : COMPARATIVE_OPPOSITES.get(effectWay!.toLowerCase());
  if (!oppositeWay || cause!.toLowerCase() === effect!.toLowerCase()) return undefined;
  return {
    causeWay: causeWay!.toLowerCase(),
    cause: cause!,
    effectWay: effectWay!.toLowerCase(),
    oppositeWay,
    effect: effect!,
  };
}
