import { describe, expect, it } from 'vitest';
import { englishPart, englishStatement } from '../../src/knowledge/english-part.js';

describe('englishPart', () => {
  it.each([
    ['cache hit ratio: hits / lookups 越高越好', 'cache hit ratio: hits / lookups'],
    // A word glued to the remark belongs to it: the English ends before that word.
    ['lead time / order size 其中size越大越好', 'lead time / order size'],
    ['base rate + spread  s的大小看评级', 'base rate + spread'],
    // A bracket the remark opens goes with the remark.
    ['price × volume(注意这里是日均)', 'price × volume'],
    ['plain English only', 'plain English only'],
  ])('%s → %s', (text, english) => {
    expect(englishPart(text)).toBe(english);
  });

  it('gives nothing when the line opens with the remark or the cut leaves a bracket open', () => {
    expect(englishPart('越高越好 hits / lookups')).toBeUndefined();
    expect(englishPart('(hits / 命中次数)')).toBeUndefined();
  });
});

describe('englishStatement', () => {
  it('keeps an English clause that reads whole before the remark', () => {
    expect(englishStatement('stock levels stay flat over a season 所以 订货量只看需求')).toBe(
      'stock levels stay flat over a season',
    );
    expect(englishStatement('no remark at all')).toBe('no remark at all');
  });

  it('keeps an English sentence that follows the remark to the end of the line, spaced off it', () => {
    expect(englishStatement('期货 Obliges both sides to trade at a set price later')).toBe(
      'Obliges both sides to trade at a set price later',
    );
    // Glued to the remark, or too short to say what the term is: nothing.
    expect(englishStatement('只能在到期日Exercise on the expiry date only')).toBeUndefined();
    expect(englishStatement('对冲 Best to avoid, log')).toBeUndefined();
  });

  it.each([
    ['a word glued to the remark', 'the spread of同期限的国债'],
    ['a word that needs one after it', 'bonds issued by 政府'],
    ['a label the remark explains', 'C / r C: 每期现金流'],
    ['an example lead-in', 'relative ranking e.g. 温度'],
    ['under three words', 'flat rate 固定利率'],
  ])('gives nothing for %s', (_, text) => {
    expect(englishStatement(text)).toBeUndefined();
  });
});
