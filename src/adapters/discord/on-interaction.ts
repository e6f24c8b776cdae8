import type { Interaction } from 'discord.js';
import type { Logger } from 'pino';
import type { ChannelRef, Inbound, InboundHandler, Message } from '../../chat/message.js';
import { answerInteraction } from './answer-interaction.js';
import { suggest } from './autocomplete.js';
import { toCommandText } from './to-command-text.js';
import { flagIdOf } from './to-discord-message.js';
import { toIdentity } from './to-identity.js';

/** What the interaction handler reads and records, owned by the adapter. */
export interface InteractionContext {
  logger: Logger;
  /** Suggestions for `/limit` and `/define` as a person types. */
  complete?: (command: 'limit' | 'define', partial: string) => string[];
  /** The topics `/quiz topic:` suggests. */
  topics?: () => string[];
  /** Defer an interaction when the core takes longer than this (default 1,500 ms). */
  deferAfterMs?: number;
  stats: { interactions: number; lastEventAt: string | null };
  /** `workspace:user` → the member's permissions, as the latest interaction reported them. */
  permissions: Map<string, bigint>;
  /** Channel id → the bot's own permissions there, as the latest interaction in it reported them. */
  appPermissions: Map<string, { bits: bigint; inThread: boolean }>;
  sendToChannel(channel: ChannelRef, message: Message): Promise<string>;
}

/**
 * Turns one discord.js interaction into the core's `Inbound` event and answers it: DMs are refused,
 * autocomplete is answered from the suggestion sources, slash commands and button clicks go to `handle`.
 */
export async function onInteraction(
  interaction: Interaction,
  handle: InboundHandler,
  context: InteractionContext,
): Promise<void> {
  const { stats, permissions, appPermissions, logger } = context;
  stats.interactions += 1;
  stats.lastEventAt = new Date().toISOString();
  const identity = toIdentity(interaction);
  if (!identity) {
    if (interaction.isRepliable())
      await interaction.reply({
        content: 'prepbot works in servers, not in direct messages.',
        allowedMentions: { parse: [] },
      });
    return;
  }
  if (interaction.memberPermissions)
    permissions.set(`${identity.user.workspace}:${identity.user.user}`, interaction.memberPermissions.bitfield);
  if (interaction.appPermissions)
    appPermissions.set(identity.channel.channel, {
      bits: interaction.appPermissions.bitfield,
      inThread: interaction.channel?.isThread() ?? false,
    });
  if (interaction.isAutocomplete()) {
    const focused = interaction.options.getFocused(true);
    await interaction.respond(suggest(interaction.commandName, focused.name, String(focused.value), context));
    return;
  }
  const answer = {
    deferAfterMs: context.deferAfterMs ?? 1500,
    postToChannel: (message: Message) => context.sendToChannel(identity.channel, message).then(() => undefined),
    onCoreError: (error: unknown) => logger.error({ err: error }, 'the core failed on a Discord interaction'),
  };
  if (interaction.isChatInputCommand()) {
    const { command, text } = toCommandText(interaction.commandName, interaction.options.data);
    await answerInteraction(interaction, handle({ type: 'command', command, text, ...identity }), answer);
  } else if (interaction.isButton()) {
    const flagId = flagIdOf(interaction.customId);
    const event: Inbound =
      flagId !== undefined
        ? { type: 'flag', flagId, ...identity }
        : { type: 'choice', choiceId: interaction.customId, ...identity };
    await answerInteraction(interaction, handle(event), answer);
  }
}
