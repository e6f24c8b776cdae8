import type { RespondFn } from '@slack/bolt';
import type { Logger } from 'pino';
import type { Reply } from '../../chat/message.js';
import { toBlockKit } from './to-block-kit.js';

/** Sends one reply another way (the Web API) when the response_url refuses it. */
export type ReplyFallback = (reply: Reply, message: ReturnType<typeof toBlockKit>) => Promise<void>;

/**
 * Sends the core's replies through the event's `response_url`: private ones as ephemeral messages
 * (only the person sees them), channel ones in the channel. `replace_original: false` keeps a click's
 * feedback from overwriting the question. A response_url lasts 30 minutes and 5 replies; when it
 * refuses (expired, used up), `fallback` sends the reply through the Web API instead. Failures are
 * logged, not thrown: the event is already acked.
 */
export async function deliverReplies(
  replies: Reply[],
  respond: RespondFn,
  logger: Logger,
  fallback?: ReplyFallback,
): Promise<void> {
  for (const reply of replies) {
    const { text, blocks } = toBlockKit(reply.message);
    try {
      const response: unknown = await respond({
        response_type: reply.visibility === 'private' ? 'ephemeral' : 'in_channel',
        replace_original: false,
        text,
        blocks,
      });
      // bolt hands back fetch's Response unread; reading it frees the keep-alive connection at once
      // (left unread, each reply held a socket until garbage collection: hundreds of new connections
      // at 9:00 when everyone clicks).
      await drain(response);
    } catch (error) {
      if (!fallback) {
        logger.error(
          { err: error, visibility: reply.visibility },
          'slack: could not deliver a reply through response_url',
        );
        continue;
      }
      logger.warn(
        { err: error, visibility: reply.visibility },
        'slack: response_url refused a reply; sending it through the Web API',
      );
      await fallback(reply, { text, blocks }).catch((fallbackError: unknown) =>
        logger.error({ err: fallbackError, visibility: reply.visibility }, 'slack: could not deliver a reply'),
      );
    }
  }
}

async function drain(response: unknown): Promise<void> {
  if (typeof response === 'object' && response !== null && 'text' in response && typeof response.text === 'function') {
    await (response.text as () => Promise<string>).call(response);
  }
}

/** The reply a person sees when the core threw something it did not expect (the router logs the details). */
export const apologyReply: Reply = {
  visibility: 'private',
  message: { body: 'Sorry, something went wrong on my side. Please try again in a moment.' },
};
