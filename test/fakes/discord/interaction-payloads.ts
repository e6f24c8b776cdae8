import { randomBytes } from 'node:crypto';
import { snowflake } from './snowflake.js';

/** A person in the fake guild. `permissions` is their permission bitfield in the channel. */
export interface FakeMember {
  id: string;
  username: string;
  globalName?: string;
  nick?: string;
  permissions: bigint;
}

/** Where an interaction happens. */
export interface InteractionPlace {
  appId: string;
  guildId: string;
  channelId: string;
  /** The bot's own permissions in the channel, sent as `app_permissions` (default View, Send, Embed Links). */
  appPermissions?: bigint;
}

/** A slash-command option as Discord sends it. */
export interface OptionPayload {
  name: string;
  type: number;
  value?: string | number | boolean;
  focused?: boolean;
  options?: OptionPayload[];
}

const interactionTypes = { command: 2, component: 3, autocomplete: 4 } as const;

function userPayload(member: FakeMember) {
  return {
    id: member.id,
    username: member.username,
    global_name: member.globalName ?? null,
    discriminator: '0',
    avatar: null,
    public_flags: 0,
    bot: false,
  };
}

function memberPayload(member: FakeMember) {
  return {
    user: userPayload(member),
    nick: member.nick ?? null,
    roles: [],
    permissions: member.permissions.toString(),
    joined_at: '2024-01-01T00:00:00.000Z',
    premium_since: null,
    deaf: false,
    mute: false,
    flags: 0,
    pending: false,
    avatar: null,
    communication_disabled_until: null,
  };
}

/** The fields every guild interaction carries (discord.js throws without entitlements / owners). */
function base(place: InteractionPlace, member: FakeMember, type: number) {
  return {
    id: snowflake(),
    application_id: place.appId,
    type,
    token: `tok_${randomBytes(24).toString('base64url')}`,
    version: 1,
    guild_id: place.guildId,
    guild: { id: place.guildId, locale: 'en-US', features: [] },
    channel_id: place.channelId,
    channel: {
      id: place.channelId,
      type: 0,
      guild_id: place.guildId,
      name: 'exam-prep',
      position: 0,
      permissions: member.permissions.toString(),
      nsfw: false,
      parent_id: null,
      topic: null,
      last_message_id: null,
      rate_limit_per_user: 0,
      flags: 0,
    },
    member: memberPayload(member),
    app_permissions: (place.appPermissions ?? 19456n).toString(),
    locale: 'en-US',
    guild_locale: 'en-US',
    entitlements: [],
    authorizing_integration_owners: { '0': place.guildId },
    context: 0,
    attachment_size_limit: 10_485_760,
  };
}

/** A slash command (type 2); `users` go into `data.resolved` for user options. */
export function slashCommandPayload(
  place: InteractionPlace,
  member: FakeMember,
  name: string,
  options: OptionPayload[] = [],
  users: FakeMember[] = [],
) {
  const resolved =
    users.length === 0
      ? undefined
      : {
          users: Object.fromEntries(users.map((user) => [user.id, userPayload(user)])),
          members: Object.fromEntries(
            users.map((user) => {
              const { user: _user, ...rest } = memberPayload(user);
              return [user.id, rest];
            }),
          ),
        };
  return {
    ...base(place, member, interactionTypes.command),
    data: { id: snowflake(), name, type: 1, guild_id: place.guildId, options, ...(resolved ? { resolved } : {}) },
  };
}

/** An autocomplete request (type 4) with the focused option typed so far. */
export function autocompletePayload(
  place: InteractionPlace,
  member: FakeMember,
  name: string,
  options: OptionPayload[],
) {
  return {
    ...base(place, member, interactionTypes.autocomplete),
    data: { id: snowflake(), name, type: 1, guild_id: place.guildId, options },
  };
}

/** A button click (type 3) on `message`, a full message object as the channel shows it. */
export function buttonPayload(
  place: InteractionPlace,
  member: FakeMember,
  customId: string,
  message: Record<string, unknown>,
) {
  return {
    ...base(place, member, interactionTypes.component),
    data: { custom_id: customId, component_type: 2 },
    message,
  };
}
