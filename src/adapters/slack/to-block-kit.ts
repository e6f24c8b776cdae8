import type { types } from '@slack/bolt';
import type { Message } from '../../chat/message.js';
import { cutPlain, escapeAndCut } from './escape-mrkdwn.js';

/** Block Kit's limits (characters) that prepbot's messages can reach. */
export const blockKitLimits = {
  header: 150,
  sectionText: 3000,
  field: 2000,
  buttonText: 75,
  buttonValue: 2000,
  contextText: 3000,
  fallbackText: 3000,
  maxFields: 10,
  messageText: 40000,
} as const;

/** Buttons are routed by this pattern; each gets `prepbot_choice_<index>` so action ids are unique. */
export const choiceActionPattern = /^prepbot_choice_\d+$/;

/** The action id of the "Flag this question" button (its value is the core's `FlagControl.id`). */
export const flagActionId = 'prepbot_flag';

/** The Slack form of a neutral message: blocks plus the fallback text for notifications. */
export interface SlackMessage {
  text: string;
  blocks: types.KnownBlock[];
}

/**
 * Renders a neutral Message as Block Kit: a header (title), a mrkdwn section with the body and the full
 * choices (button labels are short), fields, one button per choice, a context line, and last the flag
 * button. Everything is
 * escaped and cut to Block Kit's limits; `verbatim` stops Slack from turning names in notes into mentions.
 */
export function toBlockKit(message: Message): SlackMessage {
  const blocks: types.KnownBlock[] = [];
  if (message.title) {
    blocks.push({
      type: 'header',
      text: { type: 'plain_text', text: cutPlain(message.title, blockKitLimits.header), emoji: true },
    });
  }
  const choiceLines = (message.choices ?? []).map(
    (choice) => `*${oneLineEscaped(choice.label)}.* ${oneLineEscaped(choice.text)}`,
  );
  for (const text of sectionTexts(
    escapeAndCut(message.body, blockKitLimits.messageText),
    choiceLines,
    blockKitLimits.sectionText,
  )) {
    if (text.trim() !== '') blocks.push({ type: 'section', text: { type: 'mrkdwn', text, verbatim: true } });
  }
  const fields = (message.fields ?? []).slice(0, blockKitLimits.maxFields);
  if (fields.length > 0) {
    blocks.push({
      type: 'section',
      fields: fields.map((field) => ({
        type: 'mrkdwn' as const,
        text: escapeAndCut(`${field.label}\n${field.value}`, blockKitLimits.field - 2).replace(
          /^([^\n]*)/,
          (label) => `*${label}*`,
        ),
        verbatim: true,
      })),
    });
  }
  if (message.choices && message.choices.length > 0) {
    blocks.push({
      type: 'actions',
      block_id: 'prepbot_choices',
      elements: message.choices.map((choice, index) => ({
        type: 'button' as const,
        action_id: `prepbot_choice_${index}`,
        text: { type: 'plain_text' as const, text: cutPlain(choice.label, blockKitLimits.buttonText), emoji: true },
        value: choice.id.slice(0, blockKitLimits.buttonValue),
      })),
    });
  }
  if (message.context) {
    blocks.push({
      type: 'context',
      elements: [{ type: 'plain_text', text: cutPlain(message.context, blockKitLimits.contextText), emoji: true }],
    });
  }
  if (message.flag) {
    const { id, label } = message.flag;
    blocks.push({
      type: 'actions',
      block_id: 'prepbot_flag',
      elements: [
        {
          type: 'button',
          action_id: flagActionId,
          text: { type: 'plain_text', text: cutPlain(label, blockKitLimits.buttonText), emoji: true },
          value: id.slice(0, blockKitLimits.buttonValue),
        },
      ],
    });
  }
  return { text: fallbackText(message), blocks };
}

/** The notification / screen-reader text: title, else body, escaped (top-level text is mrkdwn too). */
function fallbackText(message: Message): string {
  const text = message.title ? `${message.title}: ${message.body}` : message.body;
  return escapeAndCut(text.replace(/\s+/g, ' ').trim() || 'prepbot', blockKitLimits.fallbackText);
}

// Choice texts are short (questions validate them); a long one is cut with the whole section below.
function oneLineEscaped(text: string): string {
  return escapeAndCut(text.replace(/\s+/g, ' '), blockKitLimits.sectionText);
}

/**
 * The texts of the body's section blocks, each within `limit`: the body, a blank line and the choice
 * lines in one section when they fit; else the body and the choices in two; a stem too long for a
 * section is cut to make room for the choices; choices too long to share a section get one each. Every
 * choice stays whole (question limits keep each well within a section).
 */
function sectionTexts(body: string, lines: string[], limit: number): string[] {
  if (lines.length === 0) return [cutEscaped(body, limit)];
  const list = lines.join('\n');
  const full = body.trim() === '' ? list : `${body}\n\n${list}`;
  if (full.length <= limit) return [full];
  if (body.length <= limit && list.length <= limit) return [body, list];
  // The choices matter more than the tail of a long stem: cut the stem to make room for them.
  const room = limit - list.length - 2;
  if (room > 20) return [`${cutEscaped(body, room)}\n\n${list}`];
  return [cutEscaped(body, limit), ...lines.map((line) => cutEscaped(line, limit))];
}

/** Cuts an already-escaped string without splitting an entity. */
function cutEscaped(text: string, limit: number): string {
  if (text.length <= limit) return text;
  let cut = text.slice(0, limit - 1);
  const amp = cut.lastIndexOf('&');
  if (amp !== -1 && !cut.slice(amp).includes(';')) cut = cut.slice(0, amp);
  return cut.trimEnd() + '…';
}
