import type { Logger } from 'pino';
import type { webApi } from '@slack/bolt';
import { SlackDeliveryError, slackErrorCode } from './slack-delivery-error.js';
import type { SlackMessage } from './to-block-kit.js';

/** Metadata event type that marks prepbot's posts; the payload carries the core's post key. */
const postEventType = 'prepbot_post';

export interface PostOnceOptions {
  /** A client with web-api retries off and `rejectRateLimitedCalls` on: this loop does the retrying. */
  client: webApi.WebClient;
  logger: Logger;
  /** Attempts in all (first try included). */
  attempts: number;
  /** Back-off before the n-th retry after a 5xx or network error: base * 2^(n-1), capped. */
  backoffMs: { base: number; max: number };
}

/**
 * Posts a message exactly once per key. A retry is safe after a 429 (Slack did not take the post). After
 * a 5xx or a network error the post may or may not have gone through, so the channel's recent history
 * is searched for a message carrying the key in its metadata before posting again; so is it first when
 * the caller says the key may have been posted since a given time (by a process that crashed before
 * recording it). Keys already posted by this process are answered from memory without calling Slack.
 */
export class PostOnce {
  readonly #options: PostOnceOptions;
  readonly #posted = new Map<string, Promise<string>>();

  constructor(options: PostOnceOptions) {
    this.#options = options;
  }

  /**
   * Resolves with the message ts. Throws SlackDeliveryError when Slack refuses or retries run out.
   * `mayExistSince` (epoch ms): look for an earlier post of this key from then on before posting.
   */
  post(channel: string, message: SlackMessage, key: string, mayExistSince?: number): Promise<string> {
    const mapKey = `${channel}\u0000${key}`;
    const existing = this.#posted.get(mapKey);
    if (existing) return existing;
    const ts = this.#postWithRetries(channel, message, key, mayExistSince);
    this.#posted.set(mapKey, ts);
    ts.catch(() => this.#posted.delete(mapKey));
    return ts;
  }

  async #postWithRetries(channel: string, message: SlackMessage, key: string, mayExistSince?: number): Promise<string> {
    const { client, logger, attempts, backoffMs } = this.#options;
    const startedAt = (mayExistSince ?? Date.now()) / 1000;
    let uncertain = mayExistSince !== undefined;
    let joined = false;
    let lastError: unknown;
    for (let attempt = 1; attempt <= attempts; attempt += 1) {
      if (uncertain) {
        const found = await this.#findPosted(channel, key, startedAt);
        if (found) return found;
      }
      try {
        const answer = await client.chat.postMessage({
          channel,
          text: message.text,
          blocks: message.blocks,
          metadata: { event_type: postEventType, event_payload: { key } },
          unfurl_links: false,
          unfurl_media: false,
        });
        if (!answer.ts) throw new SlackDeliveryError(`chat.postMessage to ${channel} answered without a ts`, 'no_ts');
        return answer.ts;
      } catch (error) {
        lastError = error;
        const code = slackErrorCode(error);
        const retryAfter = (error as { retryAfter?: unknown }).retryAfter;
        if (typeof retryAfter === 'number') {
          logger.warn({ channel, key, retryAfter, attempt }, 'slack: chat.postMessage rate limited, waiting');
          await sleep(retryAfter * 1000);
        } else if (code.startsWith('http_5') || code === 'slack_webapi_request_error') {
          uncertain = true;
          logger.warn(
            { channel, key, code, attempt },
            'slack: chat.postMessage failed, checking history before retrying',
          );
          await sleep(Math.min(backoffMs.max, backoffMs.base * 2 ** (attempt - 1)));
        } else if (code === 'not_in_channel' && !joined) {
          // After `/prepbot here` in a public channel the bot may not be a member yet: join, then post.
          joined = true;
          if (!(await this.#join(channel))) break;
        } else {
          break;
        }
      }
    }
    const code = slackErrorCode(lastError);
    throw new SlackDeliveryError(`chat.postMessage to ${channel} (key ${key}) failed: ${code}`, code, {
      cause: lastError,
    });
  }

  /** Joins a public channel (channels:join); false when Slack refuses (private channel, scope missing). */
  async #join(channel: string): Promise<boolean> {
    try {
      await this.#options.client.conversations.join({ channel });
      this.#options.logger.info({ channel }, 'slack: joined the channel to post there');
      return true;
    } catch (error) {
      this.#options.logger.warn(
        { channel, code: slackErrorCode(error) },
        'slack: not in the channel and could not join (invite the bot)',
      );
      return false;
    }
  }

  /**
   * The ts of a message in `channel` since `since` whose metadata carries `key`, looking through the
   * whole window since then (a busy channel has many messages after the post): `oldest` bounds it,
   * cursor paging walks it, at most `historyPages` pages of 200.
   */
  async #findPosted(channel: string, key: string, since: number): Promise<string | undefined> {
    let cursor: string | undefined;
    try {
      for (let page = 0; page < historyPages; page += 1) {
        const history = await this.#options.client.conversations.history({
          channel,
          oldest: (since - 60).toFixed(6),
          include_all_metadata: true,
          limit: historyPageSize,
          ...(cursor ? { cursor } : {}),
        });
        const match = history.messages?.find(
          (m) =>
            m.metadata?.event_type === postEventType &&
            (m.metadata.event_payload as { key?: unknown } | undefined)?.key === key,
        );
        if (match?.ts) return match.ts;
        cursor = history.response_metadata?.next_cursor || undefined;
        if (!history.has_more || !cursor) return undefined;
      }
      this.#options.logger.warn(
        { channel, key, pages: historyPages },
        'slack: stopped looking for an earlier post after the page limit',
      );
      return undefined;
    } catch (error) {
      // Without history (scope removed, channel gone) a retry may double the post; losing it is worse.
      this.#options.logger.warn(
        { channel, key, code: slackErrorCode(error) },
        'slack: could not check history for an earlier post',
      );
      return undefined;
    }
  }
}

/** Slack's recommended page size for conversations.history, and how many pages a search reads at most (4,000 messages). */
const historyPageSize = 200;
const historyPages = 20;

function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}
