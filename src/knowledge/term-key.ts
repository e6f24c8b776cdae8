import { looksLikeCode } from './command-line.js';
import { FACET_WORDS, FUNCTION_WORDS } from './english-words.js';
import { REMARK_KEY } from './extract-plain-fact.js';
import { findQuantities } from './parse-quantity.js';
import { wordCount } from './word-count.js';

/*
 * Whether the key of a `key: value` line names a term the value defines, or is a label of the note
 * ("pros", "steps"), a sentence with a colon, or a figure.
 */

/** A name, then a copula and what the name is: "ClusterIP is the default", "Retries are required". */
const CLAUSE_KEY = /^\S+(?:\s+\S+){0,2}\s+(?:is|are)\s+(?:the\s+|an?\s+|not\s+)?\p{Ll}+$/u;

/** A key that can be a defined term: short, capitalised (or emphasised), no number in it. */
export function isTermKey(key: string, emphasised: boolean): boolean {
  const bare = key.replace(/[`*]/g, '').trim();
  if (!bare || REMARK_KEY.test(bare) || wordCount(bare) > 5 || findQuantities(bare).length > 0) return false;
  // "multi-user.target: …", "kubectl drain <node>: …": a key written as code names a command or setting.
  if (looksLikeCode(bare)) return true;
  // "**Widgets are the default** — …", "**Gizmo is required**": an emphasised clause states a fact; it names no term.
  if (CLAUSE_KEY.test(bare)) return false;
  // "Aurora comes in two flavours: …" is a sentence with a colon, not a term.
  if (!emphasised && wordCount(bare) >= 3 && /\s\p{Ll}/u.test(bare)) return false;
  return emphasised || /^[\p{Lu}\p{N}]/u.test(bare);
}

/**
 * "macaulay duration: measured in periods of time", "effective duration - estimates the price change …":
 * notes written in lower case key their terms in lower case too. Such a key is a term when it is a
 * short noun phrase (no glue words, no facet or remark word) and its value says something (four words
 * or more); "timeout: 30 s" or "pros: cheap" stay facts.
 */
export function isLowerTermKey(key: string, value: string): boolean {
  const words = key
    .replace(/\([^)]*\)/g, ' ')
    .trim()
    .split(/\s+/)
    .filter(Boolean);
  // "modified: MacDur / (1 + r)", "… counted $P(X)$": a formula, not words saying what the term is.
  const valueWords = value.split(/\s+/).filter((w) => /\p{L}{2,}/u.test(w)).length;
  if (words.length === 0 || words.length > 3 || valueWords < 4 || !/^[\p{L}(]/u.test(value) || /\$[^$]+\$/.test(value))
    return false;
  if (REMARK_KEY.test(key.trim()) || NOT_A_TERM_KEY.test(key.trim())) return false;
  // "type 2 error", "layer 7 proxy": a number inside the phrase numbers a kind (so "type" before it is
  // no facet word); one closing it ("part 1") is a label.
  const numbered = (i: number): boolean => i > 0 && i < words.length - 1 && /^\p{N}{1,2}$/u.test(words[i]!);
  return words.every(
    (w, i) =>
      (/^\p{Ll}[\p{Ll}\p{N}'-]*$/u.test(w) && !FUNCTION_WORDS.has(w) && (!FACET_WORDS.has(w) || numbered(i + 1))) ||
      numbered(i),
  );
}

/** Lower-case keys that head a part of a note, not a term: "pros: …", "steps: …", "output: …". */
const NOT_A_TERM_KEY =
  /^(?:pros?|cons?|advantages?|disadvantages?|steps?|results?|output|input|usage|syntax|answer|question|q|a|why|how|when|where)$/i;
