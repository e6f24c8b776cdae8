import { describe, expect, it } from 'vitest';
import { parseNote } from '../../src/knowledge/parse-note.js';

const notes = `# Rail signalling

A Distant signal is a type of caution signal that warns the driver of the next stop signal.

The Block section is the stretch of track that only one train may occupy at a time.

A Lot of trains are a sight to see at rush hour.

Signals are checked at the start of every shift.
`;

const definitions = (): Array<[string, string]> =>
  parseNote('rail.md', notes).items.flatMap((item) =>
    item.kind === 'definition' ? [[item.term, item.definition] as [string, string]] : [],
  );

describe('after an article, a capitalised word and the lower-case words after it are the term a sentence defines', () => {
  it('reads "A Distant signal is a type of …" and "The Block section is the …" as definitions', () => {
    expect(definitions()).toEqual(
      expect.arrayContaining([
        ['Distant signal', 'a type of caution signal that warns the driver of the next stop signal'],
        ['Block section', 'the stretch of track that only one train may occupy at a time'],
      ]),
    );
  });

  it('reads no term from a vague phrase or a sentence without an article', () => {
    const terms = definitions().map(([term]) => term);
    expect(terms).not.toContain('Lot of trains');
    expect(terms.some((term) => term.startsWith('Signals'))).toBe(false);
  });
});
