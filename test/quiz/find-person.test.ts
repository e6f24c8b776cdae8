import { describe, expect, it } from 'vitest';
import { findPerson } from '../../src/quiz/find-person.js';

const users = { 'slack:T1:U1': 'Ada', 'slack:T1:U2': 'bo', 'slack:T2:U3': 'Cy', 'discord:G1:123': 'Di' };

describe('findPerson', () => {
  it.each([
    ['slack:T1', '<@U1>', 'slack:T1:U1'],
    ['slack:T1', '<@U2|bo>', 'slack:T1:U2'],
    ['slack:T1', '@ada', 'slack:T1:U1'],
    ['slack:T1', 'BO', 'slack:T1:U2'],
    ['slack:T1', 'u1', 'slack:T1:U1'],
    ['slack:T1', 'Cy', undefined],
    ['slack:T1', '<@U9>', undefined],
    ['discord:G1', '<@!123>', 'discord:G1:123'],
    ['discord:G1', '', undefined],
  ])('in %s, "%s" → %s', (ws, typed, key) => {
    expect(findPerson(users, ws, typed)).toBe(key);
  });
});
