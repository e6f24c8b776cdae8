import { describe, expect, it } from 'vitest';
import { impossibleDate } from '../../src/settings/impossible-date.js';

describe('impossibleDate', () => {
  const never: Array<[string, RegExp]> = [
    ['0 9 30 2 *', /day 30 of February \(at most 29 days\) never occurs/],
    ['0 9 31 4 *', /day 31 of April \(at most 30 days\) never occurs/],
    ['0 9 31 apr,jun,sep,nov *', /April .*June .*September .*November/],
    ['0 0 9 30-31 2 *', /day 30,31 of February/],
  ];
  for (const [cron, message] of never)
    it(`says "${cron}" never occurs`, () => expect(impossibleDate(cron)).toMatch(message));

  for (const cron of [
    '0 9 29 2 *',
    '0 9 31 * *',
    '0 9 31 3,4 *',
    '0 9 */2 2 *',
    '0 9 * * 1-5',
    '0 9 30 1-3 *',
    'not a cron',
  ])
    it(`leaves "${cron}" to the cron validator (it can occur, or is not a plain date)`, () =>
      expect(impossibleDate(cron)).toBeUndefined());
});
