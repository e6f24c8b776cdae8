import { performance } from 'node:perf_hooks';
import { FakeDiscordGateway } from './fake-discord-gateway.js';
import { FakeDiscordRest, type FakeMessage, type RecordedCallback } from './fake-discord-rest.js';
import {
  autocompletePayload,
  buttonPayload,
  slashCommandPayload,
  type FakeMember,
  type InteractionPlace,
  type OptionPayload,
} from './interaction-payloads.js';
import { snowflake } from './snowflake.js';

export type { FakeMember } from './interaction-payloads.js';

/** Permission bits the tests hand out. */
export const permissionBits = {
  manageGuild: 1n << 5n,
  administrator: 1n << 3n,
  sendMessages: 1n << 11n,
  viewChannel: 1n << 10n,
  embedLinks: 1n << 14n,
  readMessageHistory: 1n << 16n,
} as const;

/**
 * A fake Discord on 127.0.0.1 (REST + gateway) that real discord.js logs in to. Tests dispatch
 * interactions built like Discord's and read back what the bot did: callbacks (with their latency since
 * dispatch), webhook replies, channel messages, registered commands.
 */
export class FakeDiscord {
  readonly appId = snowflake();
  readonly token = `fake.${snowflake()}.token`;
  readonly bot = { id: this.appId, username: 'prepbot' };
  readonly guildId = snowflake();
  readonly channelId = snowflake();
  readonly gateway = new FakeDiscordGateway(this.bot, this.appId, this.token);
  readonly rest = new FakeDiscordRest(this.bot, this.appId, () => this.gateway.url);

  static async start(): Promise<FakeDiscord> {
    const fake = new FakeDiscord();
    await Promise.all([fake.rest.listen(), fake.gateway.listening()]);
    return fake;
  }

  get apiUrl(): string {
    return this.rest.apiUrl;
  }

  get place(): InteractionPlace {
    return this.placeIn(this.channelId);
  }

  /** Where an interaction in `channelId` happens, with the bot's permissions there. */
  placeIn(channelId: string): InteractionPlace {
    return {
      appId: this.appId,
      guildId: this.guildId,
      channelId,
      appPermissions: this.rest.botPermissionsIn(channelId),
    };
  }

  /** Dispatches an INTERACTION_CREATE and notes when, for the callback latency. Returns the payload. */
  dispatchInteraction<T extends { id: string }>(payload: T): T {
    this.rest.dispatchedAt.set(payload.id, performance.now());
    this.gateway.dispatch('INTERACTION_CREATE', payload);
    return payload;
  }

  slashCommand(
    member: FakeMember,
    name: string,
    options: OptionPayload[] = [],
    users: FakeMember[] = [],
    channelId = this.channelId,
  ) {
    return this.dispatchInteraction(slashCommandPayload(this.placeIn(channelId), member, name, options, users));
  }

  autocomplete(member: FakeMember, name: string, options: OptionPayload[]) {
    return this.dispatchInteraction(autocompletePayload(this.place, member, name, options));
  }

  /**
   * Clicks button `customId` on a stored channel message (by id; the click comes from that message's
   * channel) or on a message the person was shown (an ephemeral reply, in the default channel).
   */
  click(member: FakeMember, messageOrId: string | FakeMessage, customId: string) {
    const message =
      typeof messageOrId === 'string'
        ? this.rest.messages.get(messageOrId)
        : { ...messageOrId, channel_id: this.channelId };
    if (!message) throw new Error(`FakeDiscord: no message ${String(messageOrId)} to click on`);
    const place = this.placeIn(message.channel_id);
    return this.dispatchInteraction(buttonPayload(place, member, customId, structuredClone(message)));
  }

  /** The interaction's callback, once the bot sent it. */
  callbackFor(interaction: { id: string }, timeoutMs = 5000): Promise<RecordedCallback> {
    return this.rest.waitFor(() => this.rest.callbacksById.get(interaction.id)?.[0], timeoutMs);
  }

  /** Every message the person sees in answer to the interaction (replies, edited placeholders, follow-ups). */
  repliesTo(interaction: { token: string }) {
    return (this.rest.webhookMessages.get(interaction.token) ?? []).filter(
      (message) => !message.deleted && !message.loading,
    );
  }

  async close(): Promise<void> {
    await Promise.all([this.gateway.close(), this.rest.close()]);
  }
}
