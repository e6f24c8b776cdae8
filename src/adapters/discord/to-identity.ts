import type { BaseInteraction } from 'discord.js';
import type { ChannelRef, UserRef } from '../../chat/message.js';

/**
 * The core's identities for a guild interaction: the channel keyed by guild + channel id, the person by
 * guild + user id, named as the server shows them (server nickname, else global display name, else
 * username). Returns undefined outside a guild (DMs), where prepbot has no workspace to score in.
 */
export function toIdentity(interaction: BaseInteraction): { user: UserRef; channel: ChannelRef } | undefined {
  const workspace = interaction.guildId;
  const channelId = interaction.channelId;
  if (!workspace || !channelId) return undefined;
  const member = interaction.member as { nick?: string | null; nickname?: string | null } | null;
  // An uncached guild gives the raw API member (`nick`); a cached one a GuildMember (`nickname`).
  const nick = member?.nickname ?? member?.nick ?? null;
  const name = nick || interaction.user.globalName || interaction.user.username;
  return {
    user: { platform: 'discord', workspace, user: interaction.user.id, name },
    channel: { platform: 'discord', workspace, channel: channelId },
  };
}
