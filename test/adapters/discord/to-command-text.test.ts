import { describe, expect, test } from 'vitest';
import { toCommandText } from '../../../src/adapters/discord/to-command-text.js';

describe('toCommandText', () => {
  test.each([
    { name: 'help', options: [], expected: { command: 'help', text: '' } },
    {
      name: 'quiz',
      options: [{ name: 'topic', type: 3, value: ' Storage ' }],
      expected: { command: 'quiz', text: 'Storage' },
    },
    {
      name: 'score',
      options: [{ name: 'user', type: 6, value: '123456789012345678' }],
      expected: { command: 'score', text: '123456789012345678' },
    },
    {
      name: 'prepbot',
      options: [{ name: 'season-reset', type: 1, options: [] }],
      expected: { command: 'prepbot', text: 'season reset' },
    },
    {
      name: 'prepbot',
      options: [{ name: 'season-reset', type: 1, options: [{ name: 'confirm', type: 3, value: 'confirm' }] }],
      expected: { command: 'prepbot', text: 'season reset confirm' },
    },
    // The season option after the period, whichever was filled in first: the core reads "all 2" as season 2.
    {
      name: 'leaderboard',
      options: [
        { name: 'season', type: 4, value: 2 },
        { name: 'period', type: 3, value: 'all' },
      ],
      expected: { command: 'leaderboard', text: 'all 2' },
    },
    {
      name: 'prepbot',
      options: [
        {
          name: 'schedule',
          type: 1,
          options: [
            { name: 'timezone', type: 3, value: 'Europe/Berlin' },
            { name: 'cron', type: 3, value: '0 9 * * 1-5' },
          ],
        },
      ],
      expected: { command: 'prepbot', text: 'schedule 0 9 * * 1-5 Europe/Berlin' },
    },
    {
      name: 'prepbot',
      options: [{ name: 'schedule', type: 1, options: [{ name: 'cron', type: 3, value: '30 8 * * *' }] }],
      expected: { command: 'prepbot', text: 'schedule 30 8 * * *' },
    },
  ])('/$name → $expected.text', ({ name, options, expected }) => {
    expect(toCommandText(name, options)).toEqual(expected);
  });
});
