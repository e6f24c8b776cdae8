import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseNote } from '../../src/knowledge/parse-note.js';
import { readExamples } from '../../src/questions/example-question.js';
import { generateQuestions } from '../../src/questions/generate-questions.js';
import { kb } from './build-items.js';

describe('"Examples of <kinds>: A, B, C"', () => {
  it('reads the kind, singular, and the names given as its examples', () => {
    expect(readExamples('Examples of biological controls: ladybirds, lacewings and nematodes.')).toEqual({ kind: 'biological control', names: ['Ladybirds', 'Lacewings', 'Nematodes'] });
    expect(readExamples('Examples of soft fruit include Raspberry, Currant or Gooseberry')).toBeUndefined(); // "fruit" is no plural
    expect(readExamples('Examples of hardy shrubs include Box, Yew or Holly')?.names).toEqual(['Box', 'Yew', 'Holly']);
  });

  it('reads nothing from a line whose examples are not names, or of one example', () => {
    expect(readExamples('Examples of pests: anything that eats the leaves before they open')).toBeUndefined();
    expect(readExamples('Examples of pests: aphids')).toBeUndefined();
    expect(readExamples('Example of a trap in YAML format:')).toBeUndefined();
  });

  const folder = path.resolve(import.meta.dirname, '..', 'fixtures', 'examples', 'garden');
  const items = ['pests.md', 'helpers.md'].flatMap((file) => parseNote(`garden/${file}`, readFileSync(path.join(folder, file), 'utf8')).items);
  const [question, ...more] = generateQuestions(kb(items)).questions.filter((q) => q.source.file === 'garden/pests.md' && q.source.line === 13);

  it('asks which name is of the kind, the first example the answer', () => {
    expect(more).toEqual([]);
    expect(question!.stem).toBe('Which of these is a biological control?');
    expect(question!.choices[question!.answer]).toBe('Ladybirds');
    expect(question!.explanation).toContain('Examples of biological controls');
  });

  it('never offers another example, or a name the notes also call of that kind, as a wrong choice', () => {
    for (const right of ['Lacewings', 'Nematodes', 'Hoverflies', 'Frogs', 'Wasps']) expect(question!.choices).not.toContain(right);
    // The wrong choices are names the notes speak of as some "control", from the same folder: of the answer's kind.
    expect(new Set(question!.choices)).toEqual(new Set(['Ladybirds', 'Sparrows', 'Thrushes', 'Earwigs']));
  });
});
