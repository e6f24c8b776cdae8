import { Routes, type Client } from 'discord.js';
import type { Logger } from 'pino';
import type { ChannelRef, Message } from '../../chat/message.js';

/** How many pages of 100 messages are read at most (1,000 messages since the round opened). */
const historyPages = 10;

/** The smallest snowflake of a moment (Discord's epoch is 2015-01-01): `after` this id means "since then". */
function snowflakeAt(ms: number): string {
  return ((BigInt(Math.max(ms, 1_420_070_400_000)) - 1_420_070_400_000n) << 22n).toString();
}

/** The fields of a fetched channel message looked at. */
interface RecentMessage {
  id: string;
  author?: { id?: string };
  components?: Array<{ components?: Array<{ custom_id?: string }> }>;
}

/**
 * A message the bot posted in the channel since `since` (epoch ms, a minute of clock skew allowed)
 * that carries the same first button as `message`: the round post of an earlier run that crashed
 * before recording it. Pages forward from `since` with `after` (100 a page, at most `historyPages`),
 * so however busy the channel was since, the window is read from its start, where the post is. Only
 * messages with buttons can be recognised; the others rely on the nonce. When the channel cannot be
 * read, nothing is found (a double post beats a lost one). Never throws.
 */
export async function findEarlierPost(
  client: Client,
  channel: ChannelRef,
  message: Message,
  since: number,
  logger: Logger,
): Promise<string | undefined> {
  const marker = message.choices?.[0]?.id;
  if (!marker) return undefined;
  let after = snowflakeAt(since - 60_000);
  try {
    for (let page = 0; page < historyPages; page += 1) {
      const batch = (await client.rest.get(Routes.channelMessages(channel.channel), {
        query: new URLSearchParams({ after, limit: '100' }),
      })) as RecentMessage[];
      const mine = batch.find(
        (m) =>
          m.author?.id === client.user?.id &&
          (m.components ?? []).some((row) => (row.components ?? []).some((button) => button.custom_id === marker)),
      );
      if (mine) return mine.id;
      if (batch.length < 100) return undefined;
      after = batch.reduce((newest, m) => (BigInt(m.id) > BigInt(newest) ? m.id : newest), after);
    }
    logger.warn(
      { channel: channel.channel, pages: historyPages },
      'stopped looking for an earlier Discord post after the page limit',
    );
    return undefined;
  } catch (error) {
    logger.warn(
      { err: error, channel: channel.channel },
      'could not read recent Discord messages to look for an earlier post',
    );
    return undefined;
  }
}
