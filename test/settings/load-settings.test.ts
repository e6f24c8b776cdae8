import { describe, expect, it } from 'vitest';
import { loadSettings, SettingsError } from '../../src/settings/load-settings.js';

function problemsOf(env: Record<string, string>): string {
  try {
    loadSettings(env);
  } catch (error) {
    expect(error).toBeInstanceOf(SettingsError);
    return (error as Error).message;
  }
  throw new Error('expected the settings to be refused');
}

describe('settings', () => {
  it('has a working default for everything, so a bare checkout runs in console mode', () => {
    const settings = loadSettings({});
    expect(settings).toMatchObject({
      NOTES_DIR: 'data/notes',
      QUESTIONS_DIR: 'questions',
      STORE_PATH: 'data/prepbot.json',
      DEFAULT_SCHEDULE: '0 9 * * 1-5',
      DEFAULT_TIMEZONE: 'UTC',
      CLOSE_AFTER_HOURS: 8,
      FEEDBACK_AT_CLOSE: false,
      PREPBOT_ADMINS: [],
      PORT: 3000,
    });
    expect(settings.SLACK_BOT_TOKEN).toBeUndefined();
    expect(settings.DISCORD_TOKEN).toBeUndefined();
  });

  it('reads lists, flags and numbers from their text; blank means unset', () => {
    const settings = loadSettings({
      PREPBOT_ADMINS: ' U1, slack:T1:U2 ,',
      FEEDBACK_AT_CLOSE: 'yes',
      CLOSE_AFTER_HOURS: '2.5',
      SLACK_BOT_TOKEN: '  ',
      SLACK_COMMANDS: 'quiz=/prepbot-quiz, help=/pb-help',
    });
    expect(settings.PREPBOT_ADMINS).toEqual(['U1', 'slack:T1:U2']);
    expect(settings.FEEDBACK_AT_CLOSE).toBe(true);
    expect(settings.CLOSE_AFTER_HOURS).toBe(2.5);
    expect(settings.SLACK_BOT_TOKEN).toBeUndefined();
    expect(settings.SLACK_COMMANDS).toEqual({ quiz: '/prepbot-quiz', help: '/pb-help' });
  });

  it.each([
    [{ CLOSE_AFTER_HOURS: 'abc' }, 'CLOSE_AFTER_HOURS'],
    [{ PORT: '99999' }, 'PORT'],
    [{ FEEDBACK_AT_CLOSE: 'maybe' }, 'FEEDBACK_AT_CLOSE'],
    [{ LOG_LEVEL: 'loud' }, 'LOG_LEVEL'],
    [{ SLACK_API_URL: 'not a url' }, 'SLACK_API_URL'],
    [{ DEFAULT_SCHEDULE: '0 25 * * *' }, 'DEFAULT_SCHEDULE'],
    [{ DEFAULT_TIMEZONE: 'Mars/Olympus' }, 'DEFAULT_TIMEZONE'],
    [{ SLACK_COMMANDS: 'quiz=prepbot-quiz' }, 'SLACK_COMMANDS'],
    [{ SLACK_BOT_TOKEN: 'xoxb-1' }, 'SLACK_APP_TOKEN'],
    [{ SLACK_APP_TOKEN: 'xapp-1' }, 'SLACK_BOT_TOKEN'],
    [{ DISCORD_TOKEN: 'abc.def' }, 'DISCORD_APP_ID'],
  ])('names the bad setting in %j', (env, name) => {
    expect(problemsOf(env)).toContain(name);
  });

  it('names every bad setting in one message', () => {
    const message = problemsOf({ CLOSE_AFTER_HOURS: 'abc', PORT: '99999', LOG_LEVEL: 'loud' });
    expect(message).toContain('3 settings are invalid');
    for (const name of ['CLOSE_AFTER_HOURS', 'PORT', 'LOG_LEVEL']) expect(message).toContain(name);
    expect(message).toContain('.env.example');
  });
});
