/**
 * Gate "a choice reads as written" (review category "garbled"): a choice cut from the notes must not
 * carry the cut's scars. Signs that need no dictionary: a question mark or an unbalanced bracket inside
 * ("Aurora? Aurora", "ON, DURABILITY = X)"), a word doubled across the cut ("Aurora? Aurora"), a
 * dangling demonstrative or article at the end ("Snowmobile This", "A managed service to"), or a
 * clause opener at the start ("when you are trying"). Returns the reason, or undefined.
 */
export function garbledChoice(choice: string): string | undefined {
  const text = choice.trim();
  if (/\?./.test(text)) return 'a choice holds a question mark';
  if (unbalanced(text)) return 'a choice has an unbalanced bracket or quote';
  if (/(?:^|\s)=(?:\s|$)/.test(text)) return 'a choice holds a raw assignment';
  const words = text.split(/\s+/);
  if (words.length === 1 && /^(this|that|these|those|it|they|them|here|there|which|what|other|others|another)$/i.test(text)) return 'a choice is a pronoun, not a name';
  if (/[\u200B-\u200D\u2060\uFEFF]/u.test(text)) return 'a choice holds an invisible character';
  if (words.length >= 2 && danglingEnd.test(words.at(-1)!)) return 'a choice ends in the middle of a phrase';
  if (/^(when|if|whenever|because|while|so that|you|it)\b/i.test(text) && words.length >= 2) return 'a choice is a clause, not a name or a statement';
  const lower = words.map((word) => word.toLowerCase().replace(/[^\p{L}\p{N}]/gu, ''));
  if (lower.some((word, i) => i > 0 && word.length >= 3 && word === lower[i - 1])) return 'a choice repeats a word';
  return undefined;
}

/** A last word that leaves its phrase open: an article, a preposition, a conjunction, "vs". */
const danglingEnd = /^(this|that|these|those|the|a|an|to|of|and|or|but|vs\.?|versus|with|without|for|from|by|like|including|is|are|which|who)$/i;

function unbalanced(text: string): boolean {
  let depth = 0;
  for (const c of text) {
    if (c === '(' || c === '[') depth += 1;
    if (c === ')' || c === ']') depth -= 1;
    if (depth < 0) return true;
  }
  const quotes = (text.match(/["“”]/g) ?? []).length;
  return depth !== 0 || quotes % 2 === 1;
}

/** A quotation in the stem cut in the middle of a name: it opens on punctuation ("“:CloudFormation::Init is …”"). */
export function garbledQuote(stem: string): string | undefined {
  if (/[“"][\s]*[:;,.)\]]/.test(stem)) return 'the stem quotes a cut fragment';
  // "“Resource manager (current, use only this) vs”": the quotation stops where the note's line went on.
  const quoted = /“([^”]*)”/.exec(stem)?.[1]?.trim().split(/\s+/);
  if (quoted && quoted.length >= 2 && danglingEnd.test(quoted.at(-1)!)) return 'the stem quotes a cut fragment';
  if (/[\u200B-\u200D\u2060\uFEFF]/u.test(stem)) return 'the stem holds an invisible character';
  return undefined;
}

/** A template filled with a clause where it wanted a noun: "Which launch type has the who manages the OS?". */
export function garbledStem(stem: string): string | undefined {
  return /\b(?:the|a|an)\s+(?:who|what|when|where|why|how|which|is|are|was|were)\b/i.test(stem) ? 'the stem does not parse' : undefined;
}
