import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseNote } from '../../src/knowledge/parse-note.js';
import { generateQuestions } from '../../src/questions/generate-questions.js';
import { readDescription } from '../../src/questions/heading-description.js';
import type { NotesWords } from '../../src/questions/read-statement.js';
import { kb } from './build-items.js';

// What the notes write as verbs and plural nouns, as the name index would find them.
const words: NotesWords = {
  nameAt: () => undefined,
  isVerbBase: (word) => ['trap', 'remove', 'implement', 'decrease', 'use'].includes(word),
  isPluralNoun: (word) => ['layers', 'lots'].includes(word),
};

describe('a line with no name of its own describes the heading it stands under', () => {
  it('reads a line led by a verb in the third person as said of the heading', () => {
    expect(readDescription('Traps the coarse particles in its top layer', false, words)).toMatchObject({ form: 'pronoun', predicate: 'traps the coarse particles in its top layer', plural: false, described: 'description' });
    // A determiner after an -s word makes it a verb, though the notes never write its base form.
    expect(readDescription('Holds the bacteria back', false, words)?.predicate).toBe('holds the bacteria back');
  });

  it('reads a noun phrase only on the first line of its section, up to its first aside', () => {
    expect(readDescription('Slow quiet basin for heavy flocs - like a pond. Cleaned yearly.', true, words)?.predicate).toBe('is described as “Slow quiet basin for heavy flocs”');
    expect(readDescription('Slow quiet basin for heavy flocs', false, words)).toBeUndefined();
  });

  it('reads two words as a description when a superlative leads them, a plain pair never', () => {
    expect(readDescription('Coarsest grains', true, words)?.predicate).toBe('is described as “Coarsest grains”');
    expect(readDescription('Quiet drainage', true, words)).toBeUndefined();
    expect(readDescription('Interest rates', true, words)).toBeUndefined();
  });

  it('asks which heading a superlative opening line singles out, among its sibling headings', () => {
    // A plain-text outline (tab-indented lines under a line), as notes apps export it.
    const notes = ['Soil kinds', '## Clay', 'Holds water for weeks after rain', '## Loam', 'Even mix of sand, silt and clay', '## Sand', 'Coarsest texture', '2 mm grain size', 'drains through layers', '\tTopsoil - 5 minutes', '\tSubsoil - 20 minutes', '## Silt', 'Smooth fine grains that pack down', ''].join('\n');
    const { questions } = generateQuestions(kb(parseNote('soil.md', notes).items));
    const sand = questions.find((q) => q.stem === 'Which of these is described as “Coarsest texture”?');
    expect(sand?.choices[sand.answer]).toBe('Sand');
    expect(sand?.choices).toEqual(expect.arrayContaining(['Clay', 'Silt', 'Loam']));
  });

  it('reads no description from a step, a sentence with its own subject, a fragment or a remark', () => {
    for (const text of ['Implement a filter with two beds', 'Cortisol levels decrease during the night', 'Many plants use Ferrox in winter', 'Plants use Ferrox in winter', 'Simpler syntax', 'Lots of flocs in the basin', 'Keeping two basins in sync', 'After birth when levels drop', 'Can be rinsed at night', 'Removes nothing you would notice']) {
      expect(readDescription(text, true, words), text).toBeUndefined();
    }
  });

  const file = 'water.md';
  const notes = parseNote(file, readFileSync(path.resolve(import.meta.dirname, '..', 'fixtures', 'heading-description', file), 'utf8'));
  const { questions } = generateQuestions(kb(notes.items));
  const about = (line: number) => questions.filter((q) => q.source.line === line);

  it('asks which heading a description line is about, its sibling headings the wrong choices', () => {
    const [question, ...more] = about(23);
    expect(more).toEqual([]);
    expect(question!.stem).toBe('Which of these is described as “Chalk powder for raising the alkalinity”?');
    expect(question!.choices[question!.answer]).toBe('Limestar');
    expect(new Set(question!.choices)).toEqual(new Set(['Limestar', 'Alumite', 'Ferrox', 'Polyfloc']));
    expect(question!.explanation).toContain('Chalk powder for raising the alkalinity');
  });

  it('asks a verb-led line under a heading as "Which of these <verb> …?"', () => {
    const [question] = about(29);
    expect(question!.stem).toBe('Which of these traps the coarse particles in its top layer?');
    expect(question!.choices[question!.answer]).toBe('Sandbed');
    expect(question!.choices).toEqual(expect.arrayContaining(['Carbonbed', 'Membrane']));
  });

  it('names a labelled heading ("Stage: Screening") by what follows its label, among the headings of that label', () => {
    const [question] = about(52);
    expect(question!.choices[question!.answer]).toBe('Screening');
    expect(question!.choices).toEqual(expect.arrayContaining(['Settling', 'Disinfection']));
    expect(question!.choices.some((choice) => choice.startsWith('Stage'))).toBe(false);
  });

  it('asks nothing of a step, of a sentence with its own subject, or under a heading that names no thing', () => {
    // "Rinse the bed …" is a step; "Many plants use Ferrox …" has its own subject; "Learning objectives" and "Side effects" are facets.
    for (const line of [15, 30, 56, 60]) expect(about(line), String(line)).toEqual([]);
  });

  it('asks of a line that names its heading after a vendor and a parent ("Amazon VaultStore snapshots keep …") which heading it is, among headings written alike', () => {
    const vault = parseNote('vault.md', readFileSync(path.resolve(import.meta.dirname, '..', 'fixtures', 'heading-description', 'vault.md'), 'utf8'));
    const [question, ...more] = generateQuestions(kb(vault.items)).questions.filter((q) => q.source.line === 7);
    expect(more).toEqual([]);
    expect(question!.stem).toBe('Which of these keep a frozen copy of every block for a week?');
    expect(question!.choices[question!.answer]).toBe('Snapshots');
    // "Common Errors" is a heading of another form (and kind): never a choice.
    expect(new Set(question!.choices)).toEqual(new Set(['Snapshots', 'Replicas', 'Tiers', 'Lifecycle']));
  });
});
