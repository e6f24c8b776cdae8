import type { Item } from '../knowledge/item.js';
import { describe } from './index-documents.js';
import { tokenize } from './normalize-text.js';

/**
 * How plainly an item's text says what the asked term is, by how it opens: 2 when it opens with the
 * term and a defining verb ("Static pods are pods managed by …", "A deadlock occurs when …", "X means
 * …", "X = …"), 1 when it opens with the term doing something ("HPA scales pods …"), else 0; 2 as well
 * when a sentence names the term last ("… is called X") or a later sentence opens defining it. Only the
 * shape of an English sentence is judged, never a field's words.
 */
export function definesAsked(item: Item, asked: ReadonlySet<string>): number {
  if (asked.size === 0) return 0;
  const body = describe(item).body;
  if (namesAtEnd(body, asked)) return 2;
  const opening = opensDefining(body, asked);
  if (opening > 0) return opening;
  // "**Efficacy** is … . **Potency** is a term which …": a later sentence may define the term too.
  for (const sentence of body.split(SENTENCE_END).slice(1, 6)) if (opensDefining(sentence, asked) === 2) return 2;
  return 0;
}

/** How the text's first words say what the asked term is (see definesAsked). */
function opensDefining(text: string, asked: ReadonlySet<string>): number {
  const words = text
    .trim()
    .split(/\s+/u)
    .slice(0, asked.size + 16);
  // An article may come first ("A deadlock …", "The kubelet …").
  let at = ARTICLE.test(words[0] ?? '') ? 1 : 0;
  const seen = new Set<string>();
  for (; at < words.length && seen.size < asked.size; at += 1) {
    const terms = tokenize(words[at] ?? '');
    if (terms.length === 0 || !terms.every((term) => asked.has(term))) return appositive(words, asked) ? 1 : 0;
    for (const term of terms) seen.add(term);
  }
  if (seen.size < asked.size) return appositive(words, asked) ? 1 : 0;
  // "efficient market: a market in which …": the term as a glossary key, a few words said of it
  // ("Probe: v3" is a value, not what a probe is).
  if (/:$/u.test(words[at - 1] ?? '')) return tokenize(words.slice(at).join(' ')).length >= 3 ? 2 : 0;
  const next = words.slice(at, at + 2).join(' ');
  // "X are used in …", "X is not …": said of X, not what X is.
  if (DEFINING_VERB.test(next) && !PASSIVE_OR_NOT.test(next)) return 2;
  return ACTING_VERB.test(words[at] ?? '') ? 1 : 0;
}

/** "… implement an atomic counter—a numeric attribute …": the term, then a dash or comma and "a …". */
function appositive(words: readonly string[], asked: ReadonlySet<string>): boolean {
  const text = words.join(' ');
  const match = APPOSITIVE.exec(text);
  if (!match) return false;
  const before = tokenize(text.slice(0, match.index)).slice(-asked.size);
  return before.length === asked.size && before.every((term) => asked.has(term));
}

/**
 * "… is called a covering index.", "… is referred to as half-life.", "… combine to form an
 * initiative.": a sentence that ends by naming the asked term says what it is, term last.
 */
function namesAtEnd(body: string, asked: ReadonlySet<string>): boolean {
  NAMED_LAST.lastIndex = 0;
  for (let match = NAMED_LAST.exec(body); match; match = NAMED_LAST.exec(body)) {
    const terms = tokenize(match[1] ?? '');
    if (terms.length === asked.size && terms.every((term) => asked.has(term))) return true;
  }
  return false;
}

// The cue, an optional article, then up to four words up to the end of the sentence (or a comma).
const NAMED_LAST =
  /\b(?:(?:is|are)\s+(?:called|named|termed|known\s+as|referred\s+to\s+as)|to\s+form)\s+(?:an?\s+|the\s+)?((?:[\p{L}\p{N}][\p{L}\p{N}'/-]*\s*){1,4}?)(?=[.,;:!?)]|$)/giu;

// A sentence ends at ". " after two letters or digits (not "e.g. ", not "1.5").
const SENTENCE_END = /(?<=[^.\s]{2}[.!?])\s+(?=\S)/u;
const ARTICLE = /^(?:an?|the)$/iu;
const PASSIVE_OR_NOT = /^(?:is|are)\s+(?:not|\p{L}+ed)$/iu;
const APPOSITIVE = /\s*(?:—|–|--|,)\s*an?\s/u;
// "is", "are", "refers to", "means", "stands for", "=", "occurs when", "happens if", "is/are called".
const DEFINING_VERB =
  /^(?:is|are|refers?\s+to|means?|stands?\s+for|=|:|—|-|occurs?\s+(?:when|if)|happens?\s+(?:when|if))(?:\s|$)/iu;
// A lower-case word in the third person: "scales", "allows", "lets", "provides" (not "is", "has").
const ACTING_VERB = /^(?:automatically\s+)?[a-z]{3,}(?<![su])s$|^automatically$/u;
