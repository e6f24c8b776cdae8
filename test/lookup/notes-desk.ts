import { toPlainText } from '../../src/adapters/console/to-plain-text.js';
import { parseNote } from '../../src/knowledge/parse-note.js';
import { buildFactDesk } from '../../src/lookup/build-fact-desk.js';

/**
 * Notes written in a test (file name → text), read by the real parser and asked through the real desk.
 * `limit` and `define` give the head of the reply as a person reads it in the terminal: its first
 * `lines` non-empty lines (3, as the corpus evaluation counts them).
 */
export function deskOf(notes: Record<string, string>, lines = 3) {
  const items = Object.entries(notes).flatMap(([file, text]) => parseNote(file, text).items);
  const desk = buildFactDesk(items);
  const head = (reply: ReturnType<typeof desk.limit>): string =>
    toPlainText(reply)
      .split('\n')
      .filter((line) => line.trim() !== '')
      .slice(0, lines)
      .join('\n');
  return { limit: (query: string) => head(desk.limit(query)), define: (query: string) => head(desk.define(query)) };
}
