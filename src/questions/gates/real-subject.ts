import { isVagueHeading } from '../vague-heading.js';

/**
 * Gate "the subject is a real name" (issue 10, pattern 5): never "for Config", "for Exam Tips",
 * "for Limits" or "for Chapter 13.2". A heading is a facet, not a subject, when it is vague (see
 * vague-heading.ts) or when it is only a facet word of a subject ("Table limits", "Important
 * settings"). The nearest real name wins: the item's subject, else the headings above it, innermost
 * first; undefined when there is none, and the item is skipped.
 */
export function realSubject(candidates: readonly string[], facets: readonly string[] = []): string | undefined {
  for (const candidate of candidates) {
    const text = candidate.trim();
    if (text === '' || isVagueHeading(text, facets) || isFacetOnly(text) || /\.(md|txt|markdown)$/i.test(text)) continue;
    return text;
  }
  return undefined;
}

// The words a heading adds to a subject to name one side of it ("Lambda limits", "S3 pricing"); a
// heading made of these and plain lower-case words alone names no subject.
const facetWord = /^(limits?|quotas?|settings?|config(uration)?s?|lengths?|sizes?|basics|concepts?|features?|pricing|costs?|options?|types?|commands?|upgrades?|optimi[sz]ations?|performance|defaults?|values?|numbers|properties|parameters|details|facts|general|common|important|key|main|other|more|useful|essential|table|tables|random|remember)$/i;

function isFacetOnly(heading: string): boolean {
  const words = heading.replace(/[()]/g, ' ').split(/\s+/).filter(Boolean);
  // A word that names something: capitalised mid-heading, an acronym, or with a digit ("S3", "EC2").
  const named = words.some((word, index) => !facetWord.test(word) && (/\p{Lu}.*\p{Lu}|\d/u.test(word) || (index > 0 && /^\p{Lu}/u.test(word)) || (index === 0 && words.length === 1)));
  return !named && words.some((word) => facetWord.test(word));
}
