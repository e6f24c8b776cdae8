import { ACTION_VERBS, REFERRING_PRONOUN } from './english-words.js';

/**
 * The noun phrase a value is said of, when the words before the value put it in a frame that names it:
 * "sets the idle timeout to 60 seconds for each client" (the setting verb's object) and "the retention
 * period for a stream is 24 hours" (the phrase before the preposition of "the X for Y is"). The words
 * after the value ("for each client") and the preposition's object ("a stream") only scope it.
 */

const MAX_WORDS = 4;
const CHANGE_VERBS = new Set(ACTION_VERBS.change.split(' '));
/** Words that open a noun phrase and say nothing of it. */
const DETERMINERS = new Set('the a an its their each every this that these those default'.split(' '));
/** Prepositions that scope a phrase ("timeout for a message") rather than name part of it ("number of messages"). */
const SCOPING = new Set('for per on in within under across at from by with to'.split(' '));
const COPULA = new Set('is are was were'.split(' '));

/** "sets", "setting", "increased", "reduces" → whether its base form is a verb that changes a setting. */
function isChangeVerb(word: string): boolean {
  const w = word.toLowerCase();
  const bases = [w, w.replace(/s$/, ''), w.replace(/es$/, ''), w.replace(/d$/, ''), w.replace(/ed$/, '')];
  bases.push(w.replace(/ing$/, ''), w.replace(/ing$/, 'e'), w.replace(/ting$/, ''));
  return bases.some((b) => CHANGE_VERBS.has(b));
}

/** The words of a noun phrase, its determiners dropped; undefined when none is left or one is no noun word. */
function nounPhrase(words: string[]): string[] | undefined {
  const rest = [...words];
  while (rest.length > 0 && DETERMINERS.has(rest[0]!.toLowerCase())) rest.shift();
  if (rest.length === 0 || rest.length > MAX_WORDS) return undefined;
  if (rest.some((w) => /\d/.test(w) || REFERRING_PRONOUN.test(w) || SCOPING.has(w.toLowerCase()))) return undefined;
  return rest;
}

/** "… sets the idle timeout to": the object of the setting verb before "to"; undefined otherwise. */
export function setObject(tokens: string[]): string[] | undefined {
  if (tokens.at(-1)?.toLowerCase() !== 'to') return undefined;
  const verbAt = tokens.findLastIndex((t, i) => i < tokens.length - 1 && isChangeVerb(t));
  if (verbAt < 0) return undefined;
  return nounPhrase(tokens.slice(verbAt + 1, -1));
}

/**
 * "The default visibility timeout for a message is": the phrase before the scoping preposition, when
 * the clause ends with its linking verb; undefined otherwise ("Billed for run time" names what follows).
 */
export function scopedHead(tokens: string[]): string[] | undefined {
  if (!COPULA.has(tokens.at(-1)?.toLowerCase() ?? '')) return undefined;
  const cut = tokens.findIndex((t) => SCOPING.has(t.toLowerCase()));
  if (cut <= 0) return undefined;
  return nounPhrase(tokens.slice(0, cut));
}
