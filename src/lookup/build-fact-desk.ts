import type { Message } from '../chat/message.js';
import type { DefinitionItem, FactItem, Item, UseCaseItem } from '../knowledge/item.js';
import { baseLexiconOnly, type Lexicon } from '../knowledge/lexicon.js';
import { definesAsked } from './defines-asked.js';
import { definitionalScore } from './definitional-score.js';
import { inOwnSection, namedWhole, opensWithAsked, startsWithAsked } from './named-whole.js';
import type { FactDesk } from './fact-desk.js';
import { buildFactIndex, type DeskCommand, type FactIndex } from './fact-index.js';
import { defineAnswer, factHeading, limitAnswer, notInNotesAnswer, usageAnswer } from './format-answer.js';
import { displayQuery } from './normalize-text.js';
import { pickAnswer } from './pick-answer.js';
import { prepareQuery } from './prepare-query.js';
import { askedRole } from './query-role.js';
import { completionsFor, exampleLabels, suggestionsFor } from './suggest.js';
import { APOLOGY } from '../chat/apology.js';

// Two facts that state the same figure about the same thing are one answer, not two.
function sameFact(a: Item, b: Item): boolean {
  if (a.kind !== 'fact' || b.kind !== 'fact') return false;
  // A number in the notes' own words (see limit-facts.ts): the same words are the same answer.
  if (!a.quantity && !b.quantity) return a.text.toLowerCase() === b.text.toLowerCase();
  if (!a.quantity || !b.quantity) return false;
  return (
    factHeading(a).toLowerCase() === factHeading(b).toLowerCase() &&
    a.quantity.min === b.quantity.min &&
    a.quantity.max === b.quantity.max
  );
}

function sameDefinition(a: Item, b: Item): boolean {
  return a.kind === b.kind && a.kind === 'definition' && b.kind === 'definition' && a.definition === b.definition;
}

/** What the desk keeps beside the index: facts grouped by what they are about, use cases by subject. */
interface Companions {
  /** Facts with the same subject and attribute (a default and its maximum, a rate with and without batching). */
  siblings: ReadonlyMap<string, readonly FactItem[]>;
  useCases: ReadonlyMap<string, readonly UseCaseItem[]>;
  /** Definitions by term, in notes order. */
  definitions: ReadonlyMap<string, readonly DefinitionItem[]>;
}

const siblingKey = (fact: FactItem): string => factHeading(fact).toLowerCase();

function companionsOf(items: readonly Item[]): Companions {
  const siblings = new Map<string, FactItem[]>();
  const useCases = new Map<string, UseCaseItem[]>();
  const definitions = new Map<string, DefinitionItem[]>();
  const add = <T>(map: Map<string, T[]>, key: string, value: T): void => {
    const list = map.get(key);
    if (list) list.push(value);
    else map.set(key, [value]);
  };
  for (const item of items) {
    if (item.kind === 'definition') add(definitions, item.term.toLowerCase(), item);
    if (item.kind === 'fact' && item.quantity) add(siblings, siblingKey(item), item);
    if (item.kind === 'usecase') add(useCases, item.subject.toLowerCase(), item);
  }
  return { siblings, useCases, definitions };
}

function answer(index: FactIndex, companions: Companions, command: DeskCommand, raw: unknown): Message {
  const { cleaned, terms, rateHeads } = prepareQuery(raw, index.vocabulary, index.synonyms);
  if (cleaned.length === 0) return usageAnswer(command, exampleLabels(index, command, 2));
  const [best, ...others] = pickAnswer(index.search(command, terms), {
    command,
    uses: index.uses(command, terms),
    rateHeads,
    role: askedRole(cleaned),
    definitional: definitionalScore,
    namedWhole,
    inOwnSection,
    opensWithAsked,
    startsWithAsked,
    definesAsked,
    sameAs: command === 'limit' ? sameFact : sameDefinition,
  });
  if (!best) return notInNotesAnswer(command, displayQuery(cleaned), suggestionsFor(index, command, terms));
  if (command === 'limit') {
    const fact = best as FactItem;
    const siblings = (companions.siblings.get(siblingKey(fact)) ?? []).filter((sibling) => sibling !== fact);
    return limitAnswer(fact, siblings, others.filter((other) => !siblings.includes(other as FactItem)) as FactItem[]);
  }
  const term = best.kind === 'definition' ? best.term.toLowerCase() : '';
  // The other things the notes say a term is ("What is X?" and its bullets) belong in the first line.
  const alike =
    best.kind === 'definition'
      ? (companions.definitions.get(term) ?? []).filter((d) => d !== best && d.definition !== best.definition)
      : [];
  return defineAnswer(
    best,
    others.filter((other) => !alike.includes(other as DefinitionItem)),
    companions.useCases.get(term) ?? [],
    alike.slice(0, 2),
  );
}

export interface FactDeskOptions {
  /** The notes' field vocabulary (synonyms, broader words, misspellings); the base lexicon if absent. */
  lexicon?: Lexicon;
  /**
   * Told about any unexpected error inside a lookup (a program error, never the person's): log it with
   * its stack. The person gets a short apology instead.
   */
  onError?: (error: unknown, where: string) => void;
}

/** A lookup that failed on our side: say sorry, without suggesting the person asked wrongly. */
const LOOKUP_APOLOGY: Message = { body: APOLOGY };

/**
 * Builds the fact desk from the notes' items: indexes them once (call it when the bot starts) and
 * answers /limit, /define and autocomplete from memory. No method throws, whatever the query.
 */
export function buildFactDesk(items: readonly Item[], options: FactDeskOptions = {}): FactDesk {
  const index = buildFactIndex(items, options.lexicon ?? baseLexiconOnly());
  const companions = companionsOf(items);
  // A lookup is a convenience: a bug in it must never take the chat handler down with it.
  const safely = <T>(where: string, fallback: T, run: () => T): T => {
    try {
      return run();
    } catch (error) {
      options.onError?.(error, where);
      return fallback;
    }
  };
  return {
    limit: (query) => safely('limit', LOOKUP_APOLOGY, () => answer(index, companions, 'limit', query)),
    define: (query) => safely('define', LOOKUP_APOLOGY, () => answer(index, companions, 'define', query)),
    complete: (command, partial, max) =>
      safely('complete', [], () => completionsFor(index, command === 'define' ? 'define' : 'limit', partial, max)),
  };
}
