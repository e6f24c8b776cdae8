import type { Message } from '../../chat/message.js';

/**
 * Renders a neutral message as terminal text: the title, the body, the choices as lettered lines,
 * the fields as "Label: value" and the small print last. Control characters that could move the
 * cursor or recolour the terminal are shown as `?`.
 */
export function toPlainText(message: Message): string {
  const parts: string[] = [];
  if (message.title) parts.push(message.title);
  if (message.body) parts.push(message.body);
  if (message.choices?.length) parts.push(message.choices.map((choice) => `  ${choice.label}) ${choice.text}`).join('\n'));
  if (message.fields?.length) parts.push(message.fields.map((field) => `${field.label}: ${field.value}`).join('\n'));
  if (message.context) parts.push(message.context);
  return stripControls(parts.join('\n'));
}

function stripControls(text: string): string {
  // Keep newlines and tabs; everything else below 0x20, DEL and the C1 range would act on the terminal.
  return text.replace(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/g, '?');
}
