import { describe, expect, it } from 'vitest';
import { parseNote } from '../../src/knowledge/parse-note.js';
import { generateQuestions } from '../../src/questions/generate-questions.js';
import { kb } from './build-items.js';

// A folder of short notes, one thing per file, each titled by its thing: the form of many study notes
// (a file per component, per object, per tool), with a facet heading ("What It Does", "Overview") first.
const folder = (files: Record<string, string>) =>
  generateQuestions(kb(Object.entries(files).flatMap(([file, text]) => parseNote(file, text).items))).questions;

const railway = {
  'signalling/signal-box.md': '# Signal Box\n\n## What It Does\n\nThe box controls every set of points on its stretch of line — it does not drive the trains.\n\n## Levers\n\nRed levers work signals.\n',
  'signalling/track-circuit.md': '# Track Circuit\n\n## Wiring\n\nA low current runs through both rails.\n',
  'signalling/axle-counter.md': '# Axle Counter\n\n## Wiring\n\nHeads sit beside the rail.\n',
  'signalling/signal-post.md': '# Signal Post\n\n## Lamps\n\nLamps face the driver.\n',
  'signalling/block-working.md': '# Block Working\n\n## Rules\n\nOne train per block.\n',
  'track/sleepers.md': '# Sleepers\n\n## What They Are\n\nSleepers hold the two rails at the right gauge (of timber or concrete).\n',
  'track/fishplates.md': '# Fishplates\n\n## Fitting\n\nBolted through the rail web.\n',
  'track/rail-chairs.md': '# Rail Chairs\n\n## Fitting\n\nCast iron, spiked down.\n',
  'track/ballast-stones.md': '# Ballast Stones\n\n## Depth\n\nLaid deep under the track.\n',
};

describe("a file's opening line about its title's thing asks which thing it is", () => {
  it("asks the singular title among the folder's other titles of its number, names sharing its words first", () => {
    const questions = folder(railway);
    const box = questions.find((q) => q.stem === 'Which of these controls every set of points on its stretch of line?');
    expect(box?.choices[box.answer]).toBe('Signal Box');
    // "Block Working" names an activity, "Sleepers" another number: neither stands beside it.
    expect([...(box?.choices ?? [])].sort()).toEqual(['Axle Counter', 'Signal Box', 'Signal Post', 'Track Circuit']);
  });

  it('asks a plural subject among plural titles, its bracketed aside left out of the stem', () => {
    const questions = folder(railway);
    const sleepers = questions.find((q) => q.stem === 'Which of these hold the two rails at the right gauge?');
    expect(sleepers?.choices[sleepers.answer]).toBe('Sleepers');
    expect([...(sleepers?.choices ?? [])].sort()).toEqual(['Ballast Stones', 'Fishplates', 'Rail Chairs', 'Sleepers']);
  });

  it('asks nothing of a line whose subject is another thing, or one under a heading that names a part', () => {
    const questions = folder({
      ...railway,
      'signalling/signal-box.md': '# Signal Box\n\n## What It Does\n\nThe signalman pulls the levers that set the points.\n\n## Levers\n\nThe box holds a frame of forty levers.\n',
    });
    expect(questions.some((q) => q.choices[q.answer] === 'Signal Box')).toBe(false);
  });

  it('asks nothing when fewer than three other titles are names of its form', () => {
    const { 'signalling/axle-counter.md': _axle, 'signalling/signal-post.md': _post, ...few } = railway;
    expect(folder(few).some((q) => q.choices[q.answer] === 'Signal Box')).toBe(false);
  });
});
