import { describe, expect, it } from 'vitest';
import type { FactItem, Item } from '../../src/knowledge/item.js';
import { parseNote } from '../../src/knowledge/parse-note.js';

// Notes that write a statement a line, with no blank line between (Obsidian shows each line as one).
const parse = (text: string): Item[] => parseNote('Relay.md', text).items;
const facts = (items: Item[]): FactItem[] => items.filter((item): item is FactItem => item.kind === 'fact');
const texts = (items: Item[]): string[] => facts(items).map((fact) => fact.text);

describe('a statement a line', () => {
  it('reads each line of such a paragraph as a statement of its own, at its own line', () => {
    const items = parse(
      [
        '# Relay',
        '## Buffering',
        'Entries live 300 seconds by default',
        'max = 3600 seconds',
        'can be compressed on request',
      ].join('\n'),
    );
    const entries = facts(items).find((fact) => fact.text === 'Entries live 300 seconds by default');
    expect(entries).toMatchObject({ quantity: { min: 300 }, source: { line: 3 } });
    expect(texts(items)).toContain('can be compressed on request');
    expect(texts(items).some((text) => text.includes('by default max'))).toBe(false);
  });

  it('keeps prose wrapped at a width as one statement, and joins a line that breaks off mid-phrase', () => {
    const wrapped = parse(
      [
        'The relay forwards each packet to the nearest regional endpoint and keeps',
        'no copy of it, so a lost packet is sent again by the client that sent it.',
      ].join('\n'),
    );
    expect(texts(wrapped)).toEqual([
      'The relay forwards each packet to the nearest regional endpoint and keeps no copy of it, so a lost packet is sent again by the client that sent it.',
    ]);
    const hanging = parse(
      ['Relays keep the first two (2) ports and the', 'last one for control', 'Clients pick any other port'].join('\n'),
    );
    expect(texts(hanging)).toEqual(
      expect.arrayContaining([
        'Relays keep the first two (2) ports and the last one for control',
        'Clients pick any other port',
      ]),
    );
  });

  it('reads a bold name on the first line as what the lines under it are about', () => {
    const items = parse(
      [
        '# Transport',
        '**Sled Max**',
        'Carries up to 40 crates per trip',
        'Needs two dogs',
        '',
        '**Barge**',
        'Carries up to 900 crates per trip',
      ].join('\n'),
    );
    const crates = facts(items).filter((fact) => fact.quantity);
    expect(crates.map((fact) => [fact.subject, fact.quantity!.min])).toEqual([
      ['Sled Max', 40],
      ['Barge', 900],
    ]);
  });

  it('drops the running numbers of a review list, and joins an "e.g." line to its example', () => {
    const review = parse(
      ['Review', '1 - rafts are best when rivers are calm', '2 - Sleds need deep snow to run well'].join('\n'),
    );
    expect(review.some((item) => item.kind === 'definition' && /^\d+$/.test(item.term))).toBe(false);
    expect(texts(review)).toContain('Sleds need deep snow to run well');
    const example = parse(['Prices are quoted per crate', 'e.g.', 'a 90-day pass costs 12 coins per crate'].join('\n'));
    expect(texts(example).some((text) => text.startsWith('e.g. a 90-day pass'))).toBe(true);
  });

  it('does not take a line opening with a connective as the label of the list below it', () => {
    const items = parse(
      [
        'Relays are a kind of proxy',
        'However, the design is very different',
        '- Uses clusters of twelve nodes',
        '- Keeps no local disk at all',
      ].join('\n'),
    );
    expect(facts(items).map((fact) => fact.subject.toLowerCase())).not.toContainEqual(
      expect.stringContaining('however'),
    );
  });

  it('leaves a run of names, one a line, as it was', () => {
    const names = ['Relays are set up by hand', '', 'AddRelay', 'RemoveRelay', 'ListRelays'].join('\n');
    expect(texts(parse(names))).toEqual(['Relays are set up by hand', 'AddRelay RemoveRelay ListRelays']);
  });
});
