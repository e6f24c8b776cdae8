import type { FactItem } from '../knowledge/item.js';
import type { GenerationContext } from './generation-context.js';
import type { Candidate } from './pick-distractors.js';
import { buildQuestion, type Outcome } from './question-draft.js';
import { contentWords } from './text-tools.js';

/**
 * A sizing rule written as a multiple of another amount, "It's suggested to use about 2 times the
 * amount of available memory", the way admins note rules of thumb (swap against RAM, a heap against
 * the container limit, a buffer against the bandwidth-delay product). The rule is asked as "About how
 * much swap space is suggested, relative to the available memory?", with other multiples of the same
 * amount as the wrong choices. What is sized comes from the sentences themselves: the words of a
 * heading above that they name ("Swap" → "your swap space"); without such a name, or without a word
 * saying the multiple is advised, nothing is asked.
 */
export function multipleQuestions(fact: FactItem, context: GenerationContext): Outcome[] {
  const q = fact.quantity;
  if (q?.unit !== 'times' || q.min !== q.max) return [];
  const sentence = fact.text.split(/(?<=[.!?])\s+/).find((part) => part.includes(q.text)) ?? '';
  const rule = MULTIPLE.exec(sentence);
  const advised = ADVISED.exec(sentence)?.[0]?.toLowerCase();
  if (!rule || !advised || Number(rule[2]) !== q.min) return [];
  const base = rule[3]!.toLowerCase();
  const sized = sizedThing(fact, base);
  if (!sized) return [{ skip: 'the notes do not name what the multiple sizes', item: fact }];
  const choice = (times: number): string => `${times} times the ${base}`;
  const numberOf = (text: string): number | undefined => {
    const value = /^(\d+(?:\.\d+)?) times\b/.exec(text)?.[1];
    return value === undefined ? undefined : Number(value);
  };
  const candidates = (): Candidate[] =>
    LADDER.filter((times) => times !== q.min).map((times) => ({ text: choice(times), tier: Math.round(Math.abs(Math.log2(times / q.min)) * 2) }));
  return [
    buildQuestion(
      {
        item: fact,
        kind: 'quantity',
        variant: 'multiple',
        stem: `${rule[1] ? 'About how' : 'How'} much ${sized} is ${advised}, relative to the ${base}?`,
        answer: choice(q.min),
        candidates,
        numberOf,
        explanation: `${sentence.replace(/[.!]+$/, '')}: the ${sized} is sized against the ${base}, not given as a fixed amount.`,
      },
      context,
    ),
  ];
}

/** "about 2 times the amount of available memory", "3x the size of the heap". */
const MULTIPLE = /\b(?:(about|around|roughly|approximately)\s+)?(\d+(?:\.\d+)?)\s*(?:times|x)\s+(?:the\s+)?(?:amount|size|quantity|number)\s+of\s+(?:the\s+)?((?:available|installed|physical|total|allocated)\s+\p{Ll}+|\p{Ll}+)\b/iu;

/** A multiple the notes advise, not one they observe ("is 2 times slower"). */
const ADVISED = /\b(?:suggested|recommended|advised)\b/i;

/** The multiples offered: an item writer's usual ones, around the answer. */
const LADDER = [1.5, 2, 3, 4, 5, 6, 8, 10];

/**
 * What is sized: a heading word above the fact that its text names outside the base amount, with the
 * noun after it ("Swap" over "… your swap space to be 2GB" → "swap space").
 */
function sizedThing(fact: FactItem, base: string): string | undefined {
  const baseWords = new Set(contentWords(base));
  const headingWords = new Set(fact.source.section.flatMap((heading) => contentWords(heading)).filter((word) => word.length >= 4 && !baseWords.has(word)));
  for (const found of fact.text.matchAll(/\b(\p{L}{4,})(?=(?:\s+(\p{Ll}{3,}))?)/gu)) {
    const word = found[1]!.toLowerCase();
    if (!headingWords.has(word)) continue;
    const next = found[2];
    return next && contentWords(next).length === 1 && !baseWords.has(contentWords(next)[0]!) && !/(?:ed|ly)$/.test(next) ? `${word} ${next}` : word;
  }
  return undefined;
}
