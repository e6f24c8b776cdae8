import type { Item } from '../knowledge/item.js';
import { isAboutWhatWasAsked } from './about-what-was-asked.js';
import type { DeskCommand, Hit, TermUse } from './fact-index.js';
import { roleFit, type AskedRole } from './query-role.js';

/** At most this many alternatives follow the best answer ("Also: …"). */
const MAX_OTHERS = 2;
/** An alternative must score at least this share of the best answer to be "close". */
const CLOSE_SHARE = 0.5;

/**
 * How many of the query's terms the best item must match to count as an answer: all of one or two
 * terms ("lambda foo" is a miss, not "some Lambda fact"), half of longer queries (people paste whole
 * phrases: "lambda cost 1M requests 512 MB 100 ms").
 */
export function requiredMatches(termCount: number): number {
  return termCount <= 2 ? termCount : Math.ceil(termCount / 2);
}

export interface PickContext {
  command: DeskCommand;
  /** How the notes use each query term (which name subjects). */
  uses: readonly TermUse[];
  /** The value a /limit query asks for ("default", "max"), if it says. */
  role: AskedRole;
  /** How definitional an item's text is, for /define (higher is better). */
  definitional: (item: Item) => number;
  /** Whether the query names the item whole: every word of its name asked ("EFS" is EFS, not EFS-IA). */
  namedWhole: (item: Item, terms: ReadonlySet<string>) => boolean;
  /** Whether the item's nearest heading is what was asked, word for word. */
  inOwnSection: (item: Item, terms: ReadonlySet<string>) => boolean;
  /** Two items that say the same thing are one answer. */
  sameAs: (a: Item, b: Item) => boolean;
}

/**
 * The best hit and its close alternatives, or nothing when no hit is about what was asked (see
 * about-what-was-asked.ts) or matches enough of the query. An item that matches more of the query's
 * words beats one that matches fewer, whatever their scores. Next, for /limit, the value of the role
 * asked for ("default", "max"), then the words found where the item is named; for /define, the words
 * found in what the item is about, then how definitional its text is ("X is a …" over a tip or a step).
 * Items as good as the best on these counts follow it. When the best item leaves some of the query's
 * words unanswered, the first item that answers one of them comes next, however it scores.
 */
export function pickAnswer(scored: readonly Hit[], context: PickContext): Item[] {
  const { command, uses } = context;
  const termCount = uses.length;
  const roleOf = (hit: Hit): number => (command === 'limit' && hit.item.kind === 'fact' ? roleFit(hit.item, context.role) : 0);
  const second = (hit: Hit): number => (command === 'define' ? hit.about : hit.named);
  // Tips, steps and examples step back; among definitions, the definitional shape lifts the score.
  const third = (hit: Hit): number => (command === 'define' ? Math.min(0, context.definitional(hit.item)) : 0);
  const score = (hit: Hit): number => (command === 'define' ? hit.score * (1 + 0.25 * Math.max(0, context.definitional(hit.item))) : hit.score);
  const matched = (hit: Hit): number => hit.terms.length;
  const asked = new Set(uses.map((use) => use.spelled));
  const whole = (hit: Hit): number => (command === 'define' && context.namedWhole(hit.item, asked) ? 1 : 0);
  const own = (hit: Hit): number => (command === 'define' && context.inOwnSection(hit.item, asked) ? 1 : 0);
  const hits = scored
    .filter((hit) => isAboutWhatWasAsked(hit, uses, command))
    .sort(
      (a, b) =>
        matched(b) - matched(a) ||
        whole(b) - whole(a) ||
        own(b) - own(a) ||
        // Under the term's own heading, the first lines say what it is ("What is X?" and its bullets).
        (own(a) === 1 && own(b) === 1 ? third(b) - third(a) || a.position - b.position : 0) ||
        roleOf(b) - roleOf(a) ||
        second(b) - second(a) ||
        third(b) - third(a) ||
        score(b) - score(a) ||
        a.position - b.position,
    );
  const best = hits[0];
  if (!best || matched(best) < requiredMatches(termCount)) return [];
  const chosen: Hit[] = [best];
  const isNew = (hit: Hit) => !chosen.some((c) => c.item === hit.item || context.sameAs(c.item, hit.item));
  const covered = new Set(best.terms);
  // The next thing shown may answer a word the best left out, about whatever it is ("api gateway
  // caching": API Gateway, then what the notes say of caching), so it is sought among all the hits.
  const coversMore = [...scored].sort((a, b) => matched(b) - matched(a) || b.score - a.score).find((hit) => matched(hit) >= requiredMatches(termCount) && hit.terms.some((t) => !covered.has(t)) && isNew(hit));
  if (coversMore) chosen.push(coversMore);
  for (const hit of hits.slice(1)) {
    if (chosen.length > MAX_OTHERS) break;
    const tied = matched(hit) === matched(best) && second(hit) === second(best);
    if (matched(hit) < matched(best) || (!tied && hit.score < best.score * CLOSE_SHARE)) continue;
    if (isNew(hit)) chosen.push(hit);
  }
  // The alternatives in rank order, whichever rule chose them.
  return [best, ...chosen.slice(1).sort((a, b) => hits.indexOf(a) - hits.indexOf(b))].map((hit) => hit.item);
}
