import type { Platform } from './message.js';

/**
 * What a chat adapter throws when its platform still refuses a post, an edit or a lookup after the
 * adapter's own retries. `code` is the platform's reason (Slack's error string, Discord's code);
 * `cause` is the library error underneath. The core logs it and retries what it must (a round's post).
 */
export class ChatDeliveryError extends Error {
  override name = 'ChatDeliveryError';

  constructor(message: string, readonly platform: Platform, readonly code: string, options?: { cause?: unknown }) {
    super(message, options);
  }
}
