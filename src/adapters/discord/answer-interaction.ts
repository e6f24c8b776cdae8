import { MessageFlags, type ButtonInteraction, type ChatInputCommandInteraction } from 'discord.js';
import type { Message, Reply } from '../../chat/message.js';
import { toDiscordMessage } from './to-discord-message.js';

/** What answering needs besides the interaction and the core's (pending) replies. */
export interface AnswerOptions {
  /** Defer when the core has not answered after this long (Discord's deadline is 3 s from dispatch). */
  deferAfterMs: number;
  /** Posts a channel reply as an ordinary bot message (used when a deferred answer was private). */
  postToChannel: (message: Message) => Promise<void>;
  /** Called when the core failed; the person gets `apology` privately. */
  onCoreError: (error: unknown) => void;
}

const apology: Message = { body: 'Sorry, something went wrong on our side. Please try again in a moment.' };
const done: Message = { body: 'Done.' };

type Answerable = ChatInputCommandInteraction | ButtonInteraction;

/**
 * Delivers the core's replies to a slash command or button click, always acknowledging within
 * Discord's 3 seconds. When the core answers in time, the first reply is the interaction response
 * (type 4; private = ephemeral, flags 64) and the rest follow up. Otherwise the interaction is deferred
 * first: a click with type 6 (nothing shown), a command with type 5 as ephemeral "thinking…", which the
 * first private reply then replaces; channel replies become follow-ups or, when nothing private came,
 * ordinary channel messages (a deferred ephemeral answer cannot turn public).
 */
export async function answerInteraction(
  interaction: Answerable,
  pending: Promise<Reply[]>,
  options: AnswerOptions,
): Promise<void> {
  const settled = pending.then(
    (replies) => replies,
    (error: unknown) => {
      options.onCoreError(error);
      return [{ visibility: 'private', message: apology }] satisfies Reply[];
    },
  );
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<'late'>((resolve) => {
    timer = setTimeout(() => resolve('late'), options.deferAfterMs);
  });
  const first = await Promise.race([settled, late]);
  clearTimeout(timer);

  if (first !== 'late') return answerInTime(interaction, first);
  if (interaction.isButton()) {
    await interaction.deferUpdate();
    for (const reply of await settled) await interaction.followUp(toOptions(reply));
    return;
  }
  await interaction.deferReply({ flags: MessageFlags.Ephemeral });
  const replies = await settled;
  const privates = replies.filter((reply) => reply.visibility === 'private');
  const publics = replies.filter((reply) => reply.visibility === 'channel');
  const [head, ...rest] = privates;
  if (head) {
    await interaction.editReply(toEditOptions(head.message));
    for (const reply of [...rest, ...publics]) await interaction.followUp(toOptions(reply));
  } else if (publics.length > 0) {
    await interaction.deleteReply();
    for (const reply of publics) await options.postToChannel(reply.message);
  } else {
    await interaction.editReply(toEditOptions(done));
  }
}

async function answerInTime(interaction: Answerable, replies: Reply[]): Promise<void> {
  const [head, ...rest] = replies;
  if (!head) {
    if (interaction.isButton()) await interaction.deferUpdate();
    else await interaction.reply(toOptions({ visibility: 'private', message: done }));
    return;
  }
  await interaction.reply(toOptions(head));
  for (const reply of rest) await interaction.followUp(toOptions(reply));
}

/** discord.js edit options for a message; `allowedMentions` empty so nothing pings. */
function toEditOptions(message: Message) {
  const body = toDiscordMessage(message);
  return {
    content: body.content || undefined,
    embeds: body.embeds,
    components: body.components,
    allowedMentions: { parse: [] },
  };
}

/** discord.js send options for a reply: private replies are ephemeral (flags 64). */
function toOptions(reply: Reply) {
  const flags = reply.visibility === 'private' ? MessageFlags.Ephemeral : undefined;
  return { ...toEditOptions(reply.message), flags } as const;
}
