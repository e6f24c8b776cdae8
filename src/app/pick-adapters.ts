import { createConsoleAdapterFor, usesTerminalChat } from './console-io.js';
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
 * terminal chat on the given streams. Each platform's library is loaded only when it is used: loading
 * discord.js costs ~0.3 s and bolt ~0.2 s of start-up (Node 20), paid on every restart.
 */
export async function pickAdapters(
  settings: Settings,
  knowledge: { factDesk: FactDesk; bank: Question[] },
  io: ConsoleIo,
  logger: Logger,
): Promise<Adapter[]> {
  const adapters: Adapter[] = [];
  if (settings.SLACK_BOT_TOKEN) {
    const { createSlackAdapter } = await import('../adapters/slack/slack-adapter.js');
    const slack = createSlackAdapter({
      botToken: settings.SLACK_BOT_TOKEN,
      ...(settings.SLACK_APP_TOKEN ? { appToken: settings.SLACK_APP_TOKEN } : {}),
      ...(settings.SLACK_SIGNING_SECRET ? { signingSecret: settings.SLACK_SIGNING_SECRET } : {}),
      ...(settings.SLACK_API_URL ? { apiUrl: settings.SLACK_API_URL } : {}),
      port: settings.PORT,
      commandNames: settings.SLACK_COMMANDS,
      logger,
    });
    adapters.push({ port: slack, health: () => slack.health() });
  }
  if (settings.DISCORD_TOKEN && settings.DISCORD_APP_ID) {
    const { createDiscordAdapter } = await import('../adapters/discord/discord-adapter.js');
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
  if (usesTerminalChat(settings)) adapters.push(createConsoleAdapterFor(io));
  return adapters;
}
