import type { Paragraph } from 'mdast';
import { plainText } from './markdown-text.js';

/** A bold term opening a sentence after a paragraph's first, with its sentence ("Disulfiram blocks …"). */
export interface LaterLead {
  term: string;
  sentence: string;
}

/**
 * The bold terms that open a sentence or a line after a paragraph's first and go on in lower case:
 * "Disulfiram" in "Ethanol was once given for this. **Disulfiram** blocks the enzyme …". Textbook-style
 * notes bold the term a sentence defines wherever the sentence stands; the first sentence's own lead
 * is read by extract-key-value.ts. Only a term after a full stop (or ! ?) or a line break: a bold word
 * inside a sentence ("… the **only** way …") is emphasis, not a term. A sentence pointing back at the
 * ones before it ("blocks the same enzyme", "these drugs") says nothing read alone, and is left out.
 */
export function laterBoldLeads(p: Paragraph): LaterLead[] {
  const leads: LaterLead[] = [];
  p.children.forEach((child, index) => {
    if (index === 0 || child.type !== 'strong') return;
    const before = p.children[index - 1];
    const after = p.children[index + 1];
    const opens = before?.type === 'break' || (before?.type === 'text' && /(?:[.!?]\s+|\n)$/.test(before.value));
    if (!opens || after?.type !== 'text' || !/^\s+\p{Ll}/u.test(after.value)) return;
    const term = plainText(child).trim();
    // The sentence: up to its full stop, or the end of its line.
    const rest = plainText({ type: 'paragraph', children: p.children.slice(index + 1) }).split(/(?<=[.!?])\s+|\n/)[0]!;
    const sentence = `${term} ${rest.trim()}`;
    if (/^\p{Lu}/u.test(term) && term.split(/\s+/).length <= 4 && !POINTS_BACK.test(rest))
      leads.push({ term, sentence });
  });
  return leads;
}

const POINTS_BACK = /\b(?:the\s+same|this|these|those|such|also|likewise)\b/i;
