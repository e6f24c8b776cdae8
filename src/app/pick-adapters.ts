import { createConsoleAdapterFor } from './console-io.js';
import { createDiscordAdapter } from '../adapters/discord/discord-adapter.js';
import { createSlackAdapter } from '../adapters/slack/slack-adapter.js';
import type { ChatPort } from '../chat/chat-port.js';
import type { Logger } from '../logging/create-logger.js';
import type { FactDesk } from '../lookup/fact-desk.js';
import type { Question } from '../questions/question-schema.js';
import type { Settings } from '../settings/settings-schema.js';
import type { ConsoleIo } from './console-io.js';

/** A chat port plus what it reports for /healthz. */
export interface Adapter {
  port: ChatPort;
  health: () => object;
}

/**
 * Slack when its tokens are set, Discord when its token is set (both if both), and otherwise the
 * terminal chat on the given streams.
 */
export function pickAdapters(settings: Settings, knowledge: { factDesk: FactDesk; bank: Question[] }, io: ConsoleIo, logger: Logger): Adapter[] {
  const adapters: Adapter[] = [];
  if (settings.SLACK_BOT_TOKEN) {
    const slack = createSlackAdapter({
      botToken: settings.SLACK_BOT_TOKEN,
      ...(settings.SLACK_APP_TOKEN ? { appToken: settings.SLACK_APP_TOKEN } : {}),
      ...(settings.SLACK_SIGNING_SECRET ? { signingSecret: settings.SLACK_SIGNING_SECRET } : {}),
      ...(settings.SLACK_API_URL ? { apiUrl: settings.SLACK_API_URL } : {}),
      port: settings.PORT,
      logger,
    });
    adapters.push({ port: slack, health: () => slack.health() });
  }
  if (settings.DISCORD_TOKEN && settings.DISCORD_APP_ID) {
    const topics = [...new Set(knowledge.bank.map((q) => q.topic))].sort();
    const discord = createDiscordAdapter({
      token: settings.DISCORD_TOKEN,
      appId: settings.DISCORD_APP_ID,
      ...(settings.DISCORD_API_URL ? { apiUrl: settings.DISCORD_API_URL } : {}),
      logger,
      complete: (command, partial) => knowledge.factDesk.complete(command, partial),
      topics: () => topics,
    });
    adapters.push({ port: discord, health: () => ({ platform: 'discord', ...discord.health() }) });
  }
  if (adapters.length === 0) adapters.push(createConsoleAdapterFor(io));
  return adapters;
}
