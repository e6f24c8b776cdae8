import { DiscordAPIError, Routes, type Client } from 'discord.js';
import type { Logger } from 'pino';
import type { ChannelRef, Message } from '../../chat/message.js';
import { lastingDiscordCodes } from './check-permissions.js';
import { DiscordDeliveryError } from './discord-errors.js';
import { toDiscordMessage } from './to-discord-message.js';
import { withRetry, type RetryPolicy } from './with-retry.js';

/** The delivery counters the adapter's `health()` reports. */
export interface DeliveryStats {
  deliveryRetries: number;
  deliveryFailures: number;
}

export interface DiscordRest {
  /** Runs a REST call with back-off; throws `DiscordDeliveryError` (lasting or not) when it still fails. */
  rest<T>(what: string, call: () => Promise<unknown>): Promise<T>;
  /** Posts a Message to a channel (with an enforced nonce when given); resolves to the message id. */
  sendToChannel(channel: ChannelRef, message: Message, nonce?: string): Promise<string>;
}

/** Discord REST calls with retries, counted in `stats`. */
export function createDiscordRest(
  client: Client,
  retry: RetryPolicy,
  logger: Logger,
  stats: DeliveryStats,
): DiscordRest {
  const rest = <T>(what: string, call: () => Promise<unknown>): Promise<T> =>
    withRetry(call, retry, (error, attempt) => {
      stats.deliveryRetries += 1;
      logger.warn({ err: error, attempt }, `${what}: retrying`);
    }).catch((error: unknown) => {
      stats.deliveryFailures += 1;
      const api = error instanceof DiscordAPIError ? error : undefined;
      const lasting = api !== undefined && lastingDiscordCodes.has(Number(api.code));
      throw new DiscordDeliveryError(`${what} failed: ${(error as Error).message}`, {
        cause: error,
        lasting,
        ...(api ? { reason: `${api.code} ${api.message}` } : {}),
      });
    }) as Promise<T>;

  const sendToChannel = async (channel: ChannelRef, message: Message, nonce?: string): Promise<string> => {
    const { content, ...rendered } = toDiscordMessage(message);
    const body = { ...rendered, ...(content ? { content } : {}), ...(nonce ? { nonce, enforce_nonce: true } : {}) };
    const created = await rest<{ id: string }>(
      `Posting to Discord channel ${channel.channel} of guild ${channel.workspace}`,
      () => client.rest.post(Routes.channelMessages(channel.channel), { body }),
    );
    return created.id;
  };

  return { rest, sendToChannel };
}
