/** Discord's size limits for the parts of a message prepbot fills (characters). */
export const discordLimits = {
  content: 2000,
  embedTitle: 256,
  embedDescription: 4096,
  embedFieldName: 256,
  embedFieldValue: 1024,
  embedFields: 25,
  embedFooter: 2048,
  embedTotal: 6000,
  buttonLabel: 80,
  customId: 100,
  buttonsPerRow: 5,
  rows: 5,
  autocompleteChoices: 25,
  autocompleteText: 100,
} as const;

/**
 * Cuts `text` to at most `max` characters, cleanly: at a word boundary when one is near the end, never
 * inside a surrogate pair, never leaving a dangling markdown escape (`\`), ending with `…` when cut.
 */
export function cutText(text: string, max: number): string {
  if (text.length <= max) return text;
  if (max <= 1) return max === 1 ? '…' : '';
  let end = max - 1;
  if (isLowSurrogate(text.charCodeAt(end))) end -= 1;
  const space = text.lastIndexOf(' ', end);
  const newline = text.lastIndexOf('\n', end);
  const boundary = Math.max(space, newline);
  if (boundary >= Math.floor(max * 0.6)) end = boundary;
  let head = text.slice(0, end).trimEnd();
  const trailingEscapes = /\\+$/.exec(head)?.[0].length ?? 0;
  if (trailingEscapes % 2 === 1) head = head.slice(0, -1);
  return `${head}…`;
}

function isLowSurrogate(code: number): boolean {
  return code >= 0xdc00 && code <= 0xdfff;
}
