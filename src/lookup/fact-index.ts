import MiniSearch, { type SearchOptions } from 'minisearch';
import type { FactItem, Item } from '../knowledge/item.js';
import {
  DEFINE_FIELDS,
  LIMIT_FIELDS,
  toDefineDocument,
  toLimitDocument,
  type IndexDocument,
} from './index-documents.js';

/**
 * The two search indexes behind the fact desk, built once from the items: one over the facts that
 * carry a quantity (/limit), one over every item (/define). MiniSearch does the matching (BM25 with
 * field boosts, fuzzy and prefix terms); this file decides the boosts and how typos are tolerated.
 */

export type DeskCommand = 'limit' | 'define';
export type SearchMode = 'strict' | 'loose' | 'complete';

/** One ranked match. `matched` counts the query terms that found the item; `position` is its notes order. */
export interface Hit {
  item: Item;
  score: number;
  matched: number;
  position: number;
}

export interface FactIndex {
  /**
   * Ranked matches for already-prepared query terms (see prepare-query.ts), best first (ties: notes order). `strict` allows
   * a typo or two per term; `loose` more (for "did you mean"); `complete` treats the last term as the
   * start of a word, however short.
   */
  search(command: DeskCommand, terms: readonly string[], mode?: SearchMode): Hit[];
  /** Every term in either index (for joining "dynamo db" into "dynamodb"). */
  readonly vocabulary: ReadonlySet<string>;
  /** The items each command can answer with, in notes order. */
  items(command: DeskCommand): readonly Item[];
}

const LIMIT_BOOST: Record<(typeof LIMIT_FIELDS)[number], number> = {
  topic: 2,
  subject: 1.5,
  attribute: 3,
  text: 1,
  section: 0.6,
  syn: 2.5,
  dim: 0.5,
};

const DEFINE_BOOST: Record<(typeof DEFINE_FIELDS)[number], number> = {
  name: 5,
  aliases: 4,
  topic: 1.5,
  body: 0.5,
  syn: 3,
};

// A definition is the best answer to /define; other kinds answer only when no definition fits.
const DEFINE_KIND_WEIGHT: Record<Item['kind'], number> = {
  definition: 2,
  list: 0.8,
  fact: 0.6,
  comparison: 0.4,
  qa: 0.3,
};

/** Typos allowed per term: none for short words and numbers, one from 4 letters, two from 8. */
function fuzzyFor(term: string): number {
  if (/^\d/u.test(term) || term.length < 4) return 0;
  return term.length >= 8 ? 2 : 1;
}

function looseFuzzyFor(term: string): number {
  if (/^\d/u.test(term) || term.length < 3) return 0;
  return term.length >= 6 ? 3 : term.length >= 4 ? 2 : 1;
}

function newIndex<F extends string>(fields: readonly F[], boost: Record<F, number>): MiniSearch<IndexDocument<F>> {
  return new MiniSearch<IndexDocument<F>>({
    fields: [...fields],
    // Documents and queries arrive as space-joined, already-normalised terms.
    tokenize: (text) => text.split(' '),
    processTerm: (term) => (term.length > 0 ? term : null),
    searchOptions: { boost: { ...boost } },
  });
}

function collect(vocabulary: Set<string>, doc: Record<string, string | number>): void {
  for (const value of Object.values(doc)) {
    if (typeof value !== 'string') continue;
    for (const term of value.split(' ')) if (term) vocabulary.add(term);
  }
}

/** Builds both indexes from the items. Pure apart from the memory it allocates; never throws on content. */
export function buildFactIndex(all: readonly Item[]): FactIndex {
  const limitItems = all.filter((item): item is FactItem => item.kind === 'fact' && item.quantity !== undefined);
  const defineItems = [...all];
  const vocabulary = new Set<string>();

  const limitIndex = newIndex(LIMIT_FIELDS, LIMIT_BOOST);
  const limitDocs = limitItems.map((fact, id) => toLimitDocument(id, fact));
  limitDocs.forEach((doc) => collect(vocabulary, doc));
  limitIndex.addAll(limitDocs);

  const defineIndex = newIndex(DEFINE_FIELDS, DEFINE_BOOST);
  const defineDocs = defineItems.map((item, id) => toDefineDocument(id, item));
  defineDocs.forEach((doc) => collect(vocabulary, doc));
  defineIndex.addAll(defineDocs);

  const defineWeight = (id: unknown): number => {
    const item = defineItems[id as number];
    return item ? DEFINE_KIND_WEIGHT[item.kind] : 1;
  };

  return {
    vocabulary,
    items: (command) => (command === 'limit' ? limitItems : defineItems),
    search(command, terms, mode = 'strict') {
      if (terms.length === 0) return [];
      const options: SearchOptions = {
        fuzzy: mode === 'loose' ? looseFuzzyFor : fuzzyFor,
        prefix: (term, i, all) =>
          mode === 'complete' && i === all.length - 1 ? term.length >= 2 : term.length >= 3 && !/^\d/u.test(term),
        combineWith: 'OR',
        ...(command === 'define' ? { boostDocument: defineWeight } : {}),
      };
      const index = command === 'limit' ? limitIndex : defineIndex;
      const pool: readonly Item[] = command === 'limit' ? limitItems : defineItems;
      const hits = index.search(terms.join(' '), options).flatMap((result) => {
        const position = result.id as number;
        const item = pool[position];
        return item ? [{ item, score: result.score, matched: result.queryTerms.length, position }] : [];
      });
      // Ties broken by notes order, so answers never flicker between runs or builds.
      return hits.sort((a, b) => b.score - a.score || a.position - b.position);
    },
  };
}
