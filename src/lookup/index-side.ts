import MiniSearch from 'minisearch';
import type { Item } from '../knowledge/item.js';
import type { SearchMode } from './fact-index.js';
import type { IndexDocument } from './index-documents.js';
import { spellAsNotes } from './spell-as-notes.js';
import { buildTermStats, type TermStats } from './term-stats.js';

/**
 * One side of the fact index (the /limit or the /define items): its MiniSearch index, term statistics
 * and the field bits and counts the searches judge hits by.
 */

function newIndex<F extends string>(fields: readonly F[], boost: Record<F, number>): MiniSearch<IndexDocument<F>> {
  return new MiniSearch<IndexDocument<F>>({
    fields: [...fields],
    // Documents and queries arrive as space-joined, already-normalised terms.
    tokenize: (text) => text.split(' '),
    processTerm: (term) => (term.length > 0 ? term : null),
    searchOptions: { boost: { ...boost } },
  });
}

export interface Side {
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

export function side<F extends string>(
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
export const ELSEWHERE = new WeakMap<Side, ReadonlySet<string>>();

// The desk spells a query's terms twice (to search, then to judge the hits): the last spelling per
// side is kept, so the fuzzy lookups run once.
const LAST_SPELLING = new WeakMap<Side, { key: string; spelled: string[] }>();

export function spelledOnce(side: Side, terms: readonly string[], mode: SearchMode): string[] {
  const elsewhere = ELSEWHERE.get(side);
  const key = `${mode}\u0000${terms.join('\u0000')}`;
  const last = LAST_SPELLING.get(side);
  if (last?.key === key) return last.spelled;
  const spelled = spellAsNotes(side.stats, terms, mode, elsewhere);
  LAST_SPELLING.set(side, { key, spelled });
  return spelled;
}
