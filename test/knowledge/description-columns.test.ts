import { describe, expect, it } from 'vitest';
import type { Item } from '../../src/knowledge/item.js';
import { baseLexiconOnly } from '../../src/knowledge/lexicon.js';
import { parseNote } from '../../src/knowledge/parse-note.js';
import { generateQuestions } from '../../src/questions/generate-questions.js';

// A table whose header names the things and whose cells are sentences about them, no column of row labels.
const note = `# Growing Under Cover

## Shelters

| **Cold Frame** | **Heated Frame** | **Tunnel Frame** |
| --- | --- | --- |
| Unheated low box that hardens seedlings off before planting out. | Glass house heated for growing through the winter. | Plastic sheet stretched over hoops at low cost. |
| Lid is propped open on warm days. | Holds up to 40 trays on its benches. | Sheet lasts about five years in full sun. |
| Cost: a few planks and an old window | Cost: a builder and a foundation | Cost: a kit from any garden shop |
`;

const items = parseNote('garden.md', note).items;
const of = (kind: Item['kind']): Item[] => items.filter((item) => item.kind === kind);

describe('a table of description columns', () => {
  it('reads each cell as a description of the thing its column names, not the first column as row labels', () => {
    const definitions = of('definition').map((item) =>
      item.kind === 'definition' ? `${item.term} = ${item.definition}` : '',
    );
    expect(definitions).toContain('Cold Frame = Unheated low box that hardens seedlings off before planting out');
    expect(definitions).toContain('Tunnel Frame = Sheet lasts about five years in full sun');
    // A cell led by its own label ("Cost: …") is a value under a label, not a description.
    expect(definitions).toHaveLength(6);
    expect(of('comparison')).toEqual([]);
  });

  it('keeps the numbers in its cells as facts', () => {
    expect(of('fact').some((item) => item.kind === 'fact' && item.quantity?.max === 40)).toBe(true);
  });

  it('asks which thing a cell describes, the other columns as the wrong choices', () => {
    const { questions } = generateQuestions({
      items,
      warnings: [],
      files: ['garden.md'],
      lexicon: baseLexiconOnly(),
      digests: {},
    });
    const frame = questions.find((q) => q.choices[q.answer] === 'Cold Frame');
    expect(frame?.stem).toBe(
      'Which of these is described as “Unheated low box that hardens seedlings off before planting out”?',
    );
    expect([...frame!.choices].sort()).toEqual(['Cold Frame', 'Heated Frame', 'Tunnel Frame']);
    // One question per thing: its other cells are the same fact asked again.
    expect(questions.filter((q) => q.choices[q.answer] === 'Cold Frame')).toHaveLength(1);
  });

  it('leaves a table with short cells or a column of row labels to the comparison reader', () => {
    const labelled =
      '# Shelters\n\n| Feature | Cold Frame | Greenhouse |\n| --- | --- | --- |\n| Heating | None at all here | Gas or electric heaters |\n';
    expect(parseNote('labelled.md', labelled).items.filter((item) => item.kind === 'comparison')).toHaveLength(1);
    const short = '# Links\n\n| Technology | Speed |\n| --- | --- |\n| Copper pair to the street cabinet | 80 Mbps |\n';
    expect(parseNote('short.md', short).items.filter((item) => item.kind === 'definition')).toEqual([]);
  });
});
