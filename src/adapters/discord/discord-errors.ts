import { ChatDeliveryError } from '../../chat/chat-delivery-error.js';
import { PrepbotError } from '../../errors/prepbot-error.js';

/**
 * Errors the Discord adapter throws. Each has a stable `code` and chains the discord.js error beneath it
 * as `cause`, so the log shows both what prepbot tried and what Discord answered.
 */

/** Discord refused (or never answered) a post, edit or reply after the adapter's own retries. */
export class DiscordDeliveryError extends ChatDeliveryError {
  override name = 'DiscordDeliveryError';
  declare readonly code: 'DISCORD_DELIVERY_FAILED' | 'DISCORD_MESSAGE_INVALID';
  /** `lasting`: Discord refuses for a reason only a person can fix (see check-permissions.ts). */
  constructor(
    message: string,
    options: { code?: DiscordDeliveryError['code']; cause?: unknown; lasting?: boolean; reason?: string } = {},
  ) {
    super(message, 'discord', options.code ?? 'DISCORD_DELIVERY_FAILED', {
      cause: options.cause,
      lasting: options.lasting ?? false,
      ...(options.reason ? { reason: options.reason } : {}),
    });
  }
}

/** The slash commands could not be registered (bad token, unknown application or guild, network). */
export class CommandRegistrationError extends PrepbotError {
  override readonly name = 'CommandRegistrationError';
  readonly code = 'DISCORD_REGISTRATION_FAILED';
  constructor(message: string, options: { cause?: unknown } = {}) {
    super(message, { cause: options.cause });
  }
}

/** Logging in to the gateway failed (bad token, unreachable gateway, no READY). */
export class DiscordLoginError extends PrepbotError {
  override readonly name = 'DiscordLoginError';
  readonly code = 'DISCORD_LOGIN_FAILED';
  constructor(message: string, options: { cause?: unknown } = {}) {
    super(message, { cause: options.cause });
  }
}
