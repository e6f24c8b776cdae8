import type { RespondFn } from '@slack/bolt';
import type { Logger } from 'pino';
import type { Reply } from '../../chat/message.js';
import { toBlockKit } from './to-block-kit.js';

/**
 * Sends the core's replies through the event's `response_url`: private ones as ephemeral messages
 * (only the person sees them), channel ones in the channel. `replace_original: false` keeps a click's
 * feedback from overwriting the question. Failures are logged, not thrown: the event is already acked.
 */
export async function deliverReplies(replies: Reply[], respond: RespondFn, logger: Logger): Promise<void> {
  for (const reply of replies) {
    const { text, blocks } = toBlockKit(reply.message);
    try {
      await respond({
        response_type: reply.visibility === 'private' ? 'ephemeral' : 'in_channel',
        replace_original: false,
        text,
        blocks,
      });
    } catch (error) {
      logger.error({ err: error, visibility: reply.visibility }, 'slack: could not deliver a reply through response_url');
    }
  }
}

/** The reply a person sees when the core threw something it did not expect (the router logs the details). */
export const apologyReply: Reply = {
  visibility: 'private',
  message: { body: 'Sorry, something went wrong on my side. Please try again in a moment.' },
};
