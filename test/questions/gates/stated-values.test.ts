import { describe, expect, it } from 'vitest';
import { statedIn } from '../../../src/questions/gates/stated-values.js';

describe('statedIn: a value the fact itself states is never a wrong choice', () => {
  it.each([
    ['A crate holds 40 kg or 60 kg of parts', '40 kg', true], // kg is no unit of ours: still a number the statement writes
    ['Each appliance ships with 30 TB or 70 TB of disk', '30 TB', true],
    ['Each appliance ships with 30 TB or 70 TB of disk', '35 TB', false],
    ['The meter reports over 2, 10 and 30 minutes', '10 minutes', true],
    ['The meter reports over 2, 10 and 30 minutes', '20 minutes', false],
    ['Keeps messages for 2 days by default, up to 21 days', '21 days', true],
    ['Keeps messages for 2 days by default, up to 21 days', '504 hours', true],
    ['Volumes range from 8 GB to 32 TB', '8 GB', true],
    ['Volumes range from 8 GB to 32 TB', '16 GB', false],
    ['An account holds 50 vaults (soft limit, hard limit at 1000)', '1,000 vaults', true],
    ['An account holds 50 vaults (soft limit, hard limit at 1000)', '500 vaults', false],
  ])('%j states %j: %s', (statement, candidate, stated) => {
    expect(statedIn(statement)(candidate)).toBe(stated);
  });
});
