import { describe, expect, it } from 'vitest';
import { parseNote } from '../../src/knowledge/parse-note.js';
import { generateQuestions } from '../../src/questions/generate-questions.js';
import { buildContext } from '../../src/questions/generation-context.js';
import { mendText } from '../../src/questions/mend-spelling.js';
import { kb } from './build-items.js';

// Notes written for these tests, in the forms the r11 review found misspelt; never a set's own sentences.
const TELESCOPES = `## Telescope parts
- objective lens: the large front lens that gathers light and brings it to a focus
- eyepiece: the small lens near the eye that magnifies the image the objective lens forms
- finder scope: a small deployable telescope mounted on the tube to aim at a target
- focuser: a sliding drawtube that moves the eyepeice in and out until the image is sharp
- mount: the the support that holds the tube steady while it follows the sky
- dew shield: a tube extension that keeps moisture from forming on the objective lens
- star diagonal: a mirror that turns the light by ninety degrees for a comfortable view
- clock drive: a motor that turns the mount to track the stars as the sky moves
- collimation: lining up the optics so the light comes to a focus on the axis of the tube
- light pollution: skyglow from streetlights that washes out faint objects on the horizon
- Dobsonian: a reflector on a simple rocker box, ideal for visual observing
- tube rings: clamps that hold the tube on the mount, fromt he dovetail bar to the saddle
`;

const notes = kb(parseNote('telescopes.md', TELESCOPES).items);
const context = buildContext(notes);

describe('misspellings and slips in question text', () => {
  it('shows the word the notes write elsewhere for a word one letter off it', () => {
    const { questions } = generateQuestions(notes);
    const texts = questions.flatMap((q) => [q.stem, ...q.choices, q.explanation]).join('\n');
    expect(texts).toContain('moves the eyepiece in and out');
    expect(texts).not.toContain('eyepeice');
  });

  it('writes a doubled word once, and a space typed a letter late where it belongs', () => {
    expect(mendText('the the support that holds the tube steady', context)).toBe('the support that holds the tube steady');
    expect(mendText('the observatory at Walla Walla hosts the the dome', context)).toBe('the observatory at Walla Walla hosts the dome');
    expect(mendText('from the dovetail bar, fromt he saddle', context)).toBe('from the dovetail bar, from the saddle');
    expect(mendText('that that was all', context)).toBe('that that was all');
    expect(mendText('the mount holds a an eyepiece', context)).toBe('the mount holds an eyepiece');
    expect(mendText('The a focuser moves', context)).toBe('A focuser moves');
  });

  it('leaves a rare word whose one-letter neighbour the notes never write', () => {
    // "deployable" is one letter from "deplorable", which these notes never use.
    expect(mendText('a small deployable telescope', context)).toBe('a small deployable telescope');
  });

  it('leaves code spans, names, words the notes write twice and words in brackets', () => {
    expect(mendText('run `move eyepeice` first', context)).toBe('run `move eyepeice` first');
    expect(mendText('the Eyepeice Company sells tubes', context)).toBe('the Eyepeice Company sells tubes');
    const twice = buildContext(kb(parseNote('t.md', '## Parts\n- a: the eyepeice\n- b: an eyepeice mount\n- c: the eyepiece lens\n').items));
    expect(mendText('the eyepeice lens', twice)).toBe('the eyepeice lens');
    expect(mendText('the small lens (eyepeice) near the eye', context)).toBe('the small lens (eyepeice) near the eye');
    expect(mendText('Eyepeice: the small lens', context)).toBe('Eyepiece: the small lens');
  });
});
