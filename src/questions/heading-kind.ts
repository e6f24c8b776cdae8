import { FUNCTION_WORDS } from '../knowledge/english-words.js';
import { perContext } from './context-index.js';
import type { GenerationContext } from './generation-context.js';
import { headingPlace, nameIndexOf } from './statement-names.js';

/**
 * Which sibling headings name a thing of a heading's kind, so that they can stand as its wrong choices
 * ("Which of these is described as …?" over "## Sulindac" among "## Indomethacin", "## Ketorolac").
 * A heading beside the answer is no such thing when it is:
 *
 * - a pair: "Role + RoleBinding", "Acute and Chronic Pain", "TCP vs UDP";
 * - a phrase: a lower-case word after its first ("NSAID chemical structure", "Side effects") or a
 *   function word written in capitals ("Treat To Target");
 * - of the other number: "Propionic Acids" (a class) beside "Sulindac" (one drug);
 * - a topic where the answer is none, or the reverse: a heading whose sub-headings name things
 *   ("## Salicylates" over "### Aspirin") groups things, it is not one of them.
 */

/** "Role + RoleBinding", "Acute and Chronic Pain", "Allow or Deny": two things, not one name. */
export const namesAPair = (name: string): boolean => /\S\s+(?:\+|&|and|or|vs\.?|versus)\s+\S/i.test(name);

/** A heading written as a phrase or a pair, not as a name. */
export function headingIsPhrase(heading: string): boolean {
  const rest = heading.trim().split(/\s+/).slice(1);
  return namesAPair(heading) || rest.some((word) => /^\p{Ll}/u.test(word) || FUNCTION_WORDS.has(word.toLowerCase()));
}

/** "Acids", "Inhibitors", "Salicylates": a last word in the plural ("Arteriosus", "Analysis", "Access" are not). */
export const headingIsPlural = (heading: string): boolean => /\p{Ll}{2}(?<![siu])s$/u.test(heading.trim().split(/\s+/).at(-1) ?? '');

/** Keys (`headingPlace` of a child) of the headings that have a sub-heading naming a thing. */
const topicHeadings = perContext((context): Set<string> => {
  const index = nameIndexOf(context);
  const topics = new Set<string>();
  for (const item of context.items) {
    const { section, file } = item.source;
    section.forEach((written, at) => {
      if (at > 0 && index.isThing(written) && !headingIsPhrase(written)) topics.add(headingPlace(file, section.slice(0, at + 1)));
    });
  }
  return topics;
});

/** True when the heading ending `path` (the headings down to it) has a sub-heading that names a thing. */
const isTopic = (context: GenerationContext, file: string, path: readonly string[]): boolean => topicHeadings(context).has(headingPlace(file, [...path, '']));

/**
 * A test of the headings beside the one ending `path` (same parent, or a parent of the same kind):
 * true for a name of its kind, one of its number and as much a topic as it is.
 */
export function ofHeadingKind(context: GenerationContext, file: string, path: readonly string[]): (name: string) => boolean {
  const heading = path.at(-1) ?? '';
  const plural = headingIsPlural(heading);
  const topic = isTopic(context, file, path);
  return (name) => !headingIsPhrase(name) && headingIsPlural(name) === plural && isTopic(context, file, [...path.slice(0, -1), name]) === topic;
}

/** The last word of a heading without a plural ending: "Propionic Acids" and "Acetic Acids" share "acid". */
const headWord = (heading: string): string => (heading.trim().split(/\s+/).at(-1) ?? '').toLowerCase().replace(/s$/, '');

/**
 * Headings at the depth of the one ending `path` under its parent's siblings of the same kind, the
 * parents sharing their last word: under "## Acetic Acids › ### Sulindac", the "###" headings under
 * "## Propionic Acids" ("Naproxen"), none under "## Side Effects".
 */
export function cousinHeadings(context: GenerationContext, file: string, path: readonly string[], label = ''): string[] {
  if (path.length < 2) return [];
  const parent = path.at(-2)!;
  const above = path.slice(0, -2);
  const headings = nameIndexOf(context).headings;
  const uncles = (headings.get(headingPlace(file, [...above, parent])) ?? []).filter((uncle) => uncle !== parent && headWord(uncle) === headWord(parent) && headWord(parent).length >= 3);
  return uncles.flatMap((uncle) => headings.get(headingPlace(file, [...above, uncle, ''], label)) ?? []);
}
