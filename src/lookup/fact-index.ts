import type { FactItem, Item } from '../knowledge/item.js';
import { DEFINE_FIELDS, LIMIT_FIELDS, toDefineDocument, toLimitDocument } from './index-documents.js';
import { ELSEWHERE, side, spelledOnce, type Side } from './index-side.js';
import type { Lexicon } from '../knowledge/lexicon.js';
import { inOwnWordsOnly, limitFacts } from './limit-facts.js';
import { notesAbbreviations, withNotesAbbreviations } from './notes-abbreviations.js';
import { tokenize } from './normalize-text.js';
import { searchSide } from './search-side.js';
import { synonymTableOf, type SynonymTable } from './synonym-table.js';

/**
 * The two search indexes behind the fact desk, built once from the items: one over the facts that
 * carry a quantity (/limit), one over every item (/define). MiniSearch does the matching (BM25 with
 * field boosts, fuzzy and prefix terms); this file decides the boosts, search-side.ts how typos are
 * tolerated.
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
  /**
   * Whether this command's items never use the word but the other command's use it mostly to name
   * subjects ("warfarin" has a definition, no figure): what was asked about has no such fact.
   */
  subjectElsewhere: boolean;
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
  command: 0.5,
};

/** The weight of a /limit fact whose number the parser could not read as a quantity. */
const OWN_WORDS_WEIGHT = 0.6;

/** A term names subjects when at least this share of the documents holding it hold it in a subject field. */
const SUBJECT_SHARE = 0.5;
/**
 * A term in at least this share of all the documents names the notes as a whole ("CISSP" in CISSP
 * notes, a course's title): it is not a subject that a fact must be filed under.
 */
const WHOLE_NOTES_SHARE = 0.5;
/** …and in at least this many: in a handful of notes, every word is in half of them. */
const WHOLE_NOTES_MIN_DF = 40;

/** Builds both indexes from the items. Pure apart from the memory it allocates; never throws on content. */
export function buildFactIndex(all: readonly Item[], lexicon: Lexicon): FactIndex {
  const abbreviations = notesAbbreviations(all);
  const synonyms = synonymTableOf(withNotesAbbreviations(lexicon, abbreviations));
  // An abbreviation the notes define names a subject, wherever they write it.
  const abbreviated = new Set(abbreviations.flatMap(({ short }) => tokenize(short)));
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
  const namesSubjects = (on: Side, term: string, df: number): boolean =>
    df > 0 &&
    (df < WHOLE_NOTES_MIN_DF || df < WHOLE_NOTES_SHARE * on.pool.length) &&
    (on.subjectDf.get(term) ?? 0) / (on.judgedDf.get(term) ?? df) >= SUBJECT_SHARE;
  const uses = (command: DeskCommand, terms: readonly string[]): TermUse[] => {
    const here = sides[command];
    const other = sides[command === 'limit' ? 'define' : 'limit'];
    const spelled = spelledOnce(here, terms, 'strict');
    return terms.map((term, i) => {
      const notes = spelled[i] ?? term;
      const df = here.stats.df(notes);
      return {
        term,
        spelled: notes,
        known: df > 0,
        subject: namesSubjects(here, notes, df) || (df > 0 && abbreviated.has(notes)),
        inLexicon: synonyms.knows(term),
        inNotes: df > 0 || vocabulary.has(notes) || vocabulary.has(term),
        subjectElsewhere: df === 0 && namesSubjects(other, notes, other.stats.df(notes)),
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
