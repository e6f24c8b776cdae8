import { describe, expect, it } from 'vitest';
import { confusedFormulas, formulaText, readFormula } from '../../src/questions/formula-expression.js';

const read = (value: string, described = false): string | undefined => {
  const formula = readFormula(value, described);
  return formula && `${formula.shape}: ${formulaText(formula)}`;
};

describe('readFormula', () => {
  it.each([
    ['profit = revenue - costs', 'revenue - costs', false, 'additive: revenue - costs'],
    ['a ratio of two names', 'orders shipped / orders placed', true, 'ratio: orders shipped / orders placed'],
    ['a reciprocal', '1 / turnover rate', true, 'ratio: 1 / turnover rate'],
    ['a product written with *', 'unit price * units sold', true, 'product: unit price × units sold'],
    ['brackets kept whole', '(d / D) * coupon', true, 'product: (d / D) × coupon'],
    ['an example in brackets dropped', 'base rate(e.g. prime) + spread', false, 'additive: base rate + spread'],
  ])('%s', (_, value, described, expected) => {
    expect(read(value, described)).toBe(expected);
  });

  it.each([
    ['options between slashes', 'Read / Write', true],
    ['three letters as options', 'x / y / z', true],
    ['a sum after a colon says "and"', 'normal + known variance', true],
    ['a sum of clauses', 'storage for logs + retrieval fees', false],
    ['the next line run in', 'start + finish / 2 d', false],
    ['a remark run in', 'C / r C', false],
    ['prose', 'the sum of all parts', false],
    ['open brackets', '(a / b', false],
  ])('%s is no formula', (_, value, described) => {
    expect(readFormula(value, described)).toBeUndefined();
  });
});

describe('confusedFormulas', () => {
  it('turns a sign and swaps the operands of a difference, never a commutation', () => {
    const confused = confusedFormulas(readFormula('revenue - costs', false)!);
    expect(confused).toEqual(['revenue + costs', 'costs - revenue']);
  });

  it('never writes a formula equal to the answer by a factor of 1', () => {
    const confused = confusedFormulas(readFormula('1 / turnover rate', true)!);
    expect(confused).not.toContain('1 × turnover rate');
    expect(confused).not.toContain('turnover rate / 1');
    expect(confused).toContain('1 / (1 + turnover rate)');
  });

  it('does not turn a sign beside an operand that divides already', () => {
    expect(confusedFormulas(readFormula('(a - b)/a × 365/t', true)!)).toEqual([]);
  });
});
