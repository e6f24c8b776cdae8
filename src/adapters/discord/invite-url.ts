import { OAuth2Scopes, PermissionFlagsBits, PermissionsBitField } from 'discord.js';

/**
 * What the bot needs in a channel, and no more: see the channel, post the daily question and the
 * reveal, and show them as embeds, and read the channel's recent messages so that after a crash it
 * finds its own question post instead of posting it twice (it looks only at its own messages; without
 * this permission it falls back on Discord's short-lived nonce). Editing its own messages and answering
 * interactions need no permission.
 */
export const botPermissions = new PermissionsBitField([
  PermissionFlagsBits.ViewChannel,
  PermissionFlagsBits.SendMessages,
  PermissionFlagsBits.EmbedLinks,
  PermissionFlagsBits.ReadMessageHistory,
]).freeze();

/** The OAuth2 link a server admin opens to add the bot with its slash commands and the permissions above. */
export function inviteUrl(appId: string): string {
  const url = new URL('https://discord.com/oauth2/authorize');
  url.searchParams.set('client_id', appId);
  url.searchParams.set('scope', [OAuth2Scopes.Bot, OAuth2Scopes.ApplicationsCommands].join(' '));
  url.searchParams.set('permissions', botPermissions.bitfield.toString());
  return url.toString();
}
