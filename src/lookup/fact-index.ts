import MiniSearch, { type SearchOptions } from 'minisearch';
import type { FactItem, Item } from '../knowledge/item.js';
import {
  DEFINE_FIELDS,
  LIMIT_FIELDS,
  toDefineDocument,
  toLimitDocument,
  type IndexDocument,
} from './index-documents.js';
import type { Lexicon } from '../knowledge/lexicon.js';
import { inOwnWordsOnly, limitFacts } from './limit-facts.js';
import { spellAsNotes } from './spell-as-notes.js';
import { synonymTableOf, type SynonymTable } from './synonym-table.js';
import { buildTermStats, type TermStats } from './term-stats.js';

/**
 * The two search indexes behind the fact desk, built once from the items: one over the facts that
 * carry a quantity (/limit), one over every item (/define). MiniSearch does the matching (BM25 with
 * field boosts, fuzzy and prefix terms); this file decides the boosts and how typos are tolerated.
 */

export type DeskCommand = 'limit' | 'define';
export type SearchMode = 'strict' | 'loose' | 'complete';

/**
 * One ranked match. `terms` are the query terms that found the item (as the notes spell them), `named`
 * counts those found where the item is named (its term, title, attribute) rather than in its text,
 * `about` those found anywhere but its text (its name, topic or section: what the item is about);
 * `position` is its notes order.
 */
export interface Hit {
  item: Item;
  score: number;
  terms: readonly string[];
  named: number;
  about: number;
  /** The matched terms found in what the item is about (not only in its text). */
  aboutTerms: readonly string[];
  position: number;
}

/** How the notes use one query term: as typed, as the notes spell it, and whether it names things. */
export interface TermUse {
  term: string;
  /** The term as the notes spell it (typo mended), or as typed when the notes never use it. */
  spelled: string;
  /** Whether the notes use the term at all (after mending). */
  known: boolean;
  /** Whether the notes use it mostly to name what items are about (a subject: "nearline", "kubelet"). */
  subject: boolean;
  /** Whether the lexicon knows the word (field vocabulary: "length", "size"), whether or not the notes use it. */
  inLexicon: boolean;
  /** Whether the notes use the word anywhere, for either command (known is for this command's items). */
  inNotes: boolean;
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
  /** How the notes use each prepared query term (see TermUse), for deciding whether a hit is about it. */
  uses(command: DeskCommand, terms: readonly string[]): TermUse[];
  /** The lexicon's synonyms, for preparing queries the way the notes were indexed. */
  readonly synonyms: SynonymTable;
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
  section: 1,
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
  usecase: 0.5,
};

function newIndex<F extends string>(fields: readonly F[], boost: Record<F, number>): MiniSearch<IndexDocument<F>> {
  return new MiniSearch<IndexDocument<F>>({
    fields: [...fields],
    // Documents and queries arrive as space-joined, already-normalised terms.
    tokenize: (text) => text.split(' '),
    processTerm: (term) => (term.length > 0 ? term : null),
    searchOptions: { boost: { ...boost } },
  });
}

interface Side {
  index: MiniSearch<IndexDocument<string>>;
  stats: TermStats;
  pool: readonly Item[];
  /** The fields that name an item (searched alone when only common words are left). */
  keyFields: string[];
  /** The fields that hold what an item says rather than what it is about. */
  textFields: string[];
  /** Bits (in the index's field order) of the key fields and of the text fields. */
  keyBits: number;
  textBits: number;
  /** Per term: in how many documents it names the subject (the subject fields). */
  subjectDf: ReadonlyMap<string, number>;
  /**
   * Per term: in how many of the documents that judge subjects it occurs at all. Facts in the notes'
   * own words (see limit-facts.ts) do not judge: their subjects are often a mere label ("Default value").
   */
  judgedDf: ReadonlyMap<string, number>;
  boostDocument?: (id: unknown) => number;
}

/** The weight of a /limit fact whose number the parser could not read as a quantity. */
const OWN_WORDS_WEIGHT = 0.6;

/** A term names subjects when at least this share of the documents holding it hold it in a subject field. */
const SUBJECT_SHARE = 0.5;

