import { EXAMPLE_LEAD, FUNCTION_WORDS } from './english-words.js';

/**
 * Bilingual notes write an English statement and then a remark in another language on the same line
 * ("money multiplier: 1 / reserve requirement 可以理解成…", "premium(注意看…)"). This reads the English part
 * that comes first, cut where the remark starts and never inside an English word or a bracket: a word
 * glued to the remark ("reserve越少") belongs to the remark, and so does a bracket the remark opens.
 */

/** A letter of a script English text never uses (Han, kana, Hangul, Cyrillic, Arabic, …); Greek is a formula's. */
const otherScript =
  /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}\p{Script=Cyrillic}\p{Script=Arabic}\p{Script=Hebrew}\p{Script=Thai}\p{Script=Devanagari}]/u;

/** Whether the text holds a letter of another language's script. */
export const hasOtherScript = (text: string): boolean => otherScript.test(text);

/**
 * The English text before the first remark in another script, trimmed of the separators left at its
 * end; the whole text when it has no such remark; undefined when the text opens with the remark.
 */
export function englishPart(text: string): string | undefined {
  const at = text.search(otherScript);
  if (at < 0) return text.trim() || undefined;
  let head = text.slice(0, at);
  // A word glued to the remark ("g的计算") is the remark's: cut before that word.
  head = /\S$/u.test(head) && !/[([{（【]$/u.test(head) ? head.replace(/\S+$/u, '') : head;
  // A bracket the remark opens ("premium(注意…)") goes with it, as do dangling separators.
  head = head.replace(/[\s([{（【:：,，;；\-–—=]+$/u, '').trim();
  if (head === '' || !balanced(head)) return undefined;
  return head;
}

/**
 * The English statement of a bilingual line when it reads whole before the remark: "real rates are
 * stable over time 所以…" → "real rates are stable over time" (or after it, see englishTail). The whole
 * text when it has no remark;
 * undefined when the English would end mid-sentence: on a word glued to the remark ("the spread of同期…"
 * is cut in a word), on a word that needs one after it ("… issued by 政府"), on a label or an example
 * lead-in the remark completes ("r: 利率", "e.g. 温度"), or under three words.
 */
export function englishStatement(text: string): string | undefined {
  const at = text.search(otherScript);
  if (at < 0) return text;
  return englishHead(text, at) ?? englishTail(text);
}

/**
 * "期权 Allows the holder to buy or sell …": a remark first, then the English sentence to the end of the
 * line, spaced off the remark and opening with a capital, five words or more ("Best to stop, document"
 * after a remark is advice, not what the term is).
 */
function englishTail(text: string): string | undefined {
  const tail = /(?<=[^\s\p{Script=Latin}\d(),.:;+/'’-])\s+(\p{Lu}[^]*)$/u.exec(text)?.[1]?.trim();
  if (!tail || hasOtherScript(tail) || /->|=>/u.test(tail) || tail.split(/\s+/).length < 5) return undefined;
  return tail;
}

function englishHead(text: string, at: number): string | undefined {
  const head = text.slice(0, at);
  // "PMT / r PMT: 每年…" labels its last word for the remark; "ranking e.g. 温度" leads into it.
  if (!/\s$/u.test(head) || /[:：=\-–—]\s*$/u.test(head) || EXAMPLE_LEAD.test(head.trim())) return undefined;
  const english = englishPart(text);
  if (english === undefined) return undefined;
  const words = english.split(/\s+/);
  if (words.length < 3 || FUNCTION_WORDS.has(words.at(-1)!.toLowerCase())) return undefined;
  return english;
}

/** Round brackets closed in order: a cut that leaves "(t / T" open has cut the English too. */
function balanced(text: string): boolean {
  let depth = 0;
  for (const char of text) {
    if (char === '(') depth += 1;
    else if (char === ')') depth -= 1;
    if (depth < 0) return false;
  }
  return depth === 0;
}
