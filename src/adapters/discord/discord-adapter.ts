import { createHash } from 'node:crypto';
import { once } from 'node:events';
import { Client, DiscordAPIError, Events, GatewayIntentBits, PermissionFlagsBits, Routes, Status } from 'discord.js';
import type { Logger } from 'pino';
import type { ChatPort, PostOptions } from '../../chat/chat-port.js';
import type { ChannelRef, Message, PostRef, UserRef } from '../../chat/message.js';
import { lastingDiscordCodes, missingPostPermissions } from './check-permissions.js';
import { DiscordLoginError } from './discord-errors.js';
import { createDiscordRest } from './discord-rest.js';
import { findEarlierPost } from './find-earlier-post.js';
import { onInteraction, type InteractionContext } from './on-interaction.js';
import { toDiscordMessage } from './to-discord-message.js';
import { defaultRetryPolicy, type RetryPolicy } from './with-retry.js';

/** How to reach Discord and where autocomplete suggestions come from. */
export interface DiscordAdapterOptions {
  /** The bot token (Developer Portal → Bot → Token). */
  token: string;
  /** The application id (Developer Portal → General Information). */
  appId: string;
  /** REST base, default `https://discord.com/api` (tests point it at a fake on 127.0.0.1). */
  apiUrl?: string;
  logger: Logger;
  /** Suggestions for `/limit` and `/define` as a person types. */
  complete?: (command: 'limit' | 'define', partial: string) => string[];
  /** The topics `/quiz topic:` suggests. */
  topics?: () => string[];
  /** Defer an interaction when the core takes longer than this (default 1,500 ms). */
  deferAfterMs?: number;
  /** Back-off for posts and edits on 5xx and network failures (default 6 tries from 500 ms). */
  retry?: RetryPolicy;
}

/** What `health()` reports: gateway state and counters since start. */
interface DiscordHealth {
  connected: boolean;
  gatewayStatus: string;
  pingMs: number;
  interactions: number;
  reconnects: number;
  deliveryRetries: number;
  deliveryFailures: number;
  lastEventAt: string | null;
}

export type DiscordAdapter = ChatPort & { health(): DiscordHealth };

/**
 * The Discord side of prepbot (discord.js over the gateway, intent Guilds only): slash commands and
 * button clicks become the core's `Inbound` events; replies, posts and edits go out as embeds and
 * buttons, never pinging anyone. `post` is idempotent per key (Discord's enforced nonce) and retried
 * with back-off; it throws `DiscordDeliveryError` when Discord still refuses.
 */
