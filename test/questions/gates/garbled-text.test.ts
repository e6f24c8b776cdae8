import { describe, expect, it } from 'vitest';
import { garbledText } from '../../../src/questions/gates/garbled-text.js';
import { parseNote } from '../../../src/knowledge/parse-note.js';
import { generateQuestions } from '../../../src/questions/generate-questions.js';
import { kb } from '../build-items.js';

const clean = { kind: 'term-to-definition', stem: 'Which of these best describes a kiln?', choices: ['A furnace that fires clay', 'A wheel that turns clay', 'A tool that cuts clay'], explanation: 'A kiln is a furnace that fires clay.' };

describe('garbledText: the finished question reads as written', () => {
  it.each([
    ['bold stars', { ...clean, stem: 'Which of these best describes a **kiln**?' }],
    ['a web link', { ...clean, explanation: 'A kiln is a furnace ([see](https://example.org/kiln)).' }],
    ['a wiki link', { ...clean, choices: ['A [[furnace]] that fires clay', ...clean.choices.slice(1)] }],
    ['a callout marker', { ...clean, explanation: '[!note] A kiln is a furnace that fires clay.' }],
    ['a table pipe', { ...clean, choices: ['A furnace | fires clay', ...clean.choices.slice(1)] }],
    ['an HTML tag', { ...clean, explanation: 'A kiln is a furnace<br>that fires clay.' }],
    ['an unpaired backtick', { ...clean, stem: 'Which of these best describes `kiln?' }],
    ['verbs side by side', { ...clean, stem: 'Which of these is a are fired in a kiln?' }],
    ['two sentences run together', { ...clean, stem: 'Which tool fires clay at high heat. (like an oven)?' }],
    ['a lower-case sentence inside the question', { ...clean, stem: 'Which of these fires clay at high heat. it is lined with brick?' }],
  ])('rejects %s', (_, question) => {
    expect(garbledText(question)).toBeDefined();
  });

  it('accepts plain text, quoted sentences, code spans, and a pipe in a command choice', () => {
    expect(garbledText(clean)).toBeUndefined();
    expect(garbledText({ ...clean, stem: 'Which of these is described as “Fires clay at high heat. lined with brick”?' })).toBeUndefined();
    expect(garbledText({ ...clean, stem: 'Which of these fires ware, e.g. bisque ware, at high heat?' })).toBeUndefined();
    expect(garbledText({ ...clean, explanation: 'Run `glaze | fire` to fire the glazed ware.' })).toBeUndefined();
    expect(garbledText({ kind: 'command', stem: 'Which command lists the kilns that are hot?', choices: ['kilns | grep hot', 'kilns --cold', 'kilns -a'], explanation: 'kilns | grep hot lists the kilns that are hot.' })).toBeUndefined();
  });
});

// Notes written for this test that, like many, start the sentences after the first in lower case.
const POTTERY = `## Pottery terms
- bisque firing: the first firing of unglazed ware at a low heat. it hardens the clay so it can take a glaze
- glaze firing: the second firing that melts the glaze onto the ware
- raku: a fast firing where the ware is taken out red hot. it is then cooled in sawdust
- pit firing: an old firing done in a hole in the ground with wood and dung
- salt firing: a firing where salt thrown into the kiln glazes the ware
`;

describe('an explanation quoting the notes starts each sentence with a capital', () => {
  it('capitalises the second sentence of the definition it quotes', () => {
    const { questions } = generateQuestions(kb(parseNote('pottery.md', POTTERY).items));
    const explanations = questions.map((q) => q.explanation).join('\n');
    expect(explanations).toContain('at a low heat. It hardens the clay');
    expect(explanations).toContain('out red hot. It is then cooled');
    expect(explanations).not.toMatch(/\. it (hardens|is then)/);
    // The definition of two sentences is not asked run together in one question.
    expect(questions.map((q) => q.stem)).not.toContain('Which of these is the first firing of unglazed ware at a low heat. it hardens the clay so it can take a glaze?');
  });
});
