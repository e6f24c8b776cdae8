import { describe, expect, it } from 'vitest';
import { parseNote } from '../../src/knowledge/parse-note.js';
import { deskOf } from './notes-desk.js';

// A paragraph that defines a term and then introduces an example ("… For example:") before a code
// block or a heading, in notes written here. Only the first three lines of a reply count.
const note = [
  '# Indexing',
  '',
  '## Partial indexes',
  '',
  'A partial index is an index built over only the rows that match a predicate. For example:',
  '',
  '```sql',
  'CREATE INDEX open_orders ON orders (id) WHERE closed = false;',
  '```',
  '',
  '## Expression indexes',
  '',
  'Rows are found by a computed value when the index stores that value. The syntax is as follows:',
  '',
  '## Steps',
  '',
  'Run the following:',
  '',
  '- create the index',
  '- analyse the table',
].join('\n');

const head = deskOf({ 'indexing.md': note }).define;

describe('a defining paragraph that ends by introducing code', () => {
  it('/define answers with the sentences before the introduction', () => {
    expect(head('partial index')).toMatch(/only the rows that match a predicate/);
    expect(head('partial index')).not.toMatch(/For example/);
  });

  it('keeps the sentences before an introduction that a heading follows, and drops the introduction', () => {
    const texts = parseNote('indexing.md', note).items.flatMap((item) => ('text' in item ? [item.text] : []));
    expect(texts.some((text) => text.startsWith('Rows are found by a computed value'))).toBe(true);
    expect(texts.some((text) => /as follows/.test(text))).toBe(false);
  });

  it('still reads a colon line before a list as the list’s introduction', () => {
    const texts = parseNote('indexing.md', note).items.flatMap((item) => ('text' in item ? [item.text] : []));
    expect(texts).toContain('Run the following: create the index; analyse the table');
  });
});
