import { describe, expect, it } from 'vitest';
import { parseNote } from '../../src/knowledge/parse-note.js';
import { generateQuestions } from '../../src/questions/generate-questions.js';
import { buildContext } from '../../src/questions/generation-context.js';
import { recurringFacets } from '../../src/questions/recurring-facets.js';
import { kb } from './build-items.js';

/** One pump's note: its own title, then the facets every pump note has ("Seals", "Maintenance"). */
const pumpNote = (name: string, life: string): string =>
  `# ${name}\n\nA pump that moves fluid.\n\n## Seals\n\n- Seal life: up to ${life}\n\n## Maintenance\n\n- Inspect the impeller every month\n`;

const pumps: Array<[string, string]> = [
  ['Centrifugal Pump', '8,000 hours'],
  ['Piston Pump', '5,000 hours'],
  ['Gear Pump', '6,500 hours'],
  ['Diaphragm Pump', '4,000 hours'],
];

const folder = (notes: Array<[string, string]>) => kb(notes.flatMap(([name, life]) => parseNote(`${name.toLowerCase().replace(/\s+/g, '-')}.md`, pumpNote(name, life)).items));

describe('headings that recur across the notes folder are facets, not subjects', () => {
  it('finds the headings every note repeats, never a note’s own title', () => {
    const facets = recurringFacets(folder(pumps).items);
    expect(facets).toContain('seals');
    expect(facets).not.toContain('gear pump');
  });

  it('asks about the pump, not about "Seals"', () => {
    const stems = generateQuestions(folder(pumps)).questions.map((q) => q.stem);
    expect(stems).toContain('What is the maximum seal life for Gear Pump?');
    expect(stems.filter((stem) => /for Seals\b/.test(stem))).toEqual([]);
  });

  it('needs the heading in four files at least: three notes sharing one may share a category', () => {
    expect(recurringFacets(folder(pumps.slice(0, 3)).items)).toEqual([]);
  });

  it('needs it in a fifth of the files: four of thirty notes is a shared topic, not a facet', () => {
    const others = Array.from({ length: 26 }, (_, i) => parseNote(`valve-${i}.md`, `# Valve ${i}\n\n## Body\n\n- Body rating: up to ${i + 2} bar\n`).items).flat();
    const items = [...folder(pumps).items, ...others];
    expect(recurringFacets(items)).not.toContain('seals');
  });

  it('keeps a heading the lexicon names, however often it recurs', () => {
    expect(recurringFacets(folder(pumps).items, ['Seals'])).not.toContain('seals');
  });

  it('reaches every gate through the generation context, beside the lexicon’s own facets', () => {
    expect(buildContext(folder(pumps)).facets).toContain('seals');
  });
});
