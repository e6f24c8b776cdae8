import type { Item } from '../knowledge/item.js';
import { clueInStem } from './gates/clue-in-stem.js';
import { capitalise, containsWords, nameKey, tidy } from './text-tools.js';
import { isVagueHeading } from './vague-heading.js';
import { isFacet } from '../knowledge/topic-of.js';
import { isTitle, realSubject } from './gates/real-subject.js';

/**
 * The topic a question is posted under ("Question of the day · Storage"), chosen so it does not give
 * the answer away: the title of "Which of these is a user's request for storage?" must not read "PVC".
 * The item's own topic when it names no word of the answer that no distractor shares (the rule of
 * gates/clue-in-stem.ts, read over the stem and the topic together); else the nearest heading above
 * the item that passes; else the notes file's name, then its folders ("07-Storage" → "Storage"); a
 * vague one ("Exam tips") or a facet ("Types", "Other") only when no other passes. A facet heading
 * between the item and that name ("Types", "Limits", or a heading recurring across the folder, like
 * "Side effects") says what kind of thing the item is, so it follows the name: "Constraints: types".
 * Undefined when every one of them names the answer.
 */
export function questionTopic(item: Item, stem: string, answer: string, distractors: readonly string[], vendorWords?: ReadonlySet<string>, facets?: readonly string[], folderTitles = false): string | undefined {
  const fits = (topic: string): boolean =>
    topic !== '' && nameKey(topic) !== nameKey(answer) && !containsWords(topic, answer) && !insideAnswerWord(topic, answer, distractors) && clueInStem(`${stem} ${topic}`, answer, distractors, vendorWords) === undefined;
  const headings = [...item.source.section].reverse().map(withoutGloss);
  const path = item.source.file.split('/');
  const places = [path.at(-1)!.replace(/\.[^.]+$/, ''), ...path.slice(0, -1).reverse()].map(asPlace);
  const all = [item.topic, ...headings, ...places];
  // "Types", "Other": no subject by the gate, and a facet word or one word alone; "Services" is one
  // word list's facet but reads as a name.
  const facetOnly = (topic: string): boolean => realSubject([topic], facets) === undefined && (isFacet(topic) || !/\s/.test(topic.trim()));
  const named = all.find((topic) => !isVagueHeading(topic, facets) && !facetOnly(topic) && !taskTitle(topic) && fits(topic));
  // "Constraints" over "Types", "Glucocorticoids" over "Side effects › Other": the facet nearest the
  // item says what kind its items are, so the title keeps it.
  const below = named && headings.includes(named) ? headings.slice(0, headings.indexOf(named)) : headings;
  const kind = named ? below.find((heading) => isKind(heading, facets)) : undefined;
  // Only where the stem does not name the subject already; not after a title that has a colon of
  // its own, nor in another script than the name's.
  if (named && kind && !containsWords(stem, named) && !named.includes(':') && /\p{Script=Latin}/u.test(kind) && !/[^\p{Script=Latin}\P{L}]/u.test(kind)) {
    const titled = containsWords(kind, named) ? kind : `${named}: ${kind.toLowerCase()}`;
    if (fits(titled)) return titled;
  }
  // "sections", "handbooks": a folder named in lower case is a container of notes, not their subject.
  // Not where the choices are the folder's own titled things ("signalling/signal-box.md" beside
  // "signalling/axle-counter.md"): there the folder is their kind.
  const container = (topic: string): boolean => !folderTitles && places.slice(1).includes(topic) && topic === topic.toLowerCase() && namesNoSubject(stem);
  if (named) return container(named) ? undefined : named;
  // "Which of these is described as …" under "sections" or "Manage identities and governance in
  // Azure": a stem that names no subject leans on its title, and a folder's name or a chapter's
  // title is none (r9 review: 'topic is the folder name').
  const folders = new Set(places.slice(1));
  const fallback = (topic: string | undefined): string | undefined => (topic !== undefined && !folderTitles && folders.has(topic) && namesNoSubject(stem) ? undefined : topic);
  // A vague heading ("Questions missed from the first test") is a poor title, but better than none.
  return fallback(all.find((topic) => !isVagueHeading(topic, facets) && fits(topic)) ?? all.find(fits)) ?? all.find((topic) => namesAllAlike(topic, stem, distractors));
}

/** "Which of these is …", "Which of these has …": the stem says of no kind or place what it asks (not "best describes X"). */
const namesNoSubject = (stem: string): boolean => /^Which of these (?!best describes\b)/.test(stem);

/**
 * "CloudFront vs Global Accelerator" over "Comparing CloudFront and Global Accelerator, which …?": a
 * title naming every choice the stem names (and no other) favours none of them.
 */
function namesAllAlike(topic: string, stem: string, choices: readonly string[]): boolean {
  const named = choices.filter((choice) => containsWords(stem, choice));
  return named.length >= 2 && choices.every((choice) => named.includes(choice) === containsWords(topic, choice));
}

/** A facet that names a kind ("Types", "Limits", "Side effects" heading every drug's note), not a remark or a number. */
function isKind(heading: string, facets: readonly string[] = []): boolean {
  const recurring = facets.some((facet) => facet.toLowerCase() === heading.toLowerCase());
  return (recurring || (isFacet(heading) && realSubject([heading], facets) === undefined)) && !isVagueHeading(heading) && !/\d/.test(heading);
}

const wordsIn = (text: string): string[] => text.toLowerCase().split(/[^\p{L}\p{N}]+/u).filter(Boolean);

/** "electronic discovery" over an answer saying "eDiscovery": a title word inside a word of the answer, and of no distractor. */
function insideAnswerWord(topic: string, answer: string, distractors: readonly string[]): boolean {
  const answerWords = wordsIn(answer);
  const others = distractors.flatMap(wordsIn);
  return wordsIn(topic).some((word) => word.length >= 4 && answerWords.some((a) => a !== word && a.includes(word)) && !others.some((o) => o.includes(word)));
}

/**
 * A chapter's or a task's title ("Configure storage accounts", a file named
 * "list-set-and-change-permissions"), or a checklist line of more than eight words: no title for a
 * question. Two words are too few to tell a task from a name ("Command line").
 */
function taskTitle(topic: string): boolean {
  const words = topic.trim().split(/\s+/).length;
  return words > 8 || (words >= 3 && isTitle(capitalise(topic)));
}

/** "Persistent Volume Claims (PVCs)" → "Persistent Volume Claims": a gloss in brackets often is the answer. */
function withoutGloss(heading: string): string {
  return tidy(heading.replace(/\s*\([^)]*\)/g, '')).slice(0, 100);
}

/** A folder or file name as words: "07-Storage" → "Storage", "ecs_eks" → "ecs eks"; none from "70-410" (a course number). */
function asPlace(name: string): string {
  const place = withoutGloss(name.replace(/^\s*\d+(\.\d+)*[-_.\s]+/, '').replace(/[-_]+/g, ' '));
  return /\p{L}/u.test(place) ? place : '';
}
