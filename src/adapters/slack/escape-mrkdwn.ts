/**
 * Text from notes and people goes into Slack's mrkdwn only through here, so nothing can ping
 * `<!channel>`/`<!here>` or forge a `<http://…|link>`: Slack's own escaping rule is exactly these three
 * characters. Lengths are counted after escaping, because Block Kit's limits apply to what is sent.
 */

const entities: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;' };

const ellipsis = '…';

/** Escapes `&`, `<`, `>` for mrkdwn. */
export function escapeMrkdwn(text: string): string {
  return text.replace(/[&<>]/g, (char) => entities[char] ?? char);
}

/**
 * Escapes `text` and cuts it so the escaped result is at most `limit` UTF-16 units (Slack counts
 * characters), ending with an ellipsis when cut. Never splits an entity or a surrogate pair.
 */
export function escapeAndCut(text: string, limit: number): string {
  return cutPieces(
    Array.from(text, (char) => entities[char] ?? char),
    limit,
  );
}

/** Cuts plain text (no escaping: plain_text objects) to `limit` with an ellipsis, never mid code point. */
export function cutPlain(text: string, limit: number): string {
  return cutPieces(Array.from(text), limit);
}

function cutPieces(pieces: string[], limit: number): string {
  let total = 0;
  for (const piece of pieces) total += piece.length;
  if (total <= limit) return pieces.join('');
  let kept = '';
  for (const piece of pieces) {
    if (kept.length + piece.length + ellipsis.length > limit) break;
    kept += piece;
  }
  // A cut at a word boundary reads better, unless that throws away most of the text.
  const lastSpace = kept.search(/\s\S*$/);
  if (lastSpace > limit * 0.8) kept = kept.slice(0, lastSpace);
  return kept.trimEnd() + ellipsis;
}
