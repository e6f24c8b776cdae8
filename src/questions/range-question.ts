import type { FactItem, Quantity } from '../knowledge/item.js';
import type { Candidate } from './pick-distractors.js';
import type { GenerationContext } from './generation-context.js';
import { perContext } from './context-index.js';
import { buildQuestion, type Outcome } from './question-draft.js';
import { contentWords } from './text-tools.js';

/**
 * A range that is one fact, asked as one answer: a port range ("NodePort range is 30000–32767") or a
 * range of plain numbers ("niceness ranges from -20 to 19"). Either end alone would be a wrong answer
 * ("Which port does NodePort use? port 30000"), so the choices are ranges: the notes' other ranges of
 * the same kind first, then near misses a learner mixes up (the low end halved, the window shifted by
 * one or moved past either end).
 */
export function isRangeFact(q: Quantity): boolean {
  return q.min < q.max && Number.isInteger(q.min) && Number.isInteger(q.max) && (q.dimension === 'port' || (q.dimension === 'count' && q.unit === ''));
}

export function rangeQuestion(item: FactItem, q: Quantity, attribute: string, subject: string, context: GenerationContext): Outcome {
  const grouped = /\d,\d{3}/.test(q.text);
  const format = (min: number, max: number): string => formatRange(min, max, q.dimension, grouped);
  const answer = format(q.min, q.max);
  const stem = q.dimension === 'port' ? `Which port range does ${subject} use?` : attribute === '' ? `What is the ${subject} range?` : `What is the range of ${attribute} for ${subject}?`;
  const said = q.dimension === 'port' ? `ports ${answer}` : answer;
  const key = `${q.min}-${q.max}`;
  const about = aboutWords(`${subject} ${attribute}`);
  const earlier = askedRanges(context).get(key) ?? [];
  if (earlier.some((words) => [...about].some((word) => words.has(word)))) return { skip: 'same fact as an earlier question', item };
  const outcome = buildQuestion(
    {
      item,
      kind: 'quantity',
      variant: 'range',
      stem,
      answer,
      candidates: () => rangeCandidates(item, q, format, context),
      numberOf: lowEnd,
      explanation: `For ${subject}, the ${attribute === '' ? 'range' : `range of ${attribute}`} is ${said}.${item.text.length > said.length + 12 ? ` The notes: “${item.text.trim()}”` : ''}`,
    },
    context,
  );
  if ('question' in outcome) askedRanges(context).set(key, [...earlier, about]);
  return outcome;
}

/**
 * "30000–32767" for ports, "-20 to 19" for numbers (a minus sign never stands beside a dash), with
 * thousands grouped only when the notes group them ("1 to 4,094"; an id range "30000 to 32767" is not).
 */
function formatRange(min: number, max: number, dimension: Quantity['dimension'], grouped: boolean): string {
  if (dimension === 'port') return `${min}–${max}`;
  const n = (value: number): string => (grouped ? value.toLocaleString('en-US') : String(value));
  return `${n(min)} to ${n(max)}`;
}

/** The low end of a range choice, for ordering the choices. */
function lowEnd(text: string): number | undefined {
  const match = /-?\d[\d,]*/.exec(text);
  return match ? Number(match[0].replace(/,/g, '')) : undefined;
}

// The port ranges a reader has met elsewhere: system, registered and dynamic ports (IANA), and "unprivileged".
const wellKnownPortRanges: ReadonlyArray<[number, number]> = [
  [0, 1023],
  [1024, 49151],
  [49152, 65535],
  [1024, 65535],
];

/** Ranges asked so far in a run, with the words of what each was about: one range in two files is one fact. */
const askedRanges = perContext(() => new Map<string, Set<string>[]>());

const aboutWords = (text: string): Set<string> => new Set(contentWords(text).filter((word) => !/^(range|ports?|values?|levels?)$/.test(word)).map((word) => word.slice(0, 5)));

function rangeCandidates(item: FactItem, q: Quantity, format: (min: number, max: number) => string, context: GenerationContext): Candidate[] {
  const candidates: Candidate[] = [];
  const fits = (min: number, max: number): boolean =>
    Number.isInteger(min) && Number.isInteger(max) && min < max && (min !== q.min || max !== q.max) && (q.dimension !== 'port' || (min >= 0 && max <= 65_535)) && (q.min < 0 || min >= 0);
  for (const fact of context.facts) {
    const other = fact.quantity;
    if (fact === item || !other || other.dimension !== q.dimension || !isRangeFact(other) || other.min === q.min || !fits(other.min, other.max)) continue;
    candidates.push({ text: format(other.min, other.max), tier: 0 });
  }
  const width = q.max - q.min;
  // Off by one ("-19 to 20") is a slip people make about a short range, not about "30000–32767".
  const short = width <= 100;
  // Each near miss moves the low end: a choice starting where the answer starts reads as half right.
  const near: Array<[number, number]> = [
    ...(short ? ([[q.min + 1, q.max + 1]] as Array<[number, number]>) : []),
    [Math.round(q.min / 2), q.max],
    [q.max + 1, q.max + 1 + width],
    ...(short ? ([[q.min - 1, q.max - 1]] as Array<[number, number]>) : []),
  ];
  near.forEach(([min, max], index) => {
    if (fits(min, max)) candidates.push({ text: format(min, max), tier: 1 + Math.floor(index / 2) });
  });
  if (q.dimension === 'port') for (const [min, max] of wellKnownPortRanges) if (fits(min, max) && min !== q.min) candidates.push({ text: format(min, max), tier: 2 });
  return candidates;
}
