import type { Platform } from './message.js';
import { PrepbotError } from '../errors/prepbot-error.js';

/**
 * What a chat adapter throws when its platform still refuses a post, an edit or a lookup after the
 * adapter's own retries. `code` is the platform's reason (Slack's error string, Discord's code);
 * `cause` is the library error underneath. The core logs it and retries what it must (a round's post).
 * `lasting` says the refusal will not go away by itself (the bot is not in the channel, lacks a
 * permission, the channel is archived or gone): retrying is pointless until a person acts.
 */
export class ChatDeliveryError extends PrepbotError {
  override name = 'ChatDeliveryError';

  readonly lasting: boolean;
  /** The platform's own words for the refusal, for people (`channel_not_found`, `50013 Missing Permissions`); defaults to `code`. */
  readonly reason: string;

  constructor(
    message: string,
    readonly platform: Platform,
    readonly code: string,
    options?: { cause?: unknown; lasting?: boolean; reason?: string },
  ) {
    super(message, options);
    this.lasting = options?.lasting ?? false;
    this.reason = options?.reason ?? code;
  }
}
