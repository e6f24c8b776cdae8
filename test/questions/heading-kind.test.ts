import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseNote } from '../../src/knowledge/parse-note.js';
import { generateQuestions } from '../../src/questions/generate-questions.js';
import { headingIsPhrase, headingIsPlural, namesAPair } from '../../src/questions/heading-kind.js';
import { rootInStem } from '../../src/questions/root-in-stem.js';
import { kb } from './build-items.js';

describe('the wrong choices of a heading are headings of its kind', () => {
  it('tells a name from a pair, a phrase or a plural heading', () => {
    for (const pair of ['Wax + Tape', 'Knife Care & Storage', 'Early and Late Frost', 'Loam vs Clay']) expect(namesAPair(pair), pair).toBe(true);
    for (const name of ['Budwick', 'Grafting Knife', 'Wax-Tape']) expect(namesAPair(name), name).toBe(false);
    for (const phrase of ['Blade sharpening', 'When To Test', 'Knife Care & Storage']) expect(headingIsPhrase(phrase), phrase).toBe(true);
    for (const name of ['Loam Probe', 'Budwick', 'Mark II Cleftor']) expect(headingIsPhrase(name), name).toBe(false);
    for (const plural of ['Spare Handles', 'Grafting Knives', 'Soil Tests']) expect(headingIsPlural(plural), plural).toBe(true);
    for (const singular of ['Budwick', 'Ductus Arteriosus', 'Soil Analysis', 'Root Access']) expect(headingIsPlural(singular), singular).toBe(false);
  });

  const file = 'orchard.md';
  const notes = parseNote(file, readFileSync(path.resolve(import.meta.dirname, '..', 'fixtures', 'heading-kind', file), 'utf8'));
  const { questions } = generateQuestions(kb(notes.items));
  const about = (line: number) => questions.filter((q) => q.source.line === line);
  const answerOf = (line: number) => about(line).map((q) => q.choices[q.answer]);

  it('offers sibling headings that are names, never a pair, a phrase or a plural heading beside them', () => {
    const [question] = about(7);
    expect(question!.stem).toBe('Which of these is described as “Curved edge for lifting the bark flap”?');
    expect(question!.choices[question!.answer]).toBe('Budwick');
    expect(question!.choices).toHaveLength(4);
    for (const choice of question!.choices) expect(['Budwick', 'Scionette', 'Cleftor', 'Hookbill', 'Rosehook']).toContain(choice);
  });

  it('takes headings of the same depth under a parent of the same kind ("Pruning Knives" beside "Grafting Knives"), none under another', () => {
    const [question] = about(37);
    expect(question!.choices[question!.answer]).toBe('Rosehook');
    expect(question!.choices.filter((choice) => ['Budwick', 'Scionette', 'Cleftor'].includes(choice)).length).toBeGreaterThan(0);
    expect(questions.flatMap((q) => q.choices)).not.toContain('Loam Probe');
  });

  it('asks nothing of a heading with too few names of its kind beside it', () => {
    // "Loam Probe" stands among "Sampling depth" and "When To Test": topics, not names of its kind.
    expect(answerOf(45)).toEqual([]);
    // "Spare Handles" names a class of parts beside one knife each: no answer among them.
    expect(answerOf(27)).toEqual([]);
  });
});

describe('a stem that spells the opening of the answer', () => {
  it('is a giveaway when no wrong choice opens the same way', () => {
    expect(rootInStem('Which of these is described as “Catalysed by sulfotransferase”?', 'Sulfation', ['Acetylation', 'Methylation'])).toBe(true);
    expect(rootInStem('Which of these is described as “Catalysed by sulfotransferase”?', 'Sulfation', ['Acetylation', 'Sulfonation'])).toBe(false);
    expect(rootInStem('Which of these is described as “Catalysed by a transferase”?', 'Sulfation', ['Acetylation', 'Methylation'])).toBe(false);
    // Short names open like too many words to tell.
    expect(rootInStem('Which of these stores pods?', 'Podman', ['Docker', 'Buildah'])).toBe(false);
  });
});
