import type { FactDraft } from './extract-facts.js';
import { quantityFacts } from './extract-facts.js';
import type { NameHints } from './topic-of.js';

/**
 * A term glossed in brackets with several short remarks, one of them a bare limit: "Labels (name-value
 * pairs; max 20 per widget; not copied to children)". The limit counts the term itself, which it does
 * not repeat: "max 20 per widget" is "at most 20 labels per widget". Each such remark gives one fact,
 * said of the term ("What is the maximum number of labels per widget?").
 */

/** "Labels (…; …)": one to three words opening with a capital, then a bracket holding a ";" or ",". */
const GLOSSED = /(?<![\p{L}\p{N}])(\p{Lu}[\p{L}\p{N}-]*(?:\s+[\p{L}\p{N}-]+){0,2})\s+\(([^()]*[;,][^()]*)\)/gu;
/** "max 20 per widget", "up to 5 per node": a bound and a number with no unit, then what it is per. */
const BARE_LIMIT =
  /^(max(?:imum)?\.?|up to|at most|no more than|min(?:imum)?\.?|at least)\s+(\d[\d,]*)\s+per\s+(\p{Ll}[\p{L}-]*(?:\s+\p{Ll}[\p{L}-]*)?)$/u;

/** The term as the noun counted: "Labels" → "labels"; an acronym or a mixed-case name keeps its case. */
const counted = (term: string): string =>
  /^\p{Lu}\p{Ll}+(?:\s|$)/u.test(term) ? term.charAt(0).toLowerCase() + term.slice(1) : term;

/** The facts of every bare limit inside a bracketed gloss of `text`, each said of the glossed term. */
export function asideCountFacts(text: string, hints: NameHints): FactDraft[] {
  if (!text.includes('(') || !/\bper\b/.test(text)) return [];
  const facts: FactDraft[] = [];
  for (const [, term, aside] of text.matchAll(GLOSSED)) {
    for (const remark of aside!.split(/[;,]/)) {
      const limit = BARE_LIMIT.exec(remark.trim());
      if (!limit) continue;
      const [, bound, amount, per] = limit;
      const unit = counted(term!.trim());
      // "at most 20 labels per widget" is read as any statement of a limit is (extract-facts.ts).
      const stated = `${bound} ${amount} ${unit} per ${per}`;
      // The attribute names what is counted per what ("labels per widget"), so the stem needs no other subject.
      for (const fact of quantityFacts({ text: stated }, term!.trim(), hints))
        facts.push({ ...fact, attribute: `${unit} per ${per}`, text: `${term!.trim()}: ${remark.trim()}` });
    }
  }
  return facts;
}
