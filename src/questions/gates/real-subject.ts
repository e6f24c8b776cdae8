import { COMMAND_VERBS } from '../../knowledge/english-words.js';
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
    if (text === '' || isVagueHeading(text, facets) || isFacetOnly(text, facets) || isTitle(text) || /\.(md|txt|markdown)$/i.test(text)) continue;
    return text;
  }
  return undefined;
}

// The words a heading adds to a subject to name one side of it ("Lambda limits", "S3 pricing"); a
// heading made of these and plain lower-case words alone names no subject.
const facetWord = /^(limits?|quotas?|settings?|config(uration)?s?|lengths?|sizes?|basics|concepts?|features?|pricing|costs?|options?|types?|commands?|upgrades?|optimi[sz]ations?|performance|defaults?|values?|numbers|properties|parameters|details|facts|general|common|important|key|main|other|more|useful|essential|table|tables|random|remember|required|ports?|best|practices?|guidelines?|tips)$/i;

// A one-word facet of the folder ("API" heading a section of every service's note) is a facet word
// too: "API Limits" names no subject either.
function isFacetOnly(heading: string, facets: readonly string[]): boolean {
  const words = heading.replace(/[()]/g, ' ').split(/\s+/).filter(Boolean);
  const isFacetWord = (word: string): boolean => facetWord.test(word) || facets.some((facet) => facet.toLowerCase() === word.toLowerCase());
  // A word that names something: capitalised mid-heading, an acronym, or with a digit ("S3", "EC2").
  const named = words.some((word, index) => !isFacetWord(word) && (/\p{Lu}.*\p{Lu}|\d/u.test(word) || (index > 0 && /^\p{Lu}/u.test(word)) || (index === 0 && words.length === 1)));
  return !named && words.some((word) => facetWord.test(word));
}

/**
 * A chapter's or a task's title, not the name of a thing: "Add Disks and Swap to a System Without
 * Data Loss", "List, Create and Delete Partitions", "Schedule Jobs Using Timers", "Exam Study Guide".
 * Names of things are short noun phrases; a title of five words or more joined by a preposition
 * (not "and": "AWS Identity and Access Management" is a name), a comma-separated list of verbs, or a
 * document's own label, says what a section does.
 */
export function isTitle(heading: string): boolean {
  const words = heading.split(/\s+/).filter(Boolean);
  if (/\b(study guide|cheat ?sheet|handbook|summary|notes|chapter|module|lesson|part)\s*\d*$/i.test(heading)) return true;
  if (/^\p{Lu}\p{Ll}+,\s+\p{Lu}\p{Ll}+(,\s+\p{Lu}\p{Ll}+)*,?\s+(and|or)\s+/u.test(heading)) return true;
  // "Design and implement indexes", "Plan and configure storage": two verbs and their object, in a
  // name's place; a name capitalises its words ("Identity and Access Management").
  if (/^\p{L}\p{Ll}+\s+and\s+\p{Ll}+\s+\p{Ll}/u.test(heading)) return true;
  // "Configure storage security", "Manage users": a command verb, then plain words.
  const verb = /^(\p{Lu}\p{Ll}+)\s+(?!(?:and|or)\b)\p{Ll}/u.exec(heading)?.[1]?.toLowerCase();
  if (verb && (COMMAND_VERBS.has(`${verb}s`) || COMMAND_VERBS.has(`${verb}es`))) return true;
  // "Choosing IP Ranges", "Tuning Query Plans": a gerund and its object say what the section does.
  if (words.length >= 3 && /^\p{Lu}\p{Ll}{2,}ing$/u.test(words[0]!) && /^\p{Lu}/u.test(words[1]!)) return true;
  return words.length >= 5 && words.some((word, i) => i > 0 && /^(using|with|without|to|on|from|into|onto|in|for|by|via)$/i.test(word));
}
