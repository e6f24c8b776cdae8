import { describe, expect, it } from 'vitest';
import { parseNote } from '../../src/knowledge/parse-note.js';
import { generateQuestions } from '../../src/questions/generate-questions.js';
import type { Question } from '../../src/questions/question-schema.js';
import { kb } from './build-items.js';

// A retail-metrics cheat sheet written the bilingual way: English terms, formulas, Chinese remarks.
const note = `# Store Metrics

## 基本概念
* gross margin = revenue - cost of goods sold
* net margin = net income / total revenue
* asset turnover: total revenue / total assets 周转率越高 说明资产用得越好
* stock cover: average stock / daily sales 可以理解成库存能卖几天
* markup = selling price - unit cost

## Optics
* velocity factor: 1 / refractive index 折射率越大 光速越慢

## Other lines
* door policy: Allow / Deny
* review mix: peer notes + self notes
* Rk = base rate + risk premium
`;

function formulaQuestions(text = note): Question[] {
  const { items } = parseNote('metrics.md', text);
  return generateQuestions(kb(items)).questions.filter((q) => q.stem.startsWith('Which formula gives'));
}

const asked = (questions: Question[], term: string): Question | undefined => questions.find((q) => q.stem === `Which formula gives ${term}?`);
const answerOf = (q: Question): string => q.choices[q.answer]!;

describe('formula questions', () => {
  it('asks which formula gives a term defined by one, with the formula confused and other formulas as wrong choices', () => {
    const q = asked(formulaQuestions(), 'gross margin')!;
    expect(answerOf(q)).toBe('revenue - cost of goods sold');
    expect(q.choices.length).toBeGreaterThanOrEqual(3);
    // A sign turned or the operands swapped is a wrong formula a learner would pick.
    expect(q.choices.some((c) => c === 'revenue + cost of goods sold' || c === 'cost of goods sold - revenue')).toBe(true);
    expect(q.explanation).toContain('Gross margin = revenue - cost of goods sold');
  });

  it('asks a bilingual line in its English part, never with the remark or half of it', () => {
    const questions = formulaQuestions();
    const q = asked(questions, 'asset turnover')!;
    expect(answerOf(q)).toBe('total revenue / total assets');
    for (const question of questions) expect(`${question.stem} ${question.choices.join(' ')}`).not.toMatch(/\p{Script=Han}/u);
  });

  it('puts ratios beside ratios, and says what a tempting formula of the notes really gives', () => {
    const q = asked(formulaQuestions(), 'stock cover')!;
    expect(answerOf(q)).toBe('average stock / daily sales');
    const wrong = q.choices.filter((c) => c !== answerOf(q));
    expect(wrong.every((c) => c.includes('/') || c.includes('×'))).toBe(true);
    expect(wrong.some((c) => c === 'total revenue / total assets' || c === 'net income / total revenue')).toBe(true);
    expect(q.explanation).toMatch(/gives (asset turnover|net margin), not stock cover/);
  });

  it('asks a reciprocal among other formulas that open with 1, none equal to it', () => {
    const q = asked(formulaQuestions(), 'velocity factor')!;
    expect(answerOf(q)).toBe('1 / refractive index');
    expect(q.choices.every((c) => c.startsWith('1 '))).toBe(true);
    expect(q.choices).toContain('1 / (1 + refractive index)');
    expect(q.choices).not.toContain('refractive index / 1');
  });

  it('does not take options, a described sum or a bare symbol for a formula', () => {
    const questions = formulaQuestions();
    expect(asked(questions, 'door policy')).toBeUndefined();
    expect(asked(questions, 'review mix')).toBeUndefined();
    // A two-letter symbol means nothing without the formula's own context.
    expect(asked(questions, 'Rk')).toBeUndefined();
  });

  it('does not ask a formula alone in its notes with nothing of its shape to stand beside', () => {
    const lone = '# Notes\n\n* door policy: Allow / Deny\n* velocity factor: 1 / refractive index\n';
    expect(formulaQuestions(lone).map((q) => answerOf(q))).toEqual(['1 / refractive index']);
  });

  it('asks the formula a worded definition gives in a later "defined as" sentence, never its alternative as a wrong choice', () => {
    const hydrology = [
      '# Hydrology',
      '',
      '**Runoff coefficient (C)**: The share of rainfall that leaves a catchment as surface flow. Calculated as runoff depth / rainfall depth.',
      '',
      '**Aridity index**: How dry a climate is over a year. Defined as either precipitation / potential evapotranspiration or precipitation / mean temperature.',
      '',
      '**Infiltration**: The movement of water from the surface into the soil.',
      '',
    ].join('\n');
    const questions = formulaQuestions(hydrology);
    expect(answerOf(asked(questions, 'runoff coefficient')!)).toBe('runoff depth / rainfall depth');
    const aridity = asked(questions, 'aridity index')!;
    expect(answerOf(aridity)).toBe('precipitation / potential evapotranspiration');
    expect(aridity.choices).toContain('potential evapotranspiration / precipitation');
    expect(aridity.choices).not.toContain('precipitation / mean temperature');
    // A definition in words alone gives no formula question.
    expect(questions.some((q) => /infiltration/i.test(q.stem))).toBe(false);
  });
});
