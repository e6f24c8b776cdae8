import SearchableMap from 'minisearch/SearchableMap';
import type { IndexDocument } from './index-documents.js';

/**
 * How often each term occurs across one index's documents, and — for the few very common terms — in
 * which documents and fields. It lets a search over a big corpus leave words like "memory" or
 * "function" (in thousands of documents) out of the full-text search, find candidates by the rarer
 * words, then credit the common words by a cheap lookup. On a small corpus no term is common, and
 * search is plain MiniSearch.
 */
export interface TermStats {
  /** Every term of the index. */
  readonly vocabulary: ReadonlySet<string>;
  /** In how many documents the term occurs (any field). */
  df(term: string): number;
  /** Whether the term occurs in so many documents that searching it costs more than it tells. */
  isCommon(term: string): boolean;
  /** For a common term: its BM25-like weight in the document (0 when absent). Else 0. */
  weight(term: string, docId: number): number;
  /** For a common term: the fields it occurs in, per document, as bits in `fields` order. Else empty. */
  fieldBits(term: string): ReadonlyMap<number, number>;
  /**
   * The known term closest to an unknown one, within `maxDistance` edits (ties: the more frequent
   * term, then the alphabetically first); undefined if none is that close.
   */
  correct(term: string, maxDistance: number): string | undefined;
  /** Whether some known term starts with these letters. */
  hasPrefix(letters: string): boolean;
}

/** A term is common above this many documents, or above this share of them, whichever is larger. */
const MIN_COMMON_DF = 100;
const COMMON_SHARE = 0.005;
// BM25+ for one occurrence, with MiniSearch's defaults (k 1.2, b 0.7, d 0.5).
const K = 1.2;
const B = 0.7;
const D = 0.5;

const NONE: ReadonlyMap<number, number> = new Map();

export function buildTermStats<F extends string>(
  docs: ReadonlyArray<IndexDocument<F>>,
  fields: readonly F[],
  boost: Readonly<Record<F, number>>,
): TermStats {
  const df = new Map<string, number>();
  for (const doc of docs) {
    const seen = new Set<string>();
    for (const field of fields) for (const term of doc[field].split(' ')) if (term) seen.add(term);
    for (const term of seen) df.set(term, (df.get(term) ?? 0) + 1);
  }
  const threshold = Math.max(MIN_COMMON_DF, docs.length * COMMON_SHARE);
  const common = new Map<string, Map<number, number>>();
  const bits = new Map<string, Map<number, number>>();
  for (const [term, count] of df) {
    if (count <= threshold) continue;
    common.set(term, new Map());
    bits.set(term, new Map());
  }

  if (common.size > 0) {
    // Average field lengths, so a term in a short field ("Serverless") outweighs one in a long field
    // ("Aurora Serverless"), as in MiniSearch's own BM25.
    const average = new Map<F, number>();
    for (const field of fields) {
      let total = 0;
      for (const doc of docs) total += doc[field] ? doc[field].split(' ').length : 0;
      average.set(field, Math.max(1, total / Math.max(1, docs.length)));
    }
    for (const doc of docs) {
      for (const field of fields) {
        const seenInField = new Set<string>();
        const tokens = doc[field] ? doc[field].split(' ') : [];
        for (const term of tokens) {
          const weights = common.get(term);
          if (!weights || seenInField.has(term)) continue;
          seenInField.add(term);
          const idf = Math.log(1 + (docs.length - (df.get(term) ?? 0) + 0.5) / ((df.get(term) ?? 0) + 0.5));
          const lengthNorm = 1 - B + (B * tokens.length) / (average.get(field) ?? 1);
          weights.set(doc.id, (weights.get(doc.id) ?? 0) + boost[field] * idf * (D + (K + 1) / (1 + K * lengthNorm)));
          const fieldBits = bits.get(term)!;
          fieldBits.set(doc.id, (fieldBits.get(doc.id) ?? 0) | (1 << fields.indexOf(field)));
        }
      }
    }
  }

  // A radix tree of the terms: fuzzy lookups visit only the branches within reach of the word.
  const tree = SearchableMap.from<number>(df);
  return {
    vocabulary: new Set(df.keys()),
    hasPrefix: (letters) => !tree.atPrefix(letters).keys().next().done,
    correct(term, maxDistance) {
      if (maxDistance <= 0) return undefined;
      let best: { term: string; distance: number; df: number } | undefined;
      for (const [candidate, [count, distance]] of tree.fuzzyGet(term, maxDistance)) {
        const better =
          !best ||
          distance < best.distance ||
          (distance === best.distance && (count > best.df || (count === best.df && candidate < best.term)));
        if (better) best = { term: candidate, distance, df: count };
      }
      return best?.term;
    },
    df: (term) => df.get(term) ?? 0,
    isCommon: (term) => common.has(term),
    weight: (term, docId) => common.get(term)?.get(docId) ?? 0,
    fieldBits: (term) => bits.get(term) ?? NONE,
  };
}
