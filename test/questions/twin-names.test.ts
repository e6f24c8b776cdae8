import { describe, expect, it } from 'vitest';
import { bestPerFact } from '../../src/questions/gates/same-fact.js';
import type { Question } from '../../src/questions/question-schema.js';
import { twinNames } from '../../src/questions/twin-names.js';

describe('twinNames', () => {
  it('pairs a short symbol with the same symbol and a letter or two more', () => {
    expect(twinNames('T', 'Tr')).toBe(true);
    expect(twinNames('dB', 'dBm')).toBe(true);
    expect(twinNames('T', 'P')).toBe(false);
    expect(twinNames('Rain', 'Rainfall')).toBe(false);
  });

  it('pairs a name of two words or more with the same words and one more among them', () => {
    expect(twinNames('--sync-interval', '--sync-retry-interval')).toBe(true);
    expect(twinNames('Cold Frames', 'Heated Cold Frames')).toBe(true);
    expect(twinNames('Frames', 'Cold Frames')).toBe(false);
    expect(twinNames('--sync-interval', '--sync-timeout')).toBe(false);
  });
});

// Rows of one table of tide marks: each pair of twins is one distinction, asked once.
const row = (line: number, answer: string, described: string): Question => {
  const choices = ['H', 'Hs', 'L', 'Ls'];
  return {
    id: `q-${line}`,
    kind: 'comparison',
    topic: 'Tide marks',
    stem: `Which tide mark has the meaning “${described}”?`,
    choices,
    answer: choices.indexOf(answer),
    explanation: 'x',
    source: { file: 'tides.md', line, section: 'Tide marks' },
    quality: 0.5,
  };
};

describe('questions keyed to twins', () => {
  const table = [row(3, 'H', 'Highest water of a day'), row(4, 'Hs', 'Highest water of a spring tide'), row(5, 'L', 'Lowest water of a day'), row(6, 'Ls', 'Lowest water of a spring tide')];

  it('keep one question of each twin pair that offers both', () => {
    const { kept } = bestPerFact(table.map((question, index) => ({ question, item: `row-${index}` })));
    expect(kept.map(({ question }) => question.choices[question.answer])).toEqual(['H', 'L']);
  });

  it('keep both when they come from two sections', () => {
    const apart = [table[0]!, { ...table[1]!, source: { ...table[1]!.source, section: 'Spring tides' } }];
    expect(bestPerFact(apart.map((question, index) => ({ question, item: `row-${index}` }))).kept).toHaveLength(2);
  });

  it('keep the other questions of a twin\'s line out too', () => {
    // Asked from the dropped twin's line with other choices, it is still that line's one fact.
    const sameLine: Question = { ...table[1]!, id: 'q-name', stem: 'What is the name of Hs?', choices: ['Spring high', 'Neap high', 'Spring low'], answer: 0, quality: 0.1 };
    const { kept } = bestPerFact([table[0]!, table[1]!, sameLine].map((question, index) => ({ question, item: `row-${index}` })));
    expect(kept.map(({ question }) => question.id)).toEqual(['q-3']);
  });
});
