import { describe, expect, it } from 'vitest';
import { parseNote } from '../../src/knowledge/parse-note.js';

const itemsOf = (text: string) => parseNote('archive.md', text).items;

describe('bold words that only emphasise', () => {
  it('reads a bold word before the noun it qualifies as part of a statement, not as a term', () => {
    const items = itemsOf(
      [
        '# Archive tiers',
        '',
        '## COLD',
        '',
        '* **Incremental** duplication of ledgers to two vaults in one city.',
        '* Cheap to keep',
      ].join('\n'),
    );
    expect(items.some((item) => item.kind === 'definition' && item.term === 'Incremental')).toBe(false);
    // The first bullet under a term's heading says what the term is: the whole sentence, bold word and all.
    expect(items).toContainEqual(
      expect.objectContaining({
        kind: 'definition',
        term: 'COLD',
        definition: 'Incremental duplication of ledgers to two vaults in one city',
      }),
    );
  });

  it('still reads a bold term the sentence goes on to describe', () => {
    const items = itemsOf(['# Vaults', '', '* **Lockers** hold sealed ledgers for seven years.'].join('\n'));
    expect(items).toContainEqual(
      expect.objectContaining({
        kind: 'definition',
        term: 'Lockers',
        definition: 'hold sealed ledgers for seven years',
      }),
    );
  });

  it('takes a bold sentence under a heading for a statement, not a label over the bullets that follow', () => {
    const items = itemsOf(
      [
        '# Archive tiers',
        '',
        '## COLD',
        '',
        '**Shelter against the loss of one vault.**',
        '',
        '* Slow retrieval of sealed ledgers',
      ].join('\n'),
    );
    const bullet = items.find((item) => item.kind === 'fact' && item.text.startsWith('Slow retrieval'))!;
    expect(bullet.source.section).toEqual(['Archive tiers', 'COLD']);
    // A bold label that is no sentence still heads what follows.
    const labelled = itemsOf(
      ['# Archive tiers', '', '## COLD', '', '**Drawbacks**', '', '* Slow retrieval of sealed ledgers'].join('\n'),
    );
    expect(labelled.find((item) => item.kind === 'fact' || item.kind === 'list')?.source.section).toEqual([
      'Archive tiers',
      'COLD',
      'Drawbacks',
    ]);
  });
});
