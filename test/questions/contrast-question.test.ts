import { describe, expect, it } from 'vitest';
import { parseNote } from '../../src/knowledge/parse-note.js';
import { generateQuestions } from '../../src/questions/generate-questions.js';
import type { Question } from '../../src/questions/question-schema.js';
import { kb } from './build-items.js';

// A note that sets two things side by side, a name line and its bullets each (see contrast-blocks.ts).
const note = [
  'Forwards packets for players worldwide.',
  '',
  'How is this different from Edge Cache???',
  'Edge Cache - a content delivery layer',
  '- Keeps copies of static pages close to readers for hours',
  '- Serves content from the edge',
  '- Cheaper than Relay Service for large files',
  'Relay Service',
  '- No copies kept, forwards each packet to the nearest regional endpoint',
  '- Good for games that need fixed addresses in every region',
  '- Keeps copies of static pages for hours too',
].join('\n');

const contrastQuestions = (text: string): Question[] =>
  generateQuestions(kb(parseNote('Relay Service.md', text).items)).questions.filter((q) => q.stem.startsWith('Comparing Edge Cache and Relay Service'));

describe('questions on things the notes set side by side', () => {
  const questions = contrastQuestions(note);
  const answer = (q: Question): string => q.choices[q.answer]!;

  it('asks which of the things a statement is true of, the other and "Both of them" as wrong choices', () => {
    const games = questions.find((q) => q.stem.includes('games'))!;
    expect(games.stem).toBe('Comparing Edge Cache and Relay Service, which is good for games that need fixed addresses in every region?');
    expect(answer(games)).toBe('Relay Service');
    expect([...games.choices].sort()).toEqual(['Both of them', 'Edge Cache', 'Relay Service']);
    expect(games.kind).toBe('comparison');
    const packets = questions.find((q) => q.stem.includes('packet'))!;
    expect(packets.stem).toBe('Comparing Edge Cache and Relay Service, which does this describe: “No copies kept, forwards each packet to the nearest regional endpoint”?');
    expect(answer(packets)).toBe('Relay Service');
  });

  it('posts the question under a title that favours neither thing', () => {
    for (const q of questions) expect(q.topic).not.toBe(answer(q));
  });

  it('does not ask a statement too short to tell them apart, one naming a thing, or one both things are said to have', () => {
    expect(questions.map((q) => q.stem).join('\n')).not.toMatch(/edge”|large files|static pages/);
    expect(questions).toHaveLength(2);
  });
});

describe('questions on statements under an "X vs Y" heading', () => {
  const text = ['# Transport', '## Sled vs Barge', 'A sled crosses frozen lakes in winter without any bridge.', 'Barge crossings follow deep rivers during the summer months.'].join('\n');
  const questions = generateQuestions(kb(parseNote('transport.md', text).items)).questions.filter((q) => q.stem.startsWith('Comparing Sled and Barge'));

  it('asks which of the two the rest of the statement is said of, without its name', () => {
    const lakes = questions.find((q) => q.stem.includes('lakes'))!;
    expect(lakes.stem).toBe('Comparing Sled and Barge, which is the one that “crosses frozen lakes in winter without any bridge”?');
    expect(lakes.choices[lakes.answer]).toBe('Sled');
    expect([...lakes.choices].sort()).toEqual(['Barge', 'Both of them', 'Sled']);
  });
});
