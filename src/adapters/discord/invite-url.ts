import { OAuth2Scopes, PermissionFlagsBits, PermissionsBitField } from 'discord.js';

/**
 * What the bot needs in a channel, and no more: see the channel, post the daily question and the
 * reveal, and show them as embeds. Editing its own messages and answering interactions need no
 * permission; it never reads other people's messages, so no Read Message History.
 */
export const botPermissions = new PermissionsBitField([
  PermissionFlagsBits.ViewChannel,
  PermissionFlagsBits.SendMessages,
  PermissionFlagsBits.EmbedLinks,
]).freeze();

/** The OAuth2 link a server admin opens to add the bot with its slash commands and the permissions above. */
export function inviteUrl(appId: string): string {
  const url = new URL('https://discord.com/oauth2/authorize');
  url.searchParams.set('client_id', appId);
  url.searchParams.set('scope', [OAuth2Scopes.Bot, OAuth2Scopes.ApplicationsCommands].join(' '));
  url.searchParams.set('permissions', botPermissions.bitfield.toString());
  return url.toString();
}
