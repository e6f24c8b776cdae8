import { describe, expect, it } from 'vitest';
import { parseNote } from '../../src/knowledge/parse-note.js';
import { generateQuestions } from '../../src/questions/generate-questions.js';
import { kindOfListTitle } from '../../src/questions/list-intro-kind.js';
import { bankDefects } from './bank-defects.js';
import { kb } from './build-items.js';

describe('the kind a list intro names', () => {
  it('reads "X has three modes", "X comes in two tiers" and "There are four types of X"', () => {
    expect(kindOfListTitle('AppArmor has three modes')).toBe('AppArmor mode');
    expect(kindOfListTitle('The cache comes in two tiers:')).toBe('cache tier');
    expect(kindOfListTitle('There are four types of policies')).toBeUndefined();
    expect(kindOfListTitle('There are four types of backup')).toBe('backup type');
    expect(kindOfListTitle('Introduction to AppArmor')).toBeUndefined();
    // A plural in -es reads as its singular: "storage class", never "storage classe".
    expect(kindOfListTitle('The vault offers three classes')).toBe('vault class');
    expect(kindOfListTitle('The router supports four switches')).toBe('router switch');
  });

  it('asks an entry of such a list by its kind when the heading above names none', () => {
    const notes = [
      '## Getting started with AppArmor',
      '',
      'AppArmor has three modes:',
      '- Enforce: the kernel blocks every action the rules forbid.',
      '- Complain: forbidden actions still run but get reported.',
      '- Unconfined: the process runs outside any profile.',
    ].join('\n');
    const questions = generateQuestions(kb(parseNote('apparmor.md', notes).items)).questions;
    expect(bankDefects(questions)).toEqual([]);
    const complain = questions.find((q) => q.choices[q.answer] === 'Complain' && q.kind === 'definition-to-term')!;
    expect(complain.stem).toBe('Which AppArmor mode is described as “Forbidden actions still run but get reported”?');
    expect([...complain.choices].sort()).toEqual(['Complain', 'Enforce', 'Unconfined']);
  });
});
