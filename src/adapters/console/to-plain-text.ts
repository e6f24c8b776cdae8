import type { Message } from '../../chat/message.js';
import { plainStyle, type TerminalStyle } from './terminal-style.js';

/**
 * Renders a neutral message as terminal text: the title, the body, the choices as lettered lines,
 * the fields as "Label: value", the small print, and how to flag it (`/flag <reason>`) last. Control characters that could move the
 * cursor or recolour the terminal are shown as `?` (before any emphasis of our own is added). With
 * the plain style (the default) the text carries no escape code at all.
 */
export function toPlainText(message: Message, style: TerminalStyle = plainStyle): string {
  const parts: string[] = [];
  if (message.title) parts.push(style.title(stripControls(message.title)));
  if (message.body) parts.push(stripControls(message.body));
  if (message.choices?.length)
    parts.push(
      message.choices
        .map((choice) => `  ${style.letter(`${stripControls(choice.label)})`)} ${stripControls(choice.text)}`)
        .join('\n'),
    );
  if (message.fields?.length)
    parts.push(
      message.fields
        .map((field) => `${style.dim(`${stripControls(field.label)}:`)} ${stripControls(field.value)}`)
        .join('\n'),
    );
  if (message.context) parts.push(style.dim(stripControls(message.context)));
  if (message.flag)
    parts.push(style.dim(`${stripControls(message.flag.label)}: /flag wrong | unclear | easy | useless`));
  return parts.join('\n');
}

function stripControls(text: string): string {
  // Keep newlines and tabs; everything else below 0x20, DEL and the C1 range would act on the terminal.
  return text.replace(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/g, '?');
}
