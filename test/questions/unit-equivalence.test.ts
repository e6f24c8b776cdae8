import { describe, expect, it } from 'vitest';
import { parseNote } from '../../src/knowledge/parse-note.js';
import { generateQuestions } from '../../src/questions/generate-questions.js';
import { kb } from './build-items.js';

// A cooking conversion sheet: one line per conversion, nothing but the two amounts.
const kitchen = `# Kitchen conversions

* 100 cl = 1 l
* oven dial: 180 °C for most cakes
* 1 tbsp = 15 ml
`;

describe('a line equating two units is asked as the conversion', () => {
  const { questions } = generateQuestions(kb(parseNote('kitchen.md', kitchen).items));

  it('asks "What is <amount> <unit> equal to?" with the other side the answer', () => {
    const spoon = questions.find((q) => q.stem === 'What is 1 tbsp equal to?');
    expect(spoon?.choices[spoon.answer]).toBe('15 mL');
    expect(spoon?.choices).toHaveLength(4);
  });

  it('offers a share missed by a power of ten', () => {
    const notes = '# Rates\n\n* 100 pp = 1%\n* 50 pp = 0.5%\n';
    const asked = generateQuestions(kb(parseNote('rates.md', notes).items)).questions;
    const share = asked.find((q) => q.stem === 'What is 100 pp equal to?');
    expect(share?.choices[share.answer]).toBe('1 %');
    expect(share?.choices.some((choice) => ['0.1 %', '0.01 %', '10 %'].includes(choice))).toBe(true);
  });

  it('asks nothing of an equation inside a sentence: a worked example is no conversion', () => {
    const notes = '# Rates\n\nA spread of 30 pp = 0.3% over the base rate.\n';
    const asked = generateQuestions(kb(parseNote('spread.md', notes).items)).questions;
    expect(asked.some((q) => /equal to\?$/.test(q.stem))).toBe(false);
  });
});
