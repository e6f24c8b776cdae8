import { createHash } from 'node:crypto';
import type { Item } from './item.js';

const PREFIX: Record<Item['kind'], string> = {
  fact: 'f',
  definition: 'd',
  list: 'l',
  comparison: 'c',
  qa: 'q',
  usecase: 'u',
  command: 'x',
};

/**
 * A stable id: kind + topic + the item's key words, lower-cased and squashed, hashed to 10 hex digits
 * ("f-3a9c…"). Never the line number, so editing another part of the note leaves the id alone.
 */
export function itemId(kind: Item['kind'], topic: string, keyWords: string[]): string {
  const basis = [kind, topic, ...keyWords].map((w) => w.toLowerCase().replace(/\s+/g, ' ').trim()).join('\u0000');
  return `${PREFIX[kind]}-${createHash('sha1').update(basis).digest('hex').slice(0, 10)}`;
}

/** Make ids unique within one file, in document order: the second "f-abc" becomes "f-abc-2". */
export function dedupeIds(items: Item[]): Item[] {
  const seen = new Map<string, number>();
  return items.map((item) => {
    const count = (seen.get(item.id) ?? 0) + 1;
    seen.set(item.id, count);
    return count === 1 ? item : { ...item, id: `${item.id}-${count}` };
  });
}
