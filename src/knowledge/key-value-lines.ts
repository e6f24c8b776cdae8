import type { ListItem, Paragraph } from 'mdast';
import { paragraphStatement } from './extract-key-value.js';
import { paragraphLines, plainText } from './markdown-text.js';

/** Lines with a key of their own: "Timeout: 30 seconds", "**Retention**: 4 days", "Term = meaning". */
const hasKey = (line: Paragraph): boolean => {
  const statement = paragraphStatement(line);
  return statement.key !== undefined && statement.form !== 'dash';
};

/** A first line that names what the key lines below it are about ("Gateway settings"). */
export const keyValueLabel = (line: Paragraph): boolean => {
  const text = plainText(line);
  return !hasKey(line) && text.split(/\s+/).length <= 5 && !/[.!?;,]$/.test(text);
};

/**
 * A paragraph of `Key: value` lines (most of its lines keyed, at least two), as one paragraph per line;
 * undefined for any other paragraph (prose wrapped over several lines stays one statement).
 */
export function keyValueLines(p: Paragraph): Paragraph[] | undefined {
  if (!p.children.some((c) => c.type === 'break' || (c.type === 'text' && c.value.includes('\n')))) return undefined;
  const lines = paragraphLines(p).filter((line) => plainText(line) !== '');
  const keyed = lines.filter(hasKey).length;
  const labelled = lines.length > 0 && keyValueLabel(lines[0]!) ? 1 : 0;
  return keyed >= 2 && keyed + labelled === lines.length ? lines : undefined;
}

/**
 * A bullet's paragraphs, and the `Key: value` lines its first paragraph runs on into without a bullet
 * marker ("* settlement date: …" then "**benchmark rate**: …" on the next line) as `lazy`: markdown
 * reads them as one paragraph of the bullet, the writer meant one statement a line, siblings of it.
 */
export function bulletParagraphs(item: ListItem): { paragraphs: Paragraph[]; lazy: Paragraph[] } {
  const paragraphs = item.children.filter((c): c is Paragraph => c.type === 'paragraph');
  const lines = item.children[0]?.type === 'paragraph' ? (keyValueLines(item.children[0]) ?? []) : [];
  // A label line over key lines ("Gateway settings" then "Timeout: 30 s") is a heading of its own, read as one paragraph still.
  if (lines.length === 0 || !hasKey(lines[0]!)) return { paragraphs, lazy: [] };
  return { paragraphs: [lines[0]!, ...paragraphs.slice(1)], lazy: lines.slice(1) };
}
