import { describe, expect, it } from 'vitest';
import { parseNote } from '../../src/knowledge/parse-note.js';
import { generateQuestions } from '../../src/questions/generate-questions.js';
import { kb } from './build-items.js';

// Freight options, each under its own bold label; a line says above which amount to choose one.
const freight = `# Freight options

**Courier**
Door to door within 2 days
Parcels up to 30 kg

**Pallet Line**
Depot to depot within 4 days
Loads up to 1,000 kg

**Full Truckload**
A whole trailer for one customer
You use this when you ship more than 12,000 kg of cargo
`;

describe('a threshold for choosing a thing is asked as a threshold', () => {
  const { questions } = generateQuestions(kb(parseNote('freight.md', freight).items));

  it('asks "Above what amount of <noun> should you use <thing>?", the threshold the answer', () => {
    const truck = questions.find((q) => q.stem.startsWith('Above what'));
    expect(truck?.stem).toBe('Above what amount of cargo should you use Full Truckload?');
    expect(truck?.choices[truck.answer]).toBe('12,000 kg');
    expect(truck?.choices).toHaveLength(4);
  });

  it('never asks the threshold as a minimum', () => {
    expect(questions.some((q) => /minimum/i.test(q.stem) && q.choices[q.answer] === '12,000 kg')).toBe(false);
  });

  it('asks nothing of a threshold that says no thing to use', () => {
    const notes = '# Loads\n\n**Heavy loads**\nA permit is needed for more than 40,000 kg of cargo\nAxle limit is 10,000 kg\n';
    const asked = generateQuestions(kb(parseNote('loads.md', notes).items)).questions;
    expect(asked.some((q) => q.choices[q.answer] === '40,000 kg')).toBe(false);
  });
});

describe('a bound written as a sign is a threshold, as its words are', () => {
  it('asks "term < 2 years" as no maximum, as it asks "term less than 2 years"', () => {
    const notes = '# Loans\n\n* bridge loan: term < 2 years\n* term loan: term less than 10 years\n* mortgage: term up to 30 years\n';
    const asked = generateQuestions(kb(parseNote('loans.md', notes).items)).questions;
    expect(asked.some((q) => /maximum term/.test(q.stem) && ['2 years', '10 years'].includes(q.choices[q.answer]!))).toBe(false);
  });
});
