import { PermissionFlagsBits, PermissionsBitField } from 'discord.js';

/** What the daily post needs in a channel (a thread takes Send Messages in Threads instead). */
const needed = { ViewChannel: 'View Channel', SendMessages: 'Send Messages', EmbedLinks: 'Embed Links' } as const;
const neededInThread = {
  ViewChannel: 'View Channel',
  SendMessagesInThreads: 'Send Messages in Threads',
  EmbedLinks: 'Embed Links',
} as const;

/**
 * What stops the bot from posting the daily question, judged from its permissions in the channel (the
 * `app_permissions` Discord sends with every interaction): undefined when nothing does, else a sentence
 * for the admin naming the missing permissions and Discord's error a post would get (50001 Missing
 * Access without View Channel, 50013 Missing Permissions otherwise). Read Message History is not
 * required: without it a restart may post twice, which is logged rather than refused.
 */
export function missingPostPermissions(bits: bigint, inThread: boolean): string | undefined {
  const have = new PermissionsBitField(bits);
  if (have.has(PermissionFlagsBits.Administrator)) return undefined;
  const wanted = inThread ? neededInThread : needed;
  const missing = Object.entries(wanted)
    .filter(([flag]) => !have.has(PermissionFlagsBits[flag as keyof typeof PermissionFlagsBits]))
    .map(([, label]) => label);
  if (missing.length === 0) return undefined;
  const fix = `Give prepbot's role ${missing.join(', ')} in this channel (channel settings → Permissions), then run /prepbot here again.`;
  if (missing.includes('View Channel')) return `I cannot see this channel (Discord: 50001 Missing Access). ${fix}`;
  return `I lack ${missing.join(', ')} in this channel (Discord: 50013 Missing Permissions). ${fix}`;
}

/** Discord's error codes that stay until a person acts: unknown channel or guild, missing access or permissions, DMs closed. */
export const lastingDiscordCodes: ReadonlySet<number> = new Set([10003, 10004, 50001, 50007, 50013, 50083]);
