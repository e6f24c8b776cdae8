import {
  ButtonStyle,
  ComponentType,
  type APIActionRowComponent,
  type APIButtonComponentWithCustomId,
  type APIEmbed,
} from 'discord.js';
import type { Message } from '../../chat/message.js';
import { cutText, discordLimits } from './cut-text.js';
import { DiscordDeliveryError } from './discord-errors.js';
import { escapeMarkdown } from './escape-markdown.js';

/** The body of a Discord message as the REST API takes it (snake_case, ready for `POST`/`PATCH`). */
export interface DiscordMessageBody {
  content: string;
  embeds: APIEmbed[];
  components: Array<APIActionRowComponent<APIButtonComponentWithCustomId>>;
  /** Always `{ parse: [] }`: nothing prepbot sends pings anyone, whatever a note or a person wrote. */
  allowed_mentions: { parse: [] };
}

/** Custom ids of flag buttons start with this, so a click is told from an answer (choice ids never contain `/`). */
const flagPrefix = 'flag/';

/** The core's `FlagControl.id` behind a button's custom id, or undefined for any other button. */
export function flagIdOf(customId: string): string | undefined {
  return customId.startsWith(flagPrefix) ? customId.slice(flagPrefix.length) : undefined;
}

/** The colour of prepbot's embeds. */
const embedColour = 0x3b82f6;

/**
 * Renders a neutral `Message` for Discord. A message with only a body becomes plain content; anything
 * richer becomes one embed (title, body, the choices written out in full, fields, footer from `context`)
 * plus one button per choice (custom_id = `Choice.id`, label cut to 80 characters) and the flag control
 * as a button in a row of its own (custom_id `flag/<FlagControl.id>`, see `flagIdOf`). All text is
 * markdown-escaped and cut cleanly to Discord's limits. Throws `DiscordDeliveryError`
 * (`DISCORD_MESSAGE_INVALID`) for what Discord could never accept: a choice id over 100 characters or
 * more than 25 choices.
 */
export function toDiscordMessage(message: Message): DiscordMessageBody {
  const base = { allowed_mentions: { parse: [] as [] } };
  const choices = message.choices ?? [];
  const simple = !message.title && !message.context && !message.fields?.length && choices.length === 0 && !message.flag;
  if (simple)
    return { ...base, content: cutText(escape(message.body), discordLimits.content), embeds: [], components: [] };
  return { ...base, content: '', embeds: [toEmbed(message)], components: toButtonRows(message) };
}

function toEmbed(message: Message): APIEmbed {
  const embed: APIEmbed = { color: embedColour };
  if (message.title) embed.title = cutText(escape(message.title), discordLimits.embedTitle);
  if (message.context) embed.footer = { text: cutText(message.context, discordLimits.embedFooter) };
  const fields = (message.fields ?? []).slice(0, discordLimits.embedFields).map((field) => ({
    name: cutText(escape(field.label), discordLimits.embedFieldName) || '\u200b',
    value: cutText(escape(field.value), discordLimits.embedFieldValue) || '\u200b',
    inline: field.value.length <= 40,
  }));
  if (fields.length > 0) embed.fields = fields;

  // The whole embed must stay under 6,000 characters: the body gives way first, then the fields.
  const fixed = (embed.title?.length ?? 0) + (embed.footer?.text.length ?? 0);
  let fieldsLength = fields.reduce((sum, field) => sum + field.name.length + field.value.length, 0);
  if (fixed + fieldsLength > discordLimits.embedTotal - 1000 && embed.fields) {
    while (embed.fields.length > 0 && fixed + fieldsLength > discordLimits.embedTotal - 1000) {
      const dropped = embed.fields.pop();
      fieldsLength -= (dropped?.name.length ?? 0) + (dropped?.value.length ?? 0);
    }
  }
  // The choices are written out in the description under the stem; when escaping makes both too long
  // for it, each choice becomes a field of its own (1,024 each) so that neither the stem nor a choice is cut.
  const choiceLines = (message.choices ?? []).map((choice) => `**${escape(choice.label)}** · ${escape(choice.text)}`);
  const stem = escape(message.body);
  if (choiceLines.length > 0 && stem.length + 2 + choiceLines.join('\n').length > discordLimits.embedDescription) {
    const choiceFields = (message.choices ?? []).map((choice) => ({
      name: cutText(escape(choice.label), discordLimits.embedFieldName),
      value: cutText(escape(choice.text), discordLimits.embedFieldValue),
      inline: false,
    }));
    embed.fields = [...choiceFields, ...(embed.fields ?? [])].slice(0, discordLimits.embedFields);
    fieldsLength += choiceFields.reduce((sum, field) => sum + field.name.length + field.value.length, 0);
    const room = Math.min(discordLimits.embedDescription, discordLimits.embedTotal - fixed - fieldsLength);
    if (stem) embed.description = cutText(stem, Math.max(0, room));
    return embed;
  }
  const room = Math.min(discordLimits.embedDescription, discordLimits.embedTotal - fixed - fieldsLength);
  const choicesBlock = choiceLines.join('\n');
  const bodyRoom = Math.max(0, room - (choicesBlock ? choicesBlock.length + 2 : 0));
  const description = [cutText(stem, bodyRoom), choicesBlock].filter((part) => part.length > 0).join('\n\n');
  if (description) embed.description = cutText(description, room);
  return embed;
}

function toButtonRows(message: Message): DiscordMessageBody['components'] {
  const choices = message.choices ?? [];
  const max = discordLimits.buttonsPerRow * discordLimits.rows;
  if (choices.length > max) {
    throw new DiscordDeliveryError(
      `A Discord message holds at most ${max} buttons; this one has ${choices.length} choices (title "${message.title ?? ''}")`,
      { code: 'DISCORD_MESSAGE_INVALID' },
    );
  }
  const buttons = choices.map((choice, index): APIButtonComponentWithCustomId => {
    if (choice.id.length === 0 || choice.id.length > discordLimits.customId) {
      throw new DiscordDeliveryError(
        `Choice ${index + 1} has an id of ${choice.id.length} characters; Discord takes 1 to ${discordLimits.customId}`,
        { code: 'DISCORD_MESSAGE_INVALID' },
      );
    }
    const label = cutText(choice.label.trim() || String.fromCharCode(65 + index), discordLimits.buttonLabel);
    return { type: ComponentType.Button, style: ButtonStyle.Secondary, custom_id: choice.id, label };
  });
  const rows: DiscordMessageBody['components'] = [];
  for (let start = 0; start < buttons.length; start += discordLimits.buttonsPerRow) {
    rows.push({ type: ComponentType.ActionRow, components: buttons.slice(start, start + discordLimits.buttonsPerRow) });
  }
  const flag = message.flag;
  if (flag && flagPrefix.length + flag.id.length <= discordLimits.customId && rows.length < discordLimits.rows) {
    rows.push({
      type: ComponentType.ActionRow,
      components: [
        {
          type: ComponentType.Button,
          style: ButtonStyle.Secondary,
          custom_id: `${flagPrefix}${flag.id}`,
          label: cutText(flag.label, discordLimits.buttonLabel),
        },
      ],
    });
  }
  return rows;
}

/** Escapes text for Discord, first cutting what could never fit (escaping only lengthens), so huge input stays cheap. */
function escape(text: string): string {
  return escapeMarkdown(
    text.length > discordLimits.embedDescription ? text.slice(0, discordLimits.embedDescription + 1) : text,
  );
}
