import { describe, expect, it } from 'vitest';
import type { DefinitionItem } from '../../src/knowledge/item.js';
import { parseNote } from '../../src/knowledge/parse-note.js';
import { generateQuestions } from '../../src/questions/generate-questions.js';
import { kb } from '../questions/build-items.js';

// A lower-case outline glossary: numbered kinds ("class 2 fault"), terms named by the situation they
// are ("when …", negation and all), each with a sub-bullet of its own.
const outline = `# Smoke detectors

## Alarm faults

- class 1 fault: when a real fire is not reported by the panel
  - MR: missed report
- class 2 fault: when a kitchen draft sets off the panel
  - NA: nuisance alarm
- supervisory fault: when the panel loses contact with a detector on the loop
  - SF: supervisory flag
- trouble fault: when the panel's own battery or mains supply fails
  - TF: trouble flag

## Service notes

- part 3: the wiring of the loop is covered in the installer guide
- cover plate: not removable without the service key
`;

const definitions = (): string[][] =>
  parseNote('detectors.md', outline)
    .items.filter((item): item is DefinitionItem => item.kind === 'definition')
    .map((d) => [d.term, d.definition]);

describe('numbered and situation terms in a lower-case outline', () => {
  it('defines a numbered kind and a term named by its situation, though the bullet has children', () => {
    expect(definitions()).toEqual(
      expect.arrayContaining([
        ['class 1 fault', 'when a real fire is not reported by the panel'],
        ['class 2 fault', 'when a kitchen draft sets off the panel'],
      ]),
    );
  });

  it('keeps a closing number ("part 3") a label, and a negated property a fact', () => {
    const terms = definitions().map(([term]) => term);
    expect(terms).not.toContain('part 3');
    expect(terms).not.toContain('cover plate');
  });

  it('asks which numbered kind a situation is, the other kinds as the wrong choices', () => {
    const faults = [
      '# Relays',
      '',
      '## Trip faults',
      '',
      '- zone 1 trip: when a line fault is not cleared by the nearest breaker',
      '- zone 2 trip: when a fault lies beyond the far busbar',
      '- zone 3 trip: when a remote backup relay sees the fault last',
      '',
    ].join('\n');
    const { questions } = generateQuestions(kb(parseNote('relays.md', faults).items));
    const asked = questions.find((q) => q.choices[q.answer] === 'zone 1 trip');
    expect(asked?.stem).toMatch(/not cleared by the nearest breaker/);
    expect([...asked!.choices].sort()).toEqual(['zone 1 trip', 'zone 2 trip', 'zone 3 trip']);
  });
});