function side<F extends string>(
  pool: readonly Item[],
  fields: readonly F[],
  boost: Record<F, number>,
  keyFields: F[],
  textFields: F[],
  subjectFields: F[],
  toDocument: (id: number, item: Item) => IndexDocument<F>,
  boostDocument?: (id: unknown) => number,
  judges?: (item: Item) => boolean,
): Side {
  const docs = pool.map((item, id) => toDocument(id, item));
  const subjectDf = new Map<string, number>();
  const judgedDf = new Map<string, number>();
  docs.forEach((doc, position) => {
    if (judges && !judges(pool[position]!)) return;
    for (const term of new Set(fields.flatMap((f) => doc[f].split(' ')).filter((t) => t.length > 0)))
      judgedDf.set(term, (judgedDf.get(term) ?? 0) + 1);
    const seen = new Set(subjectFields.flatMap((f) => doc[f].split(' ')).filter((t) => t.length > 0));
    for (const term of seen) subjectDf.set(term, (subjectDf.get(term) ?? 0) + 1);
  });
  const index = newIndex(fields, boost);
  index.addAll(docs);
  const stats = buildTermStats(docs, fields, boost);
  const bitsOf = (chosen: readonly F[]): number => chosen.reduce((acc, field) => acc | (1 << fields.indexOf(field)), 0);
  return {
    index: index as unknown as MiniSearch<IndexDocument<string>>,
    stats,
    pool,
    keyFields,
    textFields,
    keyBits: bitsOf(keyFields),
    textBits: bitsOf(textFields),
    subjectDf,
    judgedDf,
    boostDocument,
  };
}

// Per side: the words only the other side's items use (a word of the notes is never a typo).
const ELSEWHERE = new WeakMap<Side, ReadonlySet<string>>();

// The desk spells a query's terms twice (to search, then to judge the hits): the last spelling per
// side is kept, so the fuzzy lookups run once.
const LAST_SPELLING = new WeakMap<Side, { key: string; spelled: string[] }>();

function spelledOnce(side: Side, terms: readonly string[], mode: SearchMode): string[] {
  const elsewhere = ELSEWHERE.get(side);
  const key = `${mode}\u0000${terms.join('\u0000')}`;
  const last = LAST_SPELLING.get(side);
  if (last?.key === key) return last.spelled;
  const spelled = spellAsNotes(side.stats, terms, mode, elsewhere);
  LAST_SPELLING.set(side, { key, spelled });
  return spelled;
}

function searchSide(side: Side, asTyped: readonly string[], mode: SearchMode): Hit[] {
  const { index, stats, pool } = side;
  const known = stats.vocabulary;
  const terms = [...new Set(spelledOnce(side, asTyped, mode))];
  const options: SearchOptions = {
    // Still unknown after correction: perhaps a word being typed ("concur" → "concurrent").
    prefix: (term, i, all) => {
      if (mode === 'complete' && i === all.length - 1) return term.length >= 2;
      return !known.has(term) && term.length >= 4 && !/^\d/u.test(term);
    },
    combineWith: 'OR',
    ...(side.boostDocument ? { boostDocument: side.boostDocument } : {}),
  };
  // Very common words are looked up, not searched (see term-stats.ts), unless nothing else is left.
  const common = terms.filter((term) => stats.isCommon(term)).sort((a, b) => stats.df(a) - stats.df(b));
  const rare = terms.filter((term) => !stats.isCommon(term));
  if (rare.length === 0) return commonOnly(side, common);
  const results = index.search(rare.join(' '), options);
  const deferred = common;
  const hits = results.flatMap((result) => {
    const position = result.id as number;
    const item = pool[position];
    if (!item) return [];
    const found = result.queryTerms.length;
    let bonus = 0;
    let extraNamed = 0;
    let extraAbout = 0;
    const matchedTerms = [...result.queryTerms];
    const aboutTerms = Object.entries(result.match)
      .filter(([, fields]) => fields.some((f) => !side.textFields.includes(f)))
      .map(([term]) => term);
    for (const term of deferred) {
      const weight = stats.weight(term, position) * (side.boostDocument?.(position) ?? 1);
      if (weight > 0) {
        bonus += weight;
        matchedTerms.push(term);
        const bits = stats.fieldBits(term).get(position) ?? 0;
        if (bits & side.keyBits) extraNamed += 1;
        if (bits & ~side.textBits) {
          extraAbout += 1;
          aboutTerms.push(term);
        }
      }
    }
    // MiniSearch multiplies a score by the number of query terms found; do the same with the lookups.
    const score =
      matchedTerms.length === found ? result.score : (result.score / Math.max(1, found) + bonus) * matchedTerms.length;
    const fieldLists = Object.values(result.match);
    const named = fieldLists.filter((fields) => fields.some((f) => side.keyFields.includes(f))).length;
    const about = fieldLists.filter((fields) => fields.some((f) => !side.textFields.includes(f))).length;
    return [
      { item, score, terms: matchedTerms, named: named + extraNamed, about: about + extraAbout, aboutTerms, position },
    ];
  });
  // Ties broken by notes order, so answers never flicker between runs or builds.
  return hits.sort((a, b) => b.score - a.score || a.position - b.position);
}

