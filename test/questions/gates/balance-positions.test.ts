import { describe, expect, it } from 'vitest';
import { PositionBalance } from '../../../src/questions/gates/balance-positions.js';
import type { Question } from '../../../src/questions/question-schema.js';

const question = (choices: string[], answer: number): Question => ({
  id: 'q-1', kind: 'membership', topic: 'T', stem: 'Which of these is one?', choices, answer, explanation: 'x', source: { file: 'a.md', line: 1, section: '' },
});

describe('PositionBalance', () => {
  it('spreads answers keyed at one position over all four', () => {
    const balance = new PositionBalance();
    const placed = Array.from({ length: 8 }, () => balance.place(question(['A', 'B', 'C', 'D'], 3)));
    expect(placed.map((q) => q.answer).sort()).toEqual([0, 0, 1, 1, 2, 2, 3, 3]);
    for (const q of placed) expect(q.choices[q.answer]).toBe('D');
  });

  it('keeps numbers in numerical order, turned round when the answer would land on an over-used end', () => {
    const balance = new PositionBalance();
    const smallest = question(['1 GB', '2 GB', '4 GB', '8 GB'], 0);
    const placed = [balance.place(smallest), balance.place(smallest), balance.place(smallest)];
    expect(placed.map((q) => q.choices.join(' < '))).toEqual(['1 GB < 2 GB < 4 GB < 8 GB', '8 GB < 4 GB < 2 GB < 1 GB', '1 GB < 2 GB < 4 GB < 8 GB']);
    for (const q of placed) expect(q.choices[q.answer]).toBe('1 GB');
  });

  it('leaves a trailing "Both of them" in place', () => {
    const balance = new PositionBalance();
    const both = question(['Lambda', 'Fargate', 'Both of them'], 0);
    expect(balance.place(both).choices.at(-1)).toBe('Both of them');
  });
});
