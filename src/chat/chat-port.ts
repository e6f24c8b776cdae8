import type { ChannelRef, InboundHandler, Message, Platform, PostRef, UserRef } from './message.js';

/**
 * The port every chat adapter implements (Slack, Discord, console). Kept to a handful of members so
 * no platform detail leaks into the core. Methods throw a `ChatDeliveryError` (src/chat/chat-delivery-error.ts)
 * when the platform refuses after the adapter's own retries.
 */
export interface ChatPort {
  readonly platform: Platform;

  /** Connects and starts delivering commands and clicks to `handle`. Resolves once connected. */
  start(handle: InboundHandler): Promise<void>;

  /**
   * Posts a message in a channel. `key` identifies the post (a round id): an adapter that can (Discord's
   * nonce) uses it so a retried post of the same key is not shown twice. With `mayExistSince`, the core
   * may already have posted this key since then (it crashed before recording the post): an adapter that
   * can look (Slack's history, Discord's recent messages) answers with that post instead of a second one.
   */
  post(channel: ChannelRef, message: Message, key: string, options?: PostOptions): Promise<PostRef>;

  /** Replaces the content of a message this bot posted. */
  update(ref: PostRef, message: Message): Promise<void>;

  /**
   * Whether the platform says this person administers the workspace (Slack admin or owner; Discord
   * Manage Server). The core adds its own PREPBOT_ADMINS list on top.
   */
  isAdmin(user: UserRef): Promise<boolean>;

  /**
   * Whether the bot can post the daily question in `channel` now (it sees the channel, is a member or
   * can join, has the permissions it needs). Resolves with undefined when it can, else with a sentence
   * for the admin saying what stops it and how to fix it. Optional: a port that cannot tell omits it.
   * Never throws for the platform's refusal (that is the answer); throws only when it cannot ask.
   */
  checkChannel?(channel: ChannelRef): Promise<string | undefined>;

  /**
   * Sends `message` to one person directly (Slack: the app's messages tab; Discord: a DM). Used to tell
   * the admin who set a channel up that its daily post stopped. Optional. Throws ChatDeliveryError.
   */
  tell?(user: UserRef, message: Message): Promise<void>;

  /** Stops taking events and closes connections. Idempotent. */
  stop(): Promise<void>;
}

/** See `ChatPort.post`. */
export interface PostOptions {
  /** Epoch ms from which a post with the same key may already be in the channel. */
  mayExistSince?: number;
}
