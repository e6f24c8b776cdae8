import { FUNCTION_WORDS, PRONOUN } from './english-words.js';
import { findQuantities } from './parse-quantity.js';

/*
 * A name with what it is in brackets, inside any sentence: "Manage hosts with Fleet Console
 * (browser-based console for fleet admins)", "Records live in Ledger Store (immutable journal) and
 * Hot Cache (in-memory copy of recent records)". Each bracket that reads as a description of the name
 * before it defines that name.
 */

/** A name of one to four capitalised words (or acronyms, or joined-up words), then a bracket. */
const NAMED_BRACKET = /(?<![\p{L}\d_-])((?:\p{Lu}[\p{L}\d-]*)(?:\s+\p{Lu}[\p{L}\d-]*){0,3})\s+\(([^()]{8,100})\)/gu;

/** First words of a bracket that qualify, condition or compare rather than say what the name is. */
const NOT_A_DESCRIPTION =
  /^(?:unlike|always|never|maybe|perhaps|e\.g|i\.e|eg|ie|see|formerly|aka|like|via|except|including|incl|optional|required|default|recommended|deprecated|legacy|now|previously|only)\b/i;

/** The names and descriptions the brackets of a text give, in order; none when a bracket reads otherwise. */
export function parenthesisDefinitions(text: string): Array<{ term: string; definition: string }> {
  const found: Array<{ term: string; definition: string }> = [];
  for (const match of text.matchAll(NAMED_BRACKET)) {
    const term = match[1]!.trim();
    const definition = match[2]!.trim();
    if (describes(term, definition)) found.push({ term, definition });
  }
  return found;
}

/**
 * True when the bracket says what the name is: a noun phrase of three to twelve words in lower case
 * ("globally distributed document store"), not a condition ("if versioning is on"), a choice of values
 * ("standard or premium", "hot, cool"), a number ("changed every 15 min"), a remark to the reader, or
 * what the thing does ("uses S3 as a stage": a property, not what it is).
 */
function describes(term: string, definition: string): boolean {
  const words = definition.split(/\s+/);
  const first = words[0]!;
  if (words.length < 3 || words.length > 12 || !/^\p{Ll}/u.test(first)) return false;
  if (FUNCTION_WORDS.has(first.toLowerCase()) || NOT_A_DESCRIPTION.test(definition) || /^\p{Ll}+(?:s|ly)$/u.test(first))
    return false;
  // "cofactor is SAM": a clause, not a noun phrase.
  if (words.some((word) => /^(?:is|are|was|were|has|have|does|do)$/i.test(word))) return false;
  // "AVAILABLE (available for queries)", "SAN (storage area network)": the name again, or its letters spelled out (an alias).
  if (` ${definition.toLowerCase()} `.includes(` ${term.toLowerCase()} `) || spellsOut(term, words)) return false;
  if (/[,;:?!`*]|\s-\s|\.\s/.test(definition) || findQuantities(definition).length > 0) return false;
  if (
    words.some((word) => PRONOUN.test(word) && !/^(?:one|all|each|both|some|most|many)$/i.test(word)) ||
    /\b(?:you|your|we|our|i)\b/i.test(definition)
  )
    return false;
  // "block and page", "read or write": two values, not a description.
  if (/^\S+(?:\s\S+)?\s+(?:and|or)\s+\S+(?:\s\S+)?$/.test(definition)) return false;
  // The name must be a name, not the start of a sentence ("No (both bypass …)", "Unlike CPU (…)").
  const termWords = term.split(/\s+/);
  return !termWords.some((word) => FUNCTION_WORDS.has(word.toLowerCase()) || NOT_A_DESCRIPTION.test(word));
}

/** "SAN" and "storage area network": the bracket spells out an acronym, so it is another name, not a description. */
function spellsOut(term: string, words: readonly string[]): boolean {
  if (!/^\p{Lu}{2,6}s?$/u.test(term)) return false;
  const letters = term.replace(/s$/, '').toLowerCase();
  const initials = words.map((word) => word[0]!.toLowerCase()).join('');
  return initials.startsWith(letters) || (initials.length >= 3 && letters.startsWith(initials));
}
