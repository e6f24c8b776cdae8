import { describe, expect, it } from 'vitest';
import type { FactItem } from '../../src/knowledge/item.js';
import { contrastNames } from '../../src/knowledge/contrast-blocks.js';
import { parseNote } from '../../src/knowledge/parse-note.js';

// Two things set side by side, a name line and its bullets each, the way Obsidian notes write them:
// no blank line between the blocks, so markdown reads the second name as the run-on of a bullet.
const note = [
  'Forwards packets for players worldwide.',
  '',
  'How is this different from Edge Cache???',
  'Edge Cache - a content delivery layer',
  '- \uFEFFKeeps copies of static pages close to readers for hours',
  '- Serves content from the edge',
  'Relay Service',
  '- Keeps no copies, forwards each packet to the nearest regional endpoint',
  '- Good for games that need fixed addresses in every region',
].join('\n');

const contrasted = (file: string, text: string): FactItem[] =>
  parseNote(file, text).items.filter(
    (item): item is FactItem =>
      item.kind === 'fact' && (contrastNames(item.source.section)?.includes(item.subject) ?? false),
  );

describe('things the notes set side by side', () => {
  it('reads each bullet as a statement of the thing named above it, under the contrast', () => {
    const facts = contrasted('Relay Service.md', note);
    expect(facts.map((fact) => [fact.subject, fact.text, fact.source.line])).toEqual([
      ['Edge Cache', 'Keeps copies of static pages close to readers for hours', 5],
      ['Edge Cache', 'Serves content from the edge', 6],
      ['Relay Service', 'Keeps no copies, forwards each packet to the nearest regional endpoint', 8],
      ['Relay Service', 'Good for games that need fixed addresses in every region', 9],
    ]);
    expect(contrastNames(facts[0]!.source.section)).toEqual(['Edge Cache', 'Relay Service']);
  });

  it('takes a heading "X vs Y" as the cue, and bold name lines', () => {
    const text = [
      '## Sled vs Barge',
      '**Sled**',
      '- Carries up to one crate per trip over snow',
      '**Barge**',
      '- Carries many crates per trip along rivers',
    ].join('\n');
    expect(contrasted('transport.md', text).map((fact) => fact.subject)).toEqual(['Sled', 'Barge']);
  });

  it('reads no contrast without a cue, nor between names the notes do not compare', () => {
    const plain = note.replace('How is this different from Edge Cache???', 'Some options we looked at');
    expect(contrasted('Relay Service.md', plain)).toEqual([]);
    // "Edge Cache" is named by the cue, "Relay Service" by nothing: the title is another note's.
    expect(contrasted('Networking.md', note)).toEqual([]);
  });

  it('reads no contrast from a single block, or from bullets with bullets of their own', () => {
    const single = [
      'Unlike the old tool, compared to Sled:',
      'Sled',
      '- Carries up to one crate per trip over snow',
    ].join('\n');
    expect(contrasted('Sled.md', single)).toEqual([]);
    const nested = [
      '## Sled vs Barge',
      'Sled',
      '- Carries crates',
      '  - up to one per trip',
      'Barge',
      '- Carries many crates per trip along rivers',
    ].join('\n');
    expect(contrasted('transport.md', nested)).toEqual([]);
  });
});

describe('statements under an "X vs Y" heading', () => {
  const section = [
    '# Transport',
    '### Sled vs Barge',
    'A sled carries one crate per trip over snow and ice.',
    'Barge trips follow the river, slowly.',
    '',
    'Sled is cheap, Barge is not.',
    '- **Sled** = a frame on runners',
    'Secondary Barge Lines run at night.',
  ].join('\n');
  const facts = contrasted('transport.md', section);

  it('reads a statement that opens with one of the two names as a fact of that thing', () => {
    expect(facts.map((fact) => [fact.subject, fact.text])).toEqual([
      ['Sled', 'A sled carries one crate per trip over snow and ice'],
      ['Barge', 'Barge trips follow the river, slowly'],
    ]);
    expect(contrastNames(facts[0]!.source.section)).toEqual(['Sled', 'Barge']);
  });

  it('leaves a statement naming both, a keyed definition and a longer name to the other readers', () => {
    expect(facts.map((fact) => fact.text).join('\n')).not.toMatch(/cheap|frame|night/);
  });
});
