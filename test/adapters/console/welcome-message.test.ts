import { describe, expect, it } from 'vitest';
import { welcomeMessage } from '../../../src/adapters/console/welcome-message.js';

const question = {
  title: 'Question of the day · S3',
  body: 'Which?',
  choices: [{ id: 'r:1:0', label: 'A', text: 'one' }],
};

describe('welcomeMessage', () => {
  it('says what this is, how to answer, /help and /quit, and where the logs go', () => {
    const welcome = welcomeMessage(
      { enabled: true, paused: false, next: '09:00 UTC (in 25 minutes)' },
      'data/prepbot.log',
    );
    expect(welcome.title).toBe('prepbot · terminal chat');
    expect(welcome.body).toContain(
      'Answer a question by typing its letter. /help lists the commands; /quit leaves (Ctrl-C too).',
    );
    expect(welcome.context).toBe('Logs go to data/prepbot.log');
  });

  it.each([
    [
      { enabled: true, paused: false, open: question, next: 'Tue 09:00 UTC (in 24 hours)' },
      'The question of the day is open, just below.',
    ],
    [
      { enabled: true, paused: false, open: question, answered: 'C' },
      'The question of the day is open, just below; you answered C.',
    ],
    [
      { enabled: true, paused: false, next: '09:00 UTC (in 25 minutes)' },
      'No question of the day is open now; the next one comes at 09:00 UTC (in 25 minutes).',
    ],
    [{ enabled: true, paused: true }, 'Daily questions are paused; /prepbot resume starts them again.'],
    [{ enabled: false, paused: false }, 'This terminal gets no daily questions.'],
  ])('tells where the question of the day stands: %j', (status, line) => {
    expect(welcomeMessage(status).body.split('\n')).toContain(line);
  });

  it('has no log line when the logs stay on standard error', () => {
    expect(welcomeMessage({ enabled: true, paused: false }).context).toBeUndefined();
  });
});