export function createDiscordAdapter(options: DiscordAdapterOptions): DiscordAdapter {
  const logger = options.logger.child({ adapter: 'discord' });
  const retry = options.retry ?? defaultRetryPolicy;
  const client = new Client({
    intents: [GatewayIntentBits.Guilds],
    // Immediate retries on 5xx inside discord.js; withRetry adds the back-off on top. 429s are waited out.
    rest: { api: options.apiUrl ?? 'https://discord.com/api', retries: 1, timeout: 10_000 },
    allowedMentions: { parse: [] },
  });
  const permissions = new Map<string, bigint>();
  /** Channel id → the bot's own permissions there, as the latest interaction in it reported them. */
  const appPermissions = new Map<string, { bits: bigint; inThread: boolean }>();
  const stats = {
    interactions: 0,
    reconnects: 0,
    deliveryRetries: 0,
    deliveryFailures: 0,
    lastEventAt: null as string | null,
  };
  let started = false;
  let stopped = false;

  const { rest, sendToChannel } = createDiscordRest(client, retry, logger, stats);
  const context: InteractionContext = {
    logger,
    ...(options.complete ? { complete: options.complete } : {}),
    ...(options.topics ? { topics: options.topics } : {}),
    ...(options.deferAfterMs !== undefined ? { deferAfterMs: options.deferAfterMs } : {}),
    stats,
    permissions,
    appPermissions,
    sendToChannel,
  };

  return {
    platform: 'discord',

    async start(handle) {
      if (started) throw new DiscordLoginError('The Discord adapter was already started');
      started = true;
      client.on(Events.InteractionCreate, (interaction) => {
        onInteraction(interaction, handle, context).catch((error: unknown) =>
          logger.error({ err: error, interaction: interaction.id }, 'answering a Discord interaction failed'),
        );
      });
      client.on(Events.ShardResume, () => logger.info('Discord gateway resumed'));
      client.on(Events.ShardReconnecting, () => {
        stats.reconnects += 1;
        logger.warn('Discord gateway reconnecting');
      });
      client.on(Events.Error, (error) => logger.error({ err: error }, 'Discord client error'));
      const ready = once(client, Events.ClientReady);
      try {
        await client.login(options.token);
        await ready;
      } catch (error) {
        await client.destroy();
        throw new DiscordLoginError(
          `Logging in to Discord (application ${options.appId}) failed: ${(error as Error).message}`,
          { cause: error },
        );
      }
      logger.info({ bot: client.user?.tag }, 'connected to Discord');
    },

    async post(channel, message, key, options: PostOptions = {}) {
      if (options.mayExistSince !== undefined) {
        const earlier = await findEarlierPost(client, channel, message, options.mayExistSince, logger);
        if (earlier) {
          logger.info(
            { channel: channel.channel, key, messageId: earlier },
            'found the earlier post of this key: not posting it again',
          );
          return { channel, messageId: earlier };
        }
      }
      // Discord drops a second message with the same nonce (enforce_nonce) for a few minutes, so a retry
      // after a lost response or a reconnect shows the post once. Nonces are at most 25 characters.
      const nonce = createHash('sha256').update(key).digest('base64url').slice(0, 25);
      const messageId = await sendToChannel(channel, message, nonce);
      return { channel, messageId };
    },

    async update(ref: PostRef, message) {
      const body = toDiscordMessage(message);
      await rest(`Editing Discord message ${ref.messageId} in channel ${ref.channel.channel}`, () =>
        client.rest.patch(Routes.channelMessage(ref.channel.channel, ref.messageId), { body }),
      );
    },

    async isAdmin(user: UserRef) {
      // Discord sends the member's permissions with every interaction; the last ones seen decide.
      const seen = permissions.get(`${user.workspace}:${user.user}`);
      return (
        seen !== undefined &&
        ((seen & PermissionFlagsBits.ManageGuild) !== 0n || (seen & PermissionFlagsBits.Administrator) !== 0n)
      );
    },

    async checkChannel(channel: ChannelRef) {
      const seen = appPermissions.get(channel.channel);
      if (seen) return missingPostPermissions(seen.bits, seen.inThread);
      // No interaction from that channel yet: whether the bot can at least see it.
      try {
        await client.rest.get(Routes.channel(channel.channel));
        return undefined;
      } catch (error) {
        if (error instanceof DiscordAPIError && lastingDiscordCodes.has(Number(error.code)))
          return `I cannot see this channel (Discord: ${error.code} ${error.message}). Give prepbot's role View Channel, Send Messages and Embed Links there.`;
        logger.warn(
          { err: error, channel: channel.channel },
          'could not check the Discord channel before /prepbot here',
        );
        return undefined;
      }
    },

    async tell(user: UserRef, message: Message) {
      const dm = await rest<{ id: string }>(`Opening a DM with Discord user ${user.user}`, () =>
        client.rest.post(Routes.userChannels(), { body: { recipient_id: user.user } }),
      );
      await sendToChannel({ ...user, channel: dm.id }, message);
    },

    async stop() {
      if (stopped) return;
      stopped = true;
      client.removeAllListeners();
      await client.destroy();
    },

    health() {
      return {
        connected: client.ws.status === Status.Ready,
        gatewayStatus: Status[client.ws.status] ?? String(client.ws.status),
        pingMs: client.ws.ping,
        ...stats,
      };
    },
  };
}
