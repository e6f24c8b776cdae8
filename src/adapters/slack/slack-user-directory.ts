import type { webApi } from '@slack/bolt';
import { SlackDeliveryError, slackErrorCode } from './slack-delivery-error.js';

/** What prepbot needs to know about a Slack user. */
export interface SlackUserInfo {
  name: string;
  isAdmin: boolean;
}

/**
 * Display names and admin flags from `users.info`, looked up once per user and cached (a concurrent
 * second lookup of the same user shares the first). Entries expire after `ttlMs` so a new admin or a
 * renamed person shows up within the hour without a restart.
 */
export class SlackUserDirectory {
  readonly #client: webApi.WebClient;
  readonly #ttlMs: number;
  readonly #now: () => number;
  readonly #cache = new Map<string, { at: number; info: Promise<SlackUserInfo>; settled?: SlackUserInfo }>();

  constructor(client: webApi.WebClient, options: { ttlMs?: number; now?: () => number } = {}) {
    this.#client = client;
    this.#ttlMs = options.ttlMs ?? 60 * 60 * 1000;
    this.#now = options.now ?? Date.now;
  }

  /** The user's display name and admin flag. Throws SlackDeliveryError when users.info fails. */
  lookup(userId: string): Promise<SlackUserInfo> {
    const cached = this.#cache.get(userId);
    if (cached && this.#now() - cached.at < this.#ttlMs) return cached.info;
    const info = this.#fetch(userId);
    const entry: { at: number; info: Promise<SlackUserInfo>; settled?: SlackUserInfo } = { at: this.#now(), info };
    this.#cache.set(userId, entry);
    info.then((settled) => (entry.settled = settled)).catch(() => {});
    // A failed lookup is not cached: the next event tries again.
    info.catch(() => this.#cache.delete(userId));
    return info;
  }

  /**
   * The display name if already known, else `fallback` (the payload's user name) right away while the
   * lookup runs in the background. Clicks use this: a question at 9:00 brings hundreds of first-time
   * clickers at once, and waiting on users.info for each (rate-limited by Slack) would slow them all.
   */
  nameNow(userId: string, fallback: string): string {
    const cached = this.#cache.get(userId);
    const known = cached?.settled;
    if (known && this.#now() - (cached?.at ?? 0) < this.#ttlMs) return known.name;
    this.lookup(userId).catch(() => {});
    return fallback || userId;
  }

  /** The display name, or `fallback` (the payload's user name) when users.info fails. */
  async nameOf(userId: string, fallback: string): Promise<string> {
    try {
      return (await this.lookup(userId)).name;
    } catch {
      return fallback || userId;
    }
  }

  async #fetch(userId: string): Promise<SlackUserInfo> {
    try {
      const answer = await this.#client.users.info({ user: userId });
      const user = answer.user;
      const name = user?.profile?.display_name || user?.real_name || user?.profile?.real_name || user?.name || userId;
      return { name, isAdmin: Boolean(user?.is_admin || user?.is_owner) };
    } catch (error) {
      throw new SlackDeliveryError(`users.info for ${userId} failed: ${slackErrorCode(error)}`, slackErrorCode(error), { cause: error });
    }
  }
}
