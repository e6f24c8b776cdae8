import escapeStringRegexp from 'escape-string-regexp';
import type { FactItem, Item } from './item.js';
import { itemId } from './item-id.js';

/**
 * A section headed "X vs Y" whose statements each open with one of the two names:
 *
 *     ### Sled vs Barge records
 *     A sled record appears as the type you chose when you made it.
 *     Barge used to point one name at another.
 *
 * Each such statement (its first sentence) is a fact of the thing it opens with, under a section
 * naming the contrast (see contrast-blocks.ts), so a question can ask which of the two it is said of.
 * A statement naming both, or keyed by its name ("Drain = …", "subject: …", asked as a definition),
 * is left to the other readers.
 */
export function headingContrastFacts(file: string, lines: readonly string[]): Item[] {
  const items: Item[] = [];
  const headings: string[] = [];
  let names: string[] | undefined;
  let fenced = false;
  const take = (text: string, line: number): void => {
    if (!names) return;
    const sentence = firstSentence(text);
    const led = names.filter((name) => opensWith(sentence, name));
    if (led.length !== 1 || names.some((name) => name !== led[0] && mentions(sentence, name))) return;
    const title = names.join(' vs ');
    const section = headings.at(-1) === title ? [...headings] : [...headings, title];
    const fact: Omit<FactItem, 'id' | 'topic' | 'source'> = {
      kind: 'fact',
      subject: led[0]!,
      attribute: '',
      text: sentence,
    };
    items.push({
      ...fact,
      id: itemId('fact', title, [led[0]!, title, sentence]),
      topic: title,
      source: { file, line, section },
    });
  };
  let paragraph: { text: string; line: number } | undefined;
  const flush = (): void => {
    if (paragraph) take(paragraph.text, paragraph.line);
    paragraph = undefined;
  };
  lines.forEach((raw, index) => {
    const line = raw.replace(/[\uFEFF\u200B]/g, '');
    if (/^\s*(```|~~~)/.test(line)) fenced = !fenced;
    if (fenced) return;
    const heading = /^ {0,3}(#{1,6})\s+(.*)$/.exec(line);
    if (heading) {
      flush();
      headings.splice(heading[1]!.length - 1);
      while (headings.length < heading[1]!.length - 1) headings.push('');
      headings.push(heading[2]!.trim());
      names = versusNames(heading[2]!);
      return;
    }
    const bullet = /^\s*[-*+]\s+(.*)$/.exec(line);
    // A line that ends a sentence, over one that opens another, ends a statement even with no blank line between.
    const ends = paragraph !== undefined && /[.!?]$/.test(paragraph.text) && /^\p{Lu}/u.test(line.trim());
    if (line.trim() === '' || bullet || ends) flush();
    if (bullet) paragraph = { text: bullet[1]!, line: index + 1 };
    else if (line.trim() !== '')
      paragraph = paragraph
        ? { ...paragraph, text: `${paragraph.text} ${line.trim()}` }
        : { text: line.trim(), line: index + 1 };
  });
  flush();
  // Headings the notes skipped a level of leave blanks in the path.
  return items.map((item) => ({ ...item, source: { ...item.source, section: item.source.section.filter(Boolean) } }));
}

/** "CNAME vs Alias records" → the two names; undefined for any other heading. */
function versusNames(heading: string): string[] | undefined {
  const parts = heading
    .replace(/[*_`]/g, '')
    .trim()
    .split(/\s+(?:vs\.?|versus)\s+/i);
  if (parts.length !== 2 || parts.some((part) => part === '' || part.split(/\s+/).length > 4 || /[?:]/.test(part)))
    return undefined;
  return parts.map((part) => part.trim());
}

/** The text up to its first full stop, without emphasis marks. */
const firstSentence = (text: string): string =>
  (/^(.+?[^.\s]{2})\.(\s|$)/.exec(text)?.[1] ?? text).replace(/\*\*|__|`/g, '').trim();

/** The name's words, its last word's plural "s" optional ("Alias records" matches "An alias record"). */
const namePattern = (name: string): string => {
  const words = name.split(/\s+/).map((word) => escapeStringRegexp(word));
  return [...words.slice(0, -1), words.at(-1)!.replace(/s$/i, '')].join('\\s+') + 'e?s?';
};

/** "An alias record appears as …": the sentence's subject is the name, and a predicate follows (not "X = …", "X: …"). */
const opensWith = (sentence: string, name: string): boolean => afterName(sentence, name) !== undefined;

/** What the sentence says after opening with `name` ("appears as …" of "An alias record appears as …"), or undefined. */
export function afterName(sentence: string, name: string): string | undefined {
  const lead = patternOf(leads, name, () => `^((an?|the)\\s+)?${namePattern(name)}\\s+`).exec(sentence);
  const rest = lead ? sentence.slice(lead[0].length) : '';
  // A predicate opens in lower case ("appears as …"); "Secondary Capital Markets" is a longer name.
  return /^\p{Ll}/u.test(rest) ? rest : undefined;
}

/** Whether the sentence names the thing, by its first word ("Alias is not" names "Alias records"). */
const mentions = (sentence: string, name: string): boolean =>
  patternOf(firstWords, name, () => `(^|[^\\p{L}])${namePattern(name.split(/\s+/)[0]!)}($|[^\\p{L}])`).test(sentence);

// Each name's patterns are built once: a note asks them of every sentence under its heading. Bounded,
// so a long-running process does not grow without limit.
const leads = new Map<string, RegExp>();
const firstWords = new Map<string, RegExp>();

function patternOf(cache: Map<string, RegExp>, name: string, source: () => string): RegExp {
  let pattern = cache.get(name);
  if (pattern === undefined) {
    if (cache.size >= 10_000) cache.clear();
    pattern = new RegExp(source(), 'iu');
    cache.set(name, pattern);
  }
  return pattern;
}
