import { join } from 'node:path';
import { BotProcess, builtCli, freePort } from '../bot-process.js';
import type { FakeSlack } from './fake-slack.js';
import { SlackHttpDriver } from './slack-http-driver.js';

const fixtures = join(import.meta.dirname, '..', '..', 'fixtures');

/** The signing secret every Slack child bot is started with. */
export const childSigningSecret = 'child-bot-signing-secret';
/** The bot token every Slack child bot is started with. */
export const childBotToken = 'xoxb-child-bot-token-1234';

/**
 * The environment of a child bot in Slack HTTP mode against `fake`: the small fault-test bank and
 * notes, a schedule that only fires on 1 January (so only the test opens rounds), logs at `warn`.
 */
export function slackChildEnv(
  fake: FakeSlack,
  port: number,
  storePath: string,
  extra: Record<string, string> = {},
): Record<string, string> {
  return {
    SLACK_BOT_TOKEN: childBotToken,
    SLACK_SIGNING_SECRET: childSigningSecret,
    SLACK_API_URL: fake.apiUrl,
    PORT: String(port),
    STORE_PATH: storePath,
    QUESTIONS_DIR: join(fixtures, 'questions'),
    NOTES_DIR: join(fixtures, 'fault-notes'),
    DEFAULT_SCHEDULE: '0 0 1 1 *',
    LOG_LEVEL: 'warn',
    ...extra,
  };
}

/** Starts `prepbot start` as a Slack HTTP-mode child in `cwd` and waits until bolt answers. */
export async function startSlackChild(
  fake: FakeSlack,
  storePath: string,
  cwd: string,
  extra: Record<string, string> = {},
): Promise<{ bot: BotProcess; driver: SlackHttpDriver; port: number }> {
  const [cli, port] = await Promise.all([builtCli(), freePort()]);
  const bot = new BotProcess(cli, ['start'], slackChildEnv(fake, port, storePath, extra), cwd);
  const url = `http://127.0.0.1:${port}/slack/events`;
  await bot.waitForHttp(url);
  return { bot, driver: new SlackHttpDriver(fake, childSigningSecret, url), port };
}
