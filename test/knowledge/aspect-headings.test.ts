import { describe, expect, it } from 'vitest';
import { parseNote } from '../../src/knowledge/parse-note.js';
import { generateQuestions } from '../../src/questions/generate-questions.js';
import { kb } from '../questions/build-items.js';

// A note with no title heading, named for its thing; its sections are aspects of it.
const ferry = `Carries cars and foot passengers across the bay

## Boarding
Gates close 15 minutes before departure

## Ticketing
Season pass validity is 30 days
Refund window: 48 hours
`;

// Sections named for things of their own, under a file named for their family.
const family = `## Orbitrex
Default dose interval is 12 hours

## Velaxin
Default dose interval is 8 hours

## Zerapam
Default dose interval is 6 hours
`;

const topics = (file: string, text: string): string[] => parseNote(file, text).items.map((item) => item.topic);

describe('a one-word abstract heading is an aspect of the thing the file is named for', () => {
  it('gives the items under "## Boarding" and "## Ticketing" the file’s thing as topic', () => {
    expect(new Set(topics('MV Harbour Link.md', ferry))).toEqual(new Set(['MV Harbour Link']));
  });

  it('names the file’s thing in a number question asked under such a heading', () => {
    const { questions } = generateQuestions(kb(parseNote('MV Harbour Link.md', ferry).items));
    const refund = questions.find((q) => q.choices[q.answer] === '48 hours');
    expect(refund?.stem).toBe('What is the refund window for MV Harbour Link?');
  });

  it('keeps a heading that is a name of its own as the topic', () => {
    expect(topics('NSAID group.md', family)).toEqual(['Orbitrex', 'Velaxin', 'Zerapam']);
  });

  it('keeps the heading when the file’s name is no thing', () => {
    expect(new Set(topics('my notes.md', ferry.replace(/^.*\n/, '')))).toEqual(new Set(['Boarding', 'Ticketing']));
  });
});
