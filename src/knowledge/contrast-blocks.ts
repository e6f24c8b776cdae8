import escapeStringRegexp from 'escape-string-regexp';
import type { FactItem, Item } from './item.js';
import { itemId } from './item-id.js';

/**
 * "How is this different from CloudFront?" followed by a name line and its bullets for each thing
 * compared:
 *
 *     CloudFront - Content Delivery Network
 *     - Improves performance for your cacheable content
 *     Global Accelerator
 *     - No caching, proxying packets at the edge
 *
 * The notes set two (to four) named things side by side, each with what is true of it. Markdown reads
 * the second name line as the run-on of the bullet above it, so this reader works on the lines
 * themselves. Each bullet becomes a fact about its thing, under a section naming the contrast ("CloudFront
 * vs Global Accelerator", see `contrastNames`), so a question can ask which of the things it is true of.
 *
 * The names must be the things the notes compare: each is named by the cue line or the heading above
 * it, or is what the note is about (its title). A run of bullets under ordinary labels is no contrast.
 */
export function contrastFacts(file: string, lines: readonly string[], noteTitle: string): Item[] {
  const items: Item[] = [];
  const headings: Array<{ depth: number; text: string }> = [];
  let fenced = false;
  for (let index = 0; index < lines.length; index += 1) {
    const line = clean(lines[index]!);
    if (FENCE.test(line)) fenced = !fenced;
    if (fenced) continue;
    const heading = HEADING.exec(line);
    if (heading) {
      while (headings.length > 0 && headings.at(-1)!.depth >= heading[1]!.length) headings.pop();
      headings.push({ depth: heading[1]!.length, text: heading[2]!.trim() });
    }
    const cue = heading ? heading[2]! : line;
    if (!CUE.test(cue)) continue;
    const groups = groupsAfter(lines, index + 1);
    const evidence = [cue, headings.at(-1)?.text ?? '', noteTitle].join(' \u0000 ');
    if (groups.length < 2 || groups.length > 4 || !groups.every((group) => names(evidence, group.name))) continue;
    const title = groups.map((group) => group.name).join(' vs ');
    const section = [...headings.map((h) => h.text), title];
    const topic = headings.at(-1)?.text ?? noteTitle;
    for (const group of groups)
      for (const bullet of group.bullets) {
        const fact: Omit<FactItem, 'id' | 'topic' | 'source'> = {
          kind: 'fact',
          subject: group.name,
          attribute: '',
          text: bullet.text,
        };
        items.push({
          ...fact,
          id: itemId('fact', topic, [group.name, title, bullet.text]),
          topic,
          source: { file, line: bullet.line, section },
        });
      }
    index = groups.at(-1)!.end;
  }
  return items;
}

/** The things a contrast section compares ("CloudFront vs Global Accelerator" → both), or undefined for any other section. */
export function contrastNames(section: readonly string[]): string[] | undefined {
  const last = section.at(-1);
  if (last === undefined || !last.includes(' vs ')) return undefined;
  const parts = last.split(' vs ');
  return parts.length >= 2 && parts.every((part) => part.trim() !== '') ? parts : undefined;
}

interface Group {
  name: string;
  bullets: Array<{ text: string; line: number }>;
  /** Index of the group's last line. */
  end: number;
}

/**
 * The name-and-bullets groups that follow a cue line (blank lines allowed between them), until a line
 * that is neither. A bullet indented under another, or a name line with no bullet, ends the run: what
 * follows is no plain list of what is true of one thing.
 */
function groupsAfter(lines: readonly string[], start: number): Group[] {
  const groups: Group[] = [];
  let indent = -1;
  for (let index = start; index < lines.length; index += 1) {
    const line = clean(lines[index]!);
    const group = groups.at(-1);
    if (line.trim() === '') {
      if (group && group.bullets.length === 0) break;
      continue;
    }
    const bullet = BULLET.exec(line);
    if (bullet) {
      if (!group || (group.bullets.length > 0 && bullet[1]!.length !== indent)) break;
      indent = bullet[1]!.length;
      group.bullets.push({ text: plainLine(bullet[2]!), line: index + 1 });
      group.end = index;
      continue;
    }
    const name = nameLine(line);
    if (!name || (group && group.bullets.length === 0)) break;
    groups.push({ name, bullets: [], end: index });
  }
  return groups.filter((group) => group.bullets.length > 0);
}

/** A bullet's text without emphasis and code marks. */
const plainLine = (text: string): string => text.replace(/\*\*|__|`/g, '').trim();

/** "CloudFront - Content Delivery Network", "**Global Accelerator**", "Snowball:" → the name; undefined for a sentence. */
function nameLine(line: string): string | undefined {
  const text = line.trim().replace(/^\*\*(.+?)\*\*/, '$1');
  const name = text
    .replace(/\s+[-–—:]\s+.*$/, '')
    .replace(/:$/, '')
    .trim();
  const words = name.split(/\s+/);
  if (words.length > 4 || !/^[\p{Lu}\d`]/u.test(name) || /[.,;!?()]/.test(name)) return undefined;
  return name.replace(/`/g, '');
}

/** Whether the evidence text names `name` (its words in order, a plural's "s" aside). */
function names(evidence: string, name: string): boolean {
  const pattern = name
    .split(/\s+/)
    .map((word) => escapeStringRegexp(word).replace(/s$/i, ''))
    .join('\\s+');
  return new RegExp(`(^|[^\\p{L}])${pattern}s?($|[^\\p{L}])`, 'iu').test(evidence);
}

/** The line without byte-order marks and zero-width spaces some editors leave after bullet markers. */
const clean = (line: string): string => line.replace(/[\uFEFF\u200B]/g, '');

const FENCE = /^\s*(```|~~~)/;
const HEADING = /^ {0,3}(#{1,6})\s+(.*)$/;
const BULLET = /^(\s*)[-*+]\s+(\S.*)$/;
/** A line that sets things side by side: "X vs Y", "How is this different from X?", "the difference between X and Y". */
const CUE = /\bvs\.?(\s|$)|\bversus\b|\bdiffer(s|ent)? from\b|\bdifferences? between\b|\bcompared (to|with)\b/i;
