import { cleanQuery, isStopWord, MAX_QUERY_TERMS, tokenize } from './normalize-text.js';
import type { SynonymTable } from './synonym-table.js';

/** Words that name the kind of thing asked for, not the thing: dropped when the query has two others. */
const GENERIC = new Set(['service', 'services'].map((word) => tokenize(word, true)[0] ?? word));

/** A query made safe and ready to search: what to echo back, and the terms to look for. */
export interface PreparedQuery {
  /** The sanitised query as the person typed it (bounded length, no control characters). */
  cleaned: string;
  /** Search terms: normalised, synonyms replaced by their canonical words, deduplicated, capped. */
  terms: string[];
  /** Both words of each rate the query asks ("subscriptions", "topic" in "subscriptions per topic"): the figure must name them. */
  rateHeads: string[];
}

/**
 * Untrusted text → search terms. Joins split words the notes write as one ("dynamo db" → "dynamodb")
 * when the joined word is known, maps synonyms onto their canonical words ("ram" → "memory"), drops
 * stop words (unless nothing else is left) and a generic "services" beside two other words. Never throws.
 */
export function prepareQuery(raw: unknown, vocabulary: ReadonlySet<string>, synonyms: SynonymTable): PreparedQuery {
  const cleaned = cleanQuery(raw);
  const tokens = tokenize(synonyms.respell(cleaned), true);
  const joined: string[] = [];
  for (let i = 0; i < tokens.length; i += 1) {
    const here = tokens[i] as string;
    const next = tokens[i + 1];
    if (next !== undefined && !vocabulary.has(here) && vocabulary.has(`${here}${next}`)) {
      joined.push(`${here}${next}`);
      i += 1;
    } else {
      joined.push(here);
    }
  }
  const canonical = synonyms.canonicalizeQuery(joined);
  const meaningful = canonical.filter((term) => !isStopWord(term));
  // "serverless integration services": with two other words, "services" only says what kind of answer.
  const specific = meaningful.filter((term) => !GENERIC.has(term));
  const chosen = specific.length >= 2 ? specific : meaningful.length > 0 ? meaningful : canonical;
  // A rate is asked of both its words: "subscriptions per topic" is neither topics nor subscriptions alone.
  const rateHeads = canonical.filter(
    (term, i) => (canonical[i + 1] === 'per' || canonical[i - 1] === 'per') && !isStopWord(term),
  );
  return { cleaned, terms: [...new Set(chosen)].slice(0, MAX_QUERY_TERMS), rateHeads };
}
