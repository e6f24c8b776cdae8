import type { Message } from '../chat/message.js';
import type { FactItem, Item } from '../knowledge/item.js';
import type { FactDesk } from './fact-desk.js';
import { buildFactIndex, type DeskCommand, type FactIndex, type Hit } from './fact-index.js';
import { defineAnswer, factHeading, limitAnswer, noMatchAnswer, usageAnswer } from './format-answer.js';
import { displayQuery } from './normalize-text.js';
import { prepareQuery } from './prepare-query.js';
import { completionsFor, exampleLabels, suggestionsFor } from './suggest.js';

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

/**
 * The best hit and its close alternatives, or nothing when no hit matches enough of the query. An item
 * that matches more of the query's words beats one that matches fewer, whatever their scores: a
 * strong match on "lambda" alone must not hide the one item about "lambda" and "vpc". Next, for
 * /limit, the words found where the item is named; for /define, the words found in what the item is
 * about (its name, topic or section) rather than in what it says: "fargate vs lambda" is answered by
 * the notes on Fargate vs Lambda, not by a table that merely mentions Lambda. Items as good as the best
 * on both counts follow it, so a question about a list gets the list's parts too. When the best item
 * leaves some of the query's words unanswered, the first item that answers one of them comes next,
 * however it scores: "/define api gateway caching" shows API Gateway, then what the notes say of caching.
 */
function pick(scored: readonly Hit[], termCount: number, command: DeskCommand, sameAs: (a: Item, b: Item) => boolean): Item[] {
  const second = (hit: Hit): number => (command === 'define' ? hit.about : hit.named);
  const matched = (hit: Hit): number => hit.terms.length;
  const hits = [...scored].sort(
    (a, b) => matched(b) - matched(a) || second(b) - second(a) || b.score - a.score || a.position - b.position,
  );
  const best = hits[0];
  if (!best || matched(best) < requiredMatches(termCount)) return [];
  const chosen: Hit[] = [best];
  const isNew = (hit: Hit) => !chosen.some((c) => c.item === hit.item || sameAs(c.item, hit.item));
  const covered = new Set(best.terms);
  const coversMore = hits.find((hit) => matched(hit) >= requiredMatches(termCount) && hit.terms.some((t) => !covered.has(t)) && isNew(hit));
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

// Two facts that state the same figure about the same thing are one answer, not two.
function sameFact(a: Item, b: Item): boolean {
  if (a.kind !== 'fact' || b.kind !== 'fact' || !a.quantity || !b.quantity) return false;
  return (
    factHeading(a).toLowerCase() === factHeading(b).toLowerCase() &&
    a.quantity.min === b.quantity.min &&
    a.quantity.max === b.quantity.max
  );
}

function sameDefinition(a: Item, b: Item): boolean {
  return a.kind === b.kind && a.kind === 'definition' && b.kind === 'definition' && a.definition === b.definition;
}

function answer(index: FactIndex, command: DeskCommand, raw: unknown): Message {
  const { cleaned, terms } = prepareQuery(raw, index.vocabulary);
  if (cleaned.length === 0) return usageAnswer(command, exampleLabels(index, command, 2));
  const chosen = pick(index.search(command, terms), terms.length, command, command === 'limit' ? sameFact : sameDefinition);
  const [best, ...others] = chosen;
  if (!best) return noMatchAnswer(command, displayQuery(cleaned), suggestionsFor(index, command, terms));
  if (command === 'limit') return limitAnswer(best as FactItem, others as FactItem[]);
  return defineAnswer(best, others);
}

export interface FactDeskOptions {
  /** Told about any unexpected error inside a lookup (a bug); the person gets a short apology instead. */
  onError?: (error: unknown, where: string) => void;
}

/**
 * Builds the fact desk from the notes' items: indexes them once (call it when the bot starts) and
 * answers /limit, /define and autocomplete from memory. No method throws, whatever the query.
 */
export function buildFactDesk(items: readonly Item[], options: FactDeskOptions = {}): FactDesk {
  const index = buildFactIndex(items);
  // A lookup is a convenience: a bug in it must never take the chat handler down with it.
  const safely = <T>(where: string, fallback: T, run: () => T): T => {
    try {
      return run();
    } catch (error) {
      options.onError?.(error, where);
      return fallback;
    }
  };
  const sorry: Message = { body: 'Sorry, that lookup failed. Try fewer or simpler words.' };
  return {
    limit: (query) => safely('limit', sorry, () => answer(index, 'limit', query)),
    define: (query) => safely('define', sorry, () => answer(index, 'define', query)),
    complete: (command, partial, max) =>
      safely('complete', [], () => completionsFor(index, command === 'define' ? 'define' : 'limit', partial, max)),
  };
}
