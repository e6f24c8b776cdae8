import type { ChannelRef, ChoiceEvent, CommandEvent, FlagEvent, UserRef } from '../../chat/message.js';
import type { CoreCommand } from './slack-commands.js';

/** The fields of a slash command payload the adapter reads (Slack sends more). */
export interface SlashCommandPayload {
  team_id: string;
  channel_id: string;
  user_id: string;
  user_name?: string;
  command: string;
  text: string;
}

/** The fields of a block_actions payload the adapter reads. */
export interface ButtonClickPayload {
  user: { id: string; username?: string; name?: string; team_id?: string };
  team?: { id: string } | null;
  channel?: { id: string };
  container?: { channel_id?: string };
}

/** Translates a slash command into the core's CommandEvent; `name` is the display name looked up. */
export function toCommandEvent(payload: SlashCommandPayload, command: CoreCommand, name: string): CommandEvent {
  return {
    type: 'command',
    command,
    text: toCoreText(payload.text),
    user: { platform: 'slack', workspace: payload.team_id, user: payload.user_id, name },
    channel: { platform: 'slack', workspace: payload.team_id, channel: payload.channel_id },
  };
}

/** Translates a button click into the core's ChoiceEvent, carrying the button's value (the Choice.id). */
export function toChoiceEvent(payload: ButtonClickPayload, choiceId: string, name: string): ChoiceEvent {
  const workspace = clickWorkspace(payload);
  const user: UserRef = { platform: 'slack', workspace, user: payload.user.id, name };
  const channel: ChannelRef = {
    platform: 'slack',
    workspace,
    channel: payload.channel?.id ?? payload.container?.channel_id ?? '',
  };
  return { type: 'choice', choiceId, user, channel };
}

/** Translates a click on the flag button into the core's FlagEvent (Slack asks no reason: the core does). */
export function toFlagEvent(payload: ButtonClickPayload, flagId: string, name: string): FlagEvent {
  const { user, channel } = toChoiceEvent(payload, flagId, name);
  return { type: 'flag', flagId, user, channel };
}

/** The team of a click: the payload's team, else the user's team (enterprise grid sends team null). */
export function clickWorkspace(payload: ButtonClickPayload): string {
  return payload.team?.id ?? payload.user.team_id ?? '';
}

/**
 * Slash command text as the core reads it. With `should_escape` on (the manifest sets it for /score),
 * Slack sends a picked person as `<@U123|ada>`: the core gets the bare user id, as from Discord. Channel
 * and link forms become their readable text; Slack's entity escapes are undone.
 */
export function toCoreText(text: string): string {
  return text
    .replace(/<@([UW][A-Z0-9]+)(?:\|[^>]*)?>/g, '$1')
    .replace(/<#[CG][A-Z0-9]+\|([^>]*)>/g, '#$1')
    .replace(/<(https?:[^>|]+)(?:\|[^>]*)?>/g, '$1')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&')
    .trim();
}
