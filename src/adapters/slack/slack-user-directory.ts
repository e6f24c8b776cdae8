import type { webApi } from '@slack/bolt';
import { SlackDeliveryError, slackErrorCode } from './slack-delivery-error.js';

/** What prepbot needs to know about a Slack user. */
export interface SlackUserInfo {
  name: string;
  isAdmin: boolean;
}

export interface SlackUserDirectoryOptions {
  /** How long a lookup stays fresh (default 1 h: a new admin or a new name shows up without a restart). */
  ttlMs?: number;
  /** Gap between background lookups (default 600 ms ≈ Slack's 100 users.info calls a minute). */
  backgroundPaceMs?: number;
  now?: () => number;
}

interface Entry {
  at: number;
  info: Promise<SlackUserInfo>;
  settled?: SlackUserInfo;
}

/**
 * Display names and admin flags from `users.info`, looked up once per user and cached (a concurrent
 * second lookup of the same user shares the first). Commands wait for the lookup; clicks never do:
 * they take the payload's user name and queue a background lookup, paced to Slack's rate limit, so a
 * question with hundreds of first-time clickers neither slows the clicks nor runs into 429s.
 */
export class SlackUserDirectory {
  readonly #client: webApi.WebClient;
  readonly #ttlMs: number;
  readonly #paceMs: number;
  readonly #now: () => number;
  readonly #cache = new Map<string, Entry>();
  readonly #queued = new Set<string>();
  #timer: NodeJS.Timeout | undefined;

  constructor(client: webApi.WebClient, options: SlackUserDirectoryOptions = {}) {
    this.#client = client;
    this.#ttlMs = options.ttlMs ?? 60 * 60 * 1000;
    this.#paceMs = options.backgroundPaceMs ?? 600;
    this.#now = options.now ?? Date.now;
  }

  /** The user's display name and admin flag. Throws SlackDeliveryError when users.info fails. */
  lookup(userId: string): Promise<SlackUserInfo> {
    const cached = this.#fresh(userId);
    if (cached) return cached.info;
    const info = this.#fetch(userId);
    const entry: Entry = { at: this.#now(), info };
    this.#cache.set(userId, entry);
    info.then((settled) => (entry.settled = settled)).catch(() => this.#cache.delete(userId));
    return info;
  }

  /**
   * The display name if already known, else `fallback` (the payload's user name) at once, with a
   * lookup queued in the background so the person's next event carries the display name.
   */
  nameNow(userId: string, fallback: string): string {
    const cached = this.#fresh(userId);
    if (cached?.settled) return cached.settled.name;
    if (!cached && !this.#queued.has(userId)) {
      this.#queued.add(userId);
      this.#timer ??= setTimeout(() => this.#drainOne(), this.#paceMs);
    }
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

  /** Drops queued background lookups and stops the pacing timer. */
  stop(): void {
    clearTimeout(this.#timer);
    this.#timer = undefined;
    this.#queued.clear();
  }

  #fresh(userId: string): Entry | undefined {
    const cached = this.#cache.get(userId);
    return cached && this.#now() - cached.at < this.#ttlMs ? cached : undefined;
  }

  #drainOne(): void {
    this.#timer = undefined;
    const [next] = this.#queued;
    if (next === undefined) return;
    this.#queued.delete(next);
    this.lookup(next).catch(() => {});
    if (this.#queued.size > 0) this.#timer = setTimeout(() => this.#drainOne(), this.#paceMs);
  }

  async #fetch(userId: string): Promise<SlackUserInfo> {
    try {
      const answer = await this.#client.users.info({ user: userId });
      const user = answer.user;
      const name = user?.profile?.display_name || user?.real_name || user?.profile?.real_name || user?.name || userId;
      return { name, isAdmin: Boolean(user?.is_admin || user?.is_owner) };
    } catch (error) {
      throw new SlackDeliveryError(`users.info for ${userId} failed: ${slackErrorCode(error)}`, slackErrorCode(error), {
        cause: error,
      });
    }
  }
}