/**
 * A query of very common words only: the items named by the rarest of them (in a key field), each
 * credited by lookup for all of them. No full-text search, so it costs the same on any corpus size.
 */
function commonOnly(side: Side, common: readonly string[]): Hit[] {
  const { stats, pool } = side;
  const [rarest] = common;
  if (rarest === undefined) return [];
  const perTerm = common.map((term) => stats.fieldBits(term));
  const hits: Hit[] = [];
  for (const [position, bits] of stats.fieldBits(rarest)) {
    const item = pool[position];
    if (!item || (bits & side.keyBits) === 0) continue;
    let score = 0;
    let named = 0;
    let about = 0;
    const terms: string[] = [];
    const aboutTerms: string[] = [];
    common.forEach((term, i) => {
      const termBits = perTerm[i]?.get(position) ?? 0;
      if (termBits === 0) return;
      terms.push(term);
      if (termBits & side.keyBits) named += 1;
      if (termBits & ~side.textBits) {
        about += 1;
        aboutTerms.push(term);
      }
      score += stats.weight(term, position);
    });
    hits.push({
      item,
      score: score * terms.length * (side.boostDocument?.(position) ?? 1),
      terms,
      named,
      about,
      aboutTerms,
      position,
    });
  }
  return hits.sort((a, b) => b.score - a.score || a.position - b.position);
}

/** Builds both indexes from the items. Pure apart from the memory it allocates; never throws on content. */
export function buildFactIndex(all: readonly Item[], lexicon: Lexicon): FactIndex {
  const synonyms = synonymTableOf(lexicon);
  const limitItems = limitFacts(all);
  // A number the parser could not read as a quantity answers only when no read value does as well.
  const limitWeight = (id: unknown): number =>
    limitItems[id as number] && inOwnWordsOnly(limitItems[id as number]!) ? OWN_WORDS_WEIGHT : 1;
  const defineItems = [...all];
  const defineWeight = (id: unknown): number => {
    const item = defineItems[id as number];
    return item ? DEFINE_KIND_WEIGHT[item.kind] : 1;
  };
  const sides: Record<DeskCommand, Side> = {
    limit: side(
      limitItems,
      LIMIT_FIELDS,
      LIMIT_BOOST,
      ['topic', 'attribute', 'syn'],
      ['text'],
      ['topic', 'subject'],
      (id, item) => toLimitDocument(id, item as FactItem, synonyms),
      limitWeight,
      (item) => !inOwnWordsOnly(item as FactItem),
    ),
    define: side(
      defineItems,
      DEFINE_FIELDS,
      DEFINE_BOOST,
      ['name', 'aliases', 'syn'],
      ['body'],
      ['name', 'aliases', 'topic'],
      (id, item) => toDefineDocument(id, item, synonyms),
      defineWeight,
    ),
  };
  const vocabulary = new Set([...sides.limit.stats.vocabulary, ...sides.define.stats.vocabulary]);
  ELSEWHERE.set(sides.limit, sides.define.stats.vocabulary);
  ELSEWHERE.set(sides.define, sides.limit.stats.vocabulary);
  const uses = (command: DeskCommand, terms: readonly string[]): TermUse[] => {
    const { stats, subjectDf, judgedDf } = sides[command];
    const spelled = spelledOnce(sides[command], terms, 'strict');
    return terms.map((term, i) => {
      const notes = spelled[i] ?? term;
      const df = stats.df(notes);
      return {
        term,
        spelled: notes,
        known: df > 0,
        subject: df > 0 && (subjectDf.get(notes) ?? 0) / (judgedDf.get(notes) ?? df) >= SUBJECT_SHARE,
        inLexicon: synonyms.knows(term),
        inNotes: df > 0 || vocabulary.has(notes) || vocabulary.has(term),
      };
    });
  };
  return {
    vocabulary,
    items: (command) => sides[command].pool,
    uses,
    synonyms,
    search: (command, terms, mode = 'strict') => (terms.length === 0 ? [] : searchSide(sides[command], terms, mode)),
  };
}
