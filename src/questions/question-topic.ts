import type { Item } from '../knowledge/item.js';
import { clueInStem } from './gates/clue-in-stem.js';
import { containsWords, nameKey, tidy } from './text-tools.js';
import { isVagueHeading } from './vague-heading.js';
import { isFacet } from '../knowledge/topic-of.js';
import { realSubject } from './gates/real-subject.js';

/**
 * The topic a question is posted under ("Question of the day · Storage"), chosen so it does not give
 * the answer away: the title of "Which of these is a user's request for storage?" must not read "PVC".
 * The item's own topic when it names no word of the answer that no distractor shares (the rule of
 * gates/clue-in-stem.ts, read over the stem and the topic together); else the nearest heading above
 * the item that passes; else the notes file's name, then its folders ("07-Storage" → "Storage"); a
 * vague one ("Exam tips") or a facet ("Types", "Limits") only when no other passes. A facet heading
 * right over the item says what kind of thing it is, so it follows the name: "Constraints: types". Undefined when every one of them names the answer.
 */
export function questionTopic(item: Item, stem: string, answer: string, distractors: readonly string[], vendorWords?: ReadonlySet<string>, facets?: readonly string[]): string | undefined {
  const fits = (topic: string): boolean =>
    topic !== '' && nameKey(topic) !== nameKey(answer) && !containsWords(topic, answer) && clueInStem(`${stem} ${topic}`, answer, distractors, vendorWords) === undefined;
  const headings = [...item.source.section].reverse().map(withoutGloss);
  const path = item.source.file.split('/');
  const places = [path.at(-1)!.replace(/\.[^.]+$/, ''), ...path.slice(0, -1).reverse()].map(asPlace);
  const all = [item.topic, ...headings, ...places];
  // "Types", "Limits": a facet by every test; "Services" is one word list's facet but a real name.
  const facetOnly = (topic: string): boolean => isFacet(topic) && realSubject([topic], facets) === undefined;
  const named = all.find((topic) => !isVagueHeading(topic, facets) && !facetOnly(topic) && fits(topic));
  const facet = headings[0];
  // "Constraints" over "Types": the facet says what kind its items are, so the title keeps it.
  if (named && facet && facetOnly(facet) && !isVagueHeading(facet, facets) && !/\d/.test(facet)) {
    const titled = containsWords(facet, named) ? facet : `${named}: ${facet.toLowerCase()}`;
    if (fits(titled)) return titled;
  }
  // A vague heading ("Questions missed from the first test") is a poor title, but better than none.
  return named ?? all.find(fits);
}

/** "Persistent Volume Claims (PVCs)" → "Persistent Volume Claims": a gloss in brackets often is the answer. */
function withoutGloss(heading: string): string {
  return tidy(heading.replace(/\s*\([^)]*\)/g, '')).slice(0, 100);
}

/** A folder or file name as words: "07-Storage" → "Storage", "ecs_eks" → "ecs eks". */
function asPlace(name: string): string {
  return withoutGloss(name.replace(/^\s*\d+(\.\d+)*[-_.\s]+/, '').replace(/[-_]+/g, ' '));
}
