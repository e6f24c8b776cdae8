import type { Nodes, Paragraph } from 'mdast';
import { sentencesOf } from './command-line.js';
import { plainText } from './markdown-text.js';
import { wordCount } from './word-count.js';

/**
 * A sentence that gives a thing its name, the name in bold, defines the name by what the sentence
 * says before it:
 *
 * - "The time a cache entry may stay unread is called its **idle window**." → idle window = "the
 *   time a cache entry may stay unread" (also "known as", "referred to as", "termed", "named");
 * - "A set of rules can be combined to form a **rulebook**." → rulebook = "formed by combining a set
 *   of rules" (also "grouped into", "joined together to form").
 *
 * The bold is what tells a naming apart from prose that happens to say "called" ("a file called
 * config"): only a bold name the sentence ends on is read. The named phrase must open the sentence
 * with an article and hold at least three words, so "Commands are called **cmdlets**" (no phrase to
 * define by) gives nothing.
 */
export function namedInProse(paragraph: Paragraph): Array<{ term: string; definition: string }> {
  const bold = new Set(boldTexts(paragraph).map((text) => text.toLowerCase()));
  if (bold.size === 0) return [];
  const found: Array<{ term: string; definition: string }> = [];
  for (const sentence of sentencesOf(plainText(paragraph))) {
    const named = NAMED.exec(sentence) ?? FORMED.exec(sentence);
    const { phrase = '', verb, term = '' } = named?.groups ?? {};
    if (!bold.has(term.toLowerCase()) || wordCount(phrase) < 3 || wordCount(term) > 4) continue;
    const lower = phrase.replace(/^(?:The|An?|Each|Any)\b/, (article) => article.toLowerCase());
    found.push({ term, definition: verb ? `formed by ${verb.replace(/ed$/, 'ing')} ${lower}` : lower });
  }
  return found;
}

/** "The … is called a **name**.": the phrase named, then the name. */
const NAMED =
  /^(?<phrase>(?:The|A|An|Each|Any)\s[^,;:]{8,140}?)\s+(?:is|are)\s+(?:(?:also|often|commonly|usually|sometimes)\s+)?(?:called|known\s+as|referred\s+to\s+as|termed|named)\s+(?:(?:an?|the)\s+)?(?<term>[^.,;:!?()]+?)\s*[.!?]?$/u;

/** "A set of … can be combined to form a **name**.": the parts, how they are put together, then the name. */
const FORMED =
  /^(?<phrase>(?:A|An|The)\s[^,;:]{8,140}?)\s+(?:can|may|is|are)\s+(?:be\s+)?(?<verb>\p{Ll}{3,}ed)\s+(?:together\s+)?(?:to\s+form|into)\s+(?:(?:an?|the)\s+)?(?<term>[^.,;:!?()]+?)\s*[.!?]?$/u;

/** The texts set in bold anywhere in the paragraph. */
function boldTexts(node: Nodes): string[] {
  if (node.type === 'strong') return [plainText(node)];
  return 'children' in node ? node.children.flatMap((child) => boldTexts(child)) : [];
}
