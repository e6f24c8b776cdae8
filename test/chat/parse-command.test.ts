import { describe, expect, it } from 'vitest';
import { parseCommand } from '../../src/chat/parse-command.js';

describe('parseCommand', () => {
  it.each([
    ['quiz', '', { name: 'quiz' }],
    ['quiz', '  API   Gateway ', { name: 'quiz', topic: 'API Gateway' }],
    ['QUIZ', 'lambda', { name: 'quiz', topic: 'lambda' }],
    ['limit', 'lambda timeout', { name: 'limit', query: 'lambda timeout' }],
    ['define', 'EventBridge', { name: 'define', query: 'EventBridge' }],
    ['score', '', { name: 'score' }],
    ['score', '<@U2|bo>', { name: 'score', target: '<@U2|bo>' }],
    ['leaderboard', '', { name: 'leaderboard', period: 'all' }],
    ['leaderboard', 'Week', { name: 'leaderboard', period: 'week' }],
    ['leaderboard', 'month', { name: 'leaderboard', period: 'month' }],
    ['leaderboard', 'season 2', { name: 'leaderboard', period: 'all', season: 2 }],
    ['leaderboard', 'all Season 3', { name: 'leaderboard', period: 'all', season: 3 }],
    ['leaderboard', 'all 2', { name: 'leaderboard', period: 'all', season: 2 }], // Discord: period, then season
    ['help', 'me please', { name: 'help' }],
    ['prepbot', 'here', { name: 'admin', op: 'here' }],
    ['prepbot', 'PAUSE', { name: 'admin', op: 'pause' }],
    ['prepbot', 'resume', { name: 'admin', op: 'resume' }],
    ['prepbot', 'next', { name: 'admin', op: 'next' }],
    ['prepbot', 'season reset', { name: 'admin', op: 'season-reset', confirmed: false }],
    ['prepbot', 'Season Reset CONFIRM', { name: 'admin', op: 'season-reset', confirmed: true }],
    ['prepbot', 'flags', { name: 'admin', op: 'flags' }],
    ['prepbot', 'retire q-1a2b3c4d', { name: 'admin', op: 'retire', question: 'q-1a2b3c4d' }],
    ['prepbot', 'Restore  q-1a2b3c4d', { name: 'admin', op: 'restore', question: 'q-1a2b3c4d' }],
    ['prepbot', 'schedule 0 9 * * 1-5', { name: 'admin', op: 'schedule', cron: '0 9 * * 1-5' }],
    [
      'prepbot',
      'schedule 30 8 * * MON-FRI Europe/Berlin',
      { name: 'admin', op: 'schedule', cron: '30 8 * * MON-FRI', timezone: 'Europe/Berlin' },
    ],
    ['prepbot', 'schedule 0 9 * * * UTC', { name: 'admin', op: 'schedule', cron: '0 9 * * *', timezone: 'UTC' }],
    [
      'prepbot',
      'schedule 0 0 9 * * * America/Argentina/Buenos_Aires',
      { name: 'admin', op: 'schedule', cron: '0 0 9 * * *', timezone: 'America/Argentina/Buenos_Aires' },
    ],
  ])('/%s %s', (command, text, parsed) => {
    expect(parseCommand({ command, text })).toEqual(parsed);
  });

  it.each([
    ['limit', '', 'What should I look up? Usage: /limit <words>'],
    ['define', '   ', 'What should I look up? Usage: /define <term>'],
    ['leaderboard', 'yearly', '"yearly" is not a period. Usage: /leaderboard [week|month|all]'],
    ['leaderboard', 'week month', '"week month" is not a period.'],
    ['leaderboard', 'week season 2', 'An earlier season is shown whole: /leaderboard season 2.'],
    ['leaderboard', 'season 0', 'Seasons count from 1.'],
    ['prepbot', '', 'Usage: /prepbot here'],
    ['prepbot', 'launch rockets', '"launch rockets" is not a prepbot command.'],
    ['prepbot', 'season', 'is not a prepbot command'],
    ['prepbot', 'here now', 'is not a prepbot command'],
    ['prepbot', 'schedule 9am', 'A schedule is 5 cron fields'],
    ['quiz', 'x'.repeat(10_000), 'That is too long (at most 200 characters). Usage: /quiz [topic]'],
    ['frobnicate', '', "I don't know /frobnicate. Try /help for the list of commands."],
  ])('/%s %s → refused', (command, text, message) => {
    let thrown: unknown;
    try {
      parseCommand({ command, text });
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toMatchObject({ name: 'UserFacingError' });
    expect((thrown as Error).message).toContain(message);
    expect((thrown as Error).message.length).toBeLessThan(200);
  });
});
