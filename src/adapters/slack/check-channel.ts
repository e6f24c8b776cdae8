import type { webApi } from '@slack/bolt';
import type { Logger } from 'pino';
import { lastingSlackCodes, slackErrorCode } from './slack-delivery-error.js';

const invite = 'Invite me with /invite @prepbot, then run /prepbot here again.';

/**
 * Whether the bot can post in a Slack channel, asked before `/prepbot here` says yes: `conversations.info`
 * shows whether the bot sees the channel (a private channel it was not invited to answers
 * `channel_not_found`), whether it is archived and whether the bot is a member; a public channel it is
 * not in is joined (channels:join). Resolves with undefined when it can post, else with what the admin
 * should do. When Slack cannot say (missing channels:read scope on an older install, an outage), it
 * resolves undefined: the daily post then finds out, and pauses the channel if Slack refuses for good.
 */
export async function checkSlackChannel(
  client: webApi.WebClient,
  channel: string,
  logger: Logger,
): Promise<string | undefined> {
  let info;
  try {
    info = (await client.conversations.info({ channel })).channel;
  } catch (error) {
    const code = slackErrorCode(error);
    if (code === 'channel_not_found')
      return `I cannot see this channel: it is private and I have not been invited (Slack: channel_not_found). ${invite}`;
    if (code !== 'missing_scope' && lastingSlackCodes.has(code))
      return `Slack refuses to let me read this channel (${code}). ${invite}`;
    logger.warn({ channel, code }, 'slack: could not check the channel before /prepbot here; the first post will tell');
    return undefined;
  }
  if (info?.is_archived)
    return 'This channel is archived, so I cannot post in it (Slack: is_archived). Unarchive it or pick another channel.';
  if (info?.is_member !== false || info.is_im) return undefined;
  if (info.is_private) return `I am not a member of this private channel (Slack: not_in_channel). ${invite}`;
  try {
    await client.conversations.join({ channel });
    logger.info({ channel }, 'slack: joined the channel on /prepbot here');
    return undefined;
  } catch (error) {
    return `I am not in this channel and could not join it (Slack: ${slackErrorCode(error)}). ${invite}`;
  }
}
