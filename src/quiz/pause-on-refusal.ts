import { ChatDeliveryError } from '../chat/chat-delivery-error.js';
import type { Message } from '../chat/message.js';
import type { EngineContext } from './engine-context.js';

/** Whether a failed post is one the platform will keep refusing until a person acts. */
export function isLastingRefusal(error: unknown): error is ChatDeliveryError {
  return error instanceof ChatDeliveryError && error.lasting;
}

/**
 * After a lasting refusal of a channel's post: pauses the channel (no more tries each tick) and tells
 * the admin who set it up, once, directly (the channel itself is where the bot cannot post). Later
 * refusals of an already paused channel change nothing. `/prepbot resume` or `/prepbot here` in the
 * channel checks again and lifts the pause.
 */
export async function pauseOnRefusal(ctx: EngineContext, channelKey: string, error: ChatDeliveryError): Promise<void> {
  const channel = ctx.store.data.channels[channelKey];
  if (!channel || channel.pausedBecause !== undefined) return;
  const because = `${error.platform === 'slack' ? 'Slack' : error.platform === 'discord' ? 'Discord' : error.platform} refuses: ${error.reason}`;
  ctx.logger.error(
    { err: error, channel: channelKey },
    'the platform refuses posts in this channel for good: pausing it and telling its admin',
  );
  try {
    await ctx.store.change((d) => {
      const ch = d.channels[channelKey]!;
      ch.paused = true;
      ch.pausedBecause = because;
    });
  } catch (saveError) {
    ctx.logger.error({ err: saveError, channel: channelKey }, 'could not save the pause of a refused channel');
    return;
  }
  const chat = ctx.chats.get(channel.platform);
  const admin = channel.setUpBy;
  if (!chat?.tell || !admin) {
    ctx.logger.warn({ channel: channelKey }, 'no admin to tell directly that the channel is paused');
    return;
  }
  try {
    await chat.tell(
      { platform: channel.platform, workspace: channel.workspace, user: admin.user, name: admin.name },
      pausedMessage(channel.channel, because),
    );
  } catch (tellError) {
    ctx.logger.error({ err: tellError, channel: channelKey }, 'could not tell the admin that the channel is paused');
  }
}

/** What the admin reads. */
function pausedMessage(channel: string, because: string): Message {
  return {
    title: 'prepbot paused a channel',
    body: `I could not post the daily question in the channel you set up (${because}). I have paused it there rather than keep trying. Invite me to the channel or give me permission to post in it, then run /prepbot resume in that channel.`,
    fields: [{ label: 'Channel', value: channel }],
  };
}
