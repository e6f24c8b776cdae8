/** At most this many characters of what a person typed are repeated back to them. */
const echoLimit = 40;

/**
 * Text a person typed, made safe to quote in a reply: control and format characters (including bidi
 * overrides) become spaces, whitespace is collapsed and the result is cut to `echoLimit` characters.
 * Adapters still escape it for their platform (mentions such as `@everyone` are neutralised there).
 */
export function echoText(text: string, limit = echoLimit): string {
  const clean = text
    .replace(/[\p{Cc}\p{Cf}]/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  const chars = [...clean];
  return chars.length > limit ? `${chars.slice(0, limit - 1).join('')}…` : clean;
}
