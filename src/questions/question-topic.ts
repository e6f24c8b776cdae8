import type { Item } from '../knowledge/item.js';
import { clueInStem } from './gates/clue-in-stem.js';
import { containsWords, nameKey, tidy } from './text-tools.js';
import { isVagueHeading } from './vague-heading.js';

/**
 * The topic a question is posted under ("Question of the day · Storage"), chosen so it does not give
 * the answer away: the title of "Which of these is a user's request for storage?" must not read "PVC".
 * The item's own topic when it names no word of the answer that no distractor shares (the rule of
 * gates/clue-in-stem.ts, read over the stem and the topic together); else the nearest heading above
 * the item that passes; else the notes file's name, then its folders ("07-Storage" → "Storage"); a
 * vague one ("Exam tips") only when no other passes. Undefined when every one of them names the answer.
 */
export function questionTopic(item: Item, stem: string, answer: string, distractors: readonly string[], vendorWords?: ReadonlySet<string>, facets?: readonly string[]): string | undefined {
  const fits = (topic: string): boolean =>
    topic !== '' && nameKey(topic) !== nameKey(answer) && !containsWords(topic, answer) && clueInStem(`${stem} ${topic}`, answer, distractors, vendorWords) === undefined;
  const headings = [...item.source.section].reverse().map(withoutGloss);
  const path = item.source.file.split('/');
  const places = [path.at(-1)!.replace(/\.[^.]+$/, ''), ...path.slice(0, -1).reverse()].map(asPlace);
  const all = [item.topic, ...headings, ...places];
  // A vague heading ("Questions missed from the first test") is a poor title, but better than none.
  return all.find((topic) => !isVagueHeading(topic, facets) && fits(topic)) ?? all.find(fits);
}

/** "Persistent Volume Claims (PVCs)" → "Persistent Volume Claims": a gloss in brackets often is the answer. */
function withoutGloss(heading: string): string {
  return tidy(heading.replace(/\s*\([^)]*\)/g, '')).slice(0, 100);
}

/** A folder or file name as words: "07-Storage" → "Storage", "ecs_eks" → "ecs eks". */
function asPlace(name: string): string {
  return withoutGloss(name.replace(/^\s*\d+(\.\d+)*[-_.\s]+/, '').replace(/[-_]+/g, ' '));
}
