import { describe, expect, it } from 'vitest';
import type { DefinitionItem } from '../../src/knowledge/item.js';
import { parseNote } from '../../src/knowledge/parse-note.js';
import { generateQuestions } from '../../src/questions/generate-questions.js';
import { kb } from '../questions/build-items.js';

// Textbook-style prose: the term a sentence defines is bold wherever the sentence stands, after another
// sentence or at the start of a wrapped line.
const enzymes = `# Drug handling

## Liver enzymes

Most oral drugs pass the liver before they reach the blood. **Rifampin** induces several liver enzymes, so other drugs given with it clear faster. **Ketoconazole** blocks the same enzymes and raises the levels of other drugs. A **dose** is the **only** thing a prescriber sets.

The gut wall clears some drugs before the liver sees them.
**Grapefruit juice** slows the gut enzyme that breaks down many drugs taken by mouth.

**Cimetidine** inhibits several liver enzymes and slows the clearance of warfarin.
`;

const defined = () =>
  parseNote('enzymes.md', enzymes)
    .items.filter((item): item is DefinitionItem => item.kind === 'definition')
    .map((d) => [d.term, d.definition]);

describe('a bold term opening a later sentence', () => {
  it('is defined by its sentence, after a full stop or at the start of a line', () => {
    expect(defined()).toEqual(
      expect.arrayContaining([
        ['Rifampin', 'induces several liver enzymes, so other drugs given with it clear faster'],
        ['Grapefruit juice', 'slows the gut enzyme that breaks down many drugs taken by mouth'],
        ['Cimetidine', 'inhibits several liver enzymes and slows the clearance of warfarin'],
      ]),
    );
  });

  it('is not defined by a sentence pointing back at the one before, nor is a bold word inside a sentence', () => {
    const terms = defined().map(([term]) => term);
    expect(terms).not.toContain('Ketoconazole');
    expect(terms).not.toContain('only');
    expect(terms).not.toContain('dose');
  });

  it('is asked among the other terms the section defines so', () => {
    const { questions } = generateQuestions(kb(parseNote('enzymes.md', enzymes).items));
    const juice = questions.find((q) => q.choices[q.answer] === 'Grapefruit juice');
    expect(juice?.stem).toBe('Which of these slows the gut enzyme that breaks down many drugs taken by mouth?');
    expect([...juice!.choices].sort()).toEqual(['Cimetidine', 'Grapefruit juice', 'Rifampin']);
  });
});
