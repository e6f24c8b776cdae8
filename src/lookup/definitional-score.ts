import type { Item } from '../knowledge/item.js';
import { describe } from './index-documents.js';

/**
 * How much an item's text reads as a definition, for /define to prefer "X is a …", "X: …", "A **X**
 * ensures …" and the bullets under "What is X?" over an exam tip, a demo step, a worked example or a
 * checklist line that mentions the term. Only how a text opens is judged: a definition followed by
 * "For example: …" is still a definition. The cues are the shapes of English sentences, not any field's
 * words; this is the one place they live.
 */

// "is a", "are", "refers to", "means", "=" near the start: the shape of a definition.
const DEFINES = /^(?:\S+\s+){0,6}?(?:is|are|was|refers? to|means|stands for|describes?|=)\s/iu;
// "A deadlock occurs when …", "X happens if …": an event defined by when it happens.
const OCCURS = /^(?:\S+\s+){0,4}?(?:occurs?|happens?) (?:when|if)\s/iu;
// "A …", "An …", "The …" opening a noun phrase, as glossaries do.
const NOUN_PHRASE = /^(?:an?|the)\s/iu;
// Worked examples, tips, steps and checklists: about the term, not what it is. ("Choose X for …" and
// "Use X when …" are left alone: they say what X is for, which a /define of "X vs Y" wants.)
const EXAMPLE = /^(?:\S+\s+){0,3}?(?:e\.g\.|for example|for instance|in this example|the following example|example:)/iu;
const INSTRUCTION =
  /^(?:to|when|if|once|then|first|next|finally|click|select|enable|run|type|open|go to|navigate|understand|know|remember|note|make sure|be (?:sure|mindful|careful)|don'?t|do not|never|always|try|check|create|delete|remove|configure|set|add)\b/iu;
// "The **potency** can be found by …" read as a definition of potency: a predicate, not what it is.
const PREDICATE = /^(?:can|cannot|could|may|might|will|would|should|must)\s/iu;
const COMMAND = /(?:^|\s)(?:\$|#)\s|(?:^|\s)--?\w|`/u;
// An Obsidian callout's marker ("[!tip] Exam"): a label, not something said.
const CALLOUT = /^\[!\w+\]/u;

// Items do not change once loaded: each is judged once.
const SCORES = new WeakMap<Item, number>();

export function definitionalScore(item: Item): number {
  let score = SCORES.get(item);
  if (score === undefined) {
    score = judge(item);
    SCORES.set(item, score);
  }
  return score;
}

function judge(item: Item): number {
  const text = describe(item).body.trim();
  // Other kinds (lists, comparisons) are weighed by the index's kind weights; here only their text counts.
  let score = item.kind === 'definition' ? 1 : 0;
  if (DEFINES.test(text) || NOUN_PHRASE.test(text) || OCCURS.test(text)) score += 1;
  if (EXAMPLE.test(text)) score -= 2;
  if (INSTRUCTION.test(text)) score -= 2;
  if (COMMAND.test(text)) score -= 1;
  if (item.kind === 'definition' && PREDICATE.test(text)) score -= 2;
  if (CALLOUT.test(text)) score -= 2;
  // A definition is a sentence or two; a paragraph that merely holds the term is usually something else.
  if (text.length > 320) score -= 1;
  return score;
}
