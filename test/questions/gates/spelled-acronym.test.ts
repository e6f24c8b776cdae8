import { describe, expect, it } from 'vitest';
import { spellsAcronym } from '../../../src/questions/gates/spelled-acronym.js';

describe('spellsAcronym: a choice that spells out an abbreviation the answer or stem writes', () => {
  it.each([
    ['Rotating Key Token', 'Soft RKT Badge', 'Which RKT badge type is described as “an app on a phone”?', true],
    ['RKT', 'rotating key token', 'Which of these is described as “a code that changes”?', true],
    ['Rotating Key Token', 'Soft Badge', 'Which badge type is described as “an app on a phone”?', false],
    ['Paper Badge', 'Soft RKT Badge', 'Which RKT badge type is described as “an app on a phone”?', false],
    ['RKT', 'Soft Badge', 'Which badge type is described as “an app on a phone”?', false],
  ])('%s beside the answer %s', (choice, answer, stem, expected) => {
    expect(spellsAcronym(choice, answer, stem)).toBe(expected);
  });
});
