import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseNote } from '../../src/knowledge/parse-note.js';
import { parseQuantity } from '../../src/knowledge/parse-quantity.js';
import { buildContext } from '../../src/questions/generation-context.js';
import { quantityQuestions } from '../../src/questions/quantity-question.js';
import { generateQuestions } from '../../src/questions/generate-questions.js';
import { fact, kb } from './build-items.js';

// Notes written here in the shapes of the quantity questions the last blind review judged to have
// implausible distractors, read by the real parser and asked by the real generator.
const dir = path.resolve(import.meta.dirname, '..', 'fixtures', 'quantity-distractors');
const asked = (name: string): Array<{ stem: string; choices: string[]; answer: string }> => {
  const { items } = parseNote(name, readFileSync(path.join(dir, name), 'utf8'));
  return generateQuestions(kb(items))
    .questions.filter((q) => q.kind === 'quantity')
    .map((q) => ({ stem: q.stem, choices: q.choices, answer: q.choices[q.answer]! }));
};

describe('a port question beside the notes’ own table of ports', () => {
  const questions = asked('heron-ports.md');
  const tablePorts = ['port 4317', 'port 4318', 'port 7420', 'port 9105', 'port 9107'];

  it('takes its wrong choices from the table, whichever side of the answer they lie', () => {
    const planner = questions.find((q) => q.stem === 'Which port does heron-planner listen on?');
    expect(planner?.answer).toBe('port 9107');
    expect(planner?.choices.filter((choice) => choice !== planner.answer).length).toBe(3);
    expect(planner?.choices.every((choice) => tablePorts.includes(choice))).toBe(true);
  });

  it('never reaches for a generic web or database port or a neighbour while the table has enough', () => {
    expect(questions.length).toBeGreaterThanOrEqual(3);
    for (const q of questions) expect(q.choices.filter((choice) => !tablePorts.includes(choice))).toEqual([]);
  });

  it('never offers another port of the same component, a second right answer', () => {
    const broker = questions.find((q) => q.stem === 'Which port does heron-broker listen on?');
    expect(broker?.answer).toBe('port 4317');
    expect(broker?.choices).not.toContain('port 4318');
  });
});

describe('a small count', () => {
  // Counts of things nobody else in the notes counts, so every wrong choice is a made-up one.
  const counts: Array<[string, string, string]> = [
    ['Heron planner', 'replicas', '2 replicas'],
    ['Heron gateway', 'replicas', '3 replicas'],
    ['Heron broker', 'partitions', '6 partitions'],
    ['Heron ledger', 'partitions', '4 partitions'],
    ['Heron vault', 'shards', '5 shards'],
    ['Heron archive', 'copies', '2 copies'],
    ['Heron mirror', 'copies', '3 copies'],
    ['Heron index', 'shards', '2 shards'],
  ];
  const questions = (() => {
    const context = buildContext(kb(counts.map(([subject, attribute, text]) => fact(subject, attribute, parseQuantity(text)!))));
    return context.facts.flatMap((item) => quantityQuestions(item, context).flatMap((o) => ('question' in o ? [o.question] : [])));
  })();
  const value = (choice: string): number => Number.parseInt(choice, 10);

  it('is asked beside near counts (3 or 4 replicas beside 2), never one ten times as many', () => {
    expect(questions.length).toBe(counts.length);
    for (const q of questions) {
      const answer = value(q.choices[q.answer]!);
      expect(q.choices.filter((choice) => value(choice) >= 5 * answer || value(choice) * 5 <= answer)).toEqual([]);
    }
  });
});

describe('the explanation of a port question', () => {
  it('answers in the stem’s own words, keeping what the port is for', () => {
    const items = [fact('XFR (Bulk Copy)', 'port number', parseQuantity('port 8873')!), fact('XFR (Control)', 'port number', parseQuantity('port 8874')!)];
    const context = buildContext(kb(items));
    const [outcome] = quantityQuestions(context.facts[0]!, context);
    const question = outcome && 'question' in outcome ? outcome.question : undefined;
    expect(question?.stem).toBe('Which port does XFR use for bulk copy?');
    expect(question?.explanation).toMatch(/^XFR uses port 8873 for bulk copy\b/);
  });
});
