import { describe, expect, it } from 'vitest';
import type { DefinitionItem } from '../../src/knowledge/item.js';
import { parseNote } from '../../src/knowledge/parse-note.js';
import { generateQuestions } from '../../src/questions/generate-questions.js';
import { kb } from '../questions/build-items.js';

// A bullet whose next lines are `Key: value` lines with no bullet marker of their own: markdown reads
// them as the bullet's own paragraph, the writer meant one term a line.
const glossary = `# Orchard ledger

## Words of the trade

* graft union: the joint where the fruiting wood meets the rootstock
**scion wood**: a cut shoot of the variety to be grown, set into the rootstock
rootstock: the root system that fixes the tree's size and vigour
* chill hours: the span of cold winter weather that a variety needs before it flowers
`;

const definitions = () =>
  parseNote('ledger.md', glossary).items.filter((item): item is DefinitionItem => item.kind === 'definition');

describe('key lines run on under a bullet', () => {
  it('reads each line as its own term, on its own line', () => {
    const read = definitions().map((d) => [d.term, d.definition, d.source.line]);
    expect(read).toEqual([
      ['graft union', 'the joint where the fruiting wood meets the rootstock', 5],
      ['scion wood', 'a cut shoot of the variety to be grown, set into the rootstock', 6],
      ['rootstock', "the root system that fixes the tree's size and vigour", 7],
      ['chill hours', 'the span of cold winter weather that a variety needs before it flowers', 8],
    ]);
  });

  it('asks a run-on line as a term among the bullets', () => {
    const { questions } = generateQuestions(kb(parseNote('ledger.md', glossary).items));
    const chill = questions.find((q) => q.choices[q.answer] === 'chill hours');
    expect(chill?.choices).toEqual(expect.arrayContaining(['scion wood', 'rootstock', 'graft union']));
  });

  it('leaves a bullet wrapped over several lines of prose as one statement', () => {
    const wrapped = `# Orchard\n\n* graft union: the joint where the fruiting wood\n  meets the rootstock, taped until it heals\n* rootstock: the root system that fixes the tree's size\n`;
    const read = parseNote('o.md', wrapped).items.filter((item): item is DefinitionItem => item.kind === 'definition');
    expect(read.map((d) => d.term)).toEqual(['graft union', 'rootstock']);
    expect(read[0]!.definition).toMatch(/meets the rootstock, taped until it heals$/);
  });
});
