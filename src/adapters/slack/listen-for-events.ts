import type { App, RespondFn } from '@slack/bolt';
import type { Logger } from 'pino';
import type { Inbound, InboundHandler, Reply } from '../../chat/message.js';
import type { SlackApp } from './slack-app.js';
import type { CoreCommand } from './slack-commands.js';
import { apologyReply, deliverReplies } from './deliver-replies.js';
import type { SlackUserDirectory } from './slack-user-directory.js';
import { choiceActionPattern, flagActionId, type SlackMessage } from './to-block-kit.js';
import {
  clickWorkspace,
  toChoiceEvent,
  toCommandEvent,
  toFlagEvent,
  type ButtonClickPayload,
  type SlashCommandPayload,
} from './to-inbound.js';

/** The event counters the adapter's `health()` reports. */
interface EventStats {
  commands: number;
  clicks: number;
  handlerErrors: number;
  lastEventAt: string | undefined;
}

export interface ListenContext {
  app: App;
  client: SlackApp['client'];
  /** Slack command name → the core command it runs. */
  commands: Map<string, CoreCommand>;
  users: SlackUserDirectory;
  logger: Logger;
  stats: EventStats;
}

/**
 * Registers bolt's handlers: each slash command and button click is acked at once, turned into the
 * core's event, handed to `handle`, and its replies delivered through response_url (or the Web API when
 * that has expired). A handler that throws gets the apology reply.
 */
export function listenForEvents(handle: InboundHandler, context: ListenContext): void {
  const { app, client, commands, users, logger, stats } = context;

  /** The Web API way to a person or a channel, for when the response_url has expired. */
  const fallbackFor = (event: Inbound) => async (reply: Reply, message: SlackMessage) => {
    const channel = event.channel.channel;
    if (reply.visibility === 'private')
      await client.chat.postEphemeral({ channel, user: event.user.user, text: message.text, blocks: message.blocks });
    else
      await client.chat.postMessage({
        channel,
        text: message.text,
        blocks: message.blocks,
        unfurl_links: false,
        unfurl_media: false,
      });
  };

  async function run(event: Inbound, respond: RespondFn): Promise<void> {
    stats.lastEventAt = new Date().toISOString();
    let replies;
    try {
      replies = await handle(event);
    } catch (error) {
      stats.handlerErrors += 1;
      logger.error({ err: error, event: event.type }, 'slack: the handler threw');
      replies = [apologyReply];
    }
    await deliverReplies(replies, respond, logger, fallbackFor(event));
  }

  for (const [slackName, core] of commands) {
    app.command(slackName, async ({ command, ack, respond }) => {
      // Ack first, with no body: Slack gives 3 s, and the core may take longer (store writes, lookups).
      await ack();
      stats.commands += 1;
      const payload = command as SlashCommandPayload;
      const name = await users.nameOf(payload.user_id, payload.user_name ?? '');
      await run(toCommandEvent(payload, core, name), respond);
    });
  }
  app.action({ type: 'block_actions', action_id: choiceActionPattern }, async ({ body, action, ack, respond }) => {
    await ack();
    stats.clicks += 1;
    const value = 'value' in action && typeof action.value === 'string' ? action.value : '';
    const payload = body as unknown as ButtonClickPayload;
    const name = users.nameNow(payload.user.id, payload.user.username ?? payload.user.name ?? '');
    logger.debug({ workspace: clickWorkspace(payload), user: payload.user.id }, 'slack: choice clicked');
    await run(toChoiceEvent(payload, value, name), respond);
  });
  app.action({ type: 'block_actions', action_id: flagActionId }, async ({ body, action, ack, respond }) => {
    await ack();
    stats.clicks += 1;
    const value = 'value' in action && typeof action.value === 'string' ? action.value : '';
    const payload = body as unknown as ButtonClickPayload;
    const name = users.nameNow(payload.user.id, payload.user.username ?? payload.user.name ?? '');
    await run(toFlagEvent(payload, value, name), respond);
  });
  app.error(async (error) => {
    stats.handlerErrors += 1;
    logger.error({ err: error }, 'slack: bolt reported an error');
  });
}
