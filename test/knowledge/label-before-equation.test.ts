import { describe, expect, it } from 'vitest';
import { parseNote } from '../../src/knowledge/parse-note.js';

// A label, its value, then a worked equation: the colon is the separator, not the equals sign.
const notes = `# Speed units

* Knot: 1.852 km/h, so 10 kn = 18.52 km/h
* Q3: cost = price + tax
`;

describe('a "Label: value, a = b" line splits at the colon first', () => {
  const { items } = parseNote('speed.md', notes);

  it('reads the label with its own value, the equation kept as its example', () => {
    const knot = items.find((item) => item.kind === 'fact' && item.source.line === 3);
    expect(knot).toMatchObject({ attribute: 'knot', quantity: { text: '1.852 km/h' } });
    expect(items.some((item) => item.kind === 'definition' && item.term.includes('1.852'))).toBe(false);
  });

  it('keeps an equation whose label holds no value of its own: "Q3: cost = price + tax" defines cost', () => {
    expect(items.find((item) => item.kind === 'definition' && item.source.line === 4)).toMatchObject({
      definition: 'price + tax',
    });
  });
});
