import type { SearchOptions } from 'minisearch';
import type { Hit, SearchMode } from './fact-index.js';
import { spelledOnce, type Side } from './index-side.js';

/** Ranked matches on one side of the fact index, best first (ties: notes order). */

export function searchSide(side: Side, asTyped: readonly string[], mode: SearchMode): Hit[] {
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
