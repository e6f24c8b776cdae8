/**
 * Where a long note can be cut so that its pieces parse to the same blocks as the whole. micromark's
 * time grows faster than the text (a 1 MB list of bullets: 2 s, 5 MB: 17 s), so a long note is parsed
 * piece by piece, each piece's tree placed at its lines in the whole (see note-trees.ts).
 */

/** Notes up to this many characters are parsed whole. */
export const WHOLE_UP_TO = 128 * 1024;
/** A piece grows to at least this many characters before it looks for a place to end. */
const PIECE = 32 * 1024;

export interface Piece {
  text: string;
  /** Lines before the piece in the whole text (0 for the first). */
  lineOffset: number;
  /** Characters before the piece in the whole text. */
  charOffset: number;
}

const FENCE = /^ {0,3}(`{3,}|~{3,})/;
/** A line that starts a block of its own at the margin: a heading or a bullet/number, not a continuation. */
const BLOCK_START = /^(?:#{1,6}\s|[-*+]\s|\d{1,9}[.)]\s)/;

/**
 * Cut `text` into pieces of about PIECE characters, each ending just before a line that starts a new
 * top-level block outside any fenced code: preferably after a blank line; in a long run of bullets with no
 * blank line, before a bullet at the margin (the run then reads as several lists, a cost only notes this
 * long pay). A text with no such place stays one piece. Linear in the text's length.
 */
export function markdownPieces(text: string): Piece[] {
  if (text.length <= WHOLE_UP_TO) return [{ text, lineOffset: 0, charOffset: 0 }];
  const pieces: Piece[] = [];
  let start = 0;
  let startLine = 0;
  let line = 0;
  let fence: string | undefined;
  let previousBlank = false;
  let at = 0;
  while (at < text.length) {
    const newline = text.indexOf('\n', at);
    const end = newline < 0 ? text.length : newline + 1;
    const content = text.slice(at, end).replace(/\r?\n$/, '');
    const long = at - start >= PIECE;
    if (
      long &&
      !fence &&
      at > start &&
      (previousBlank || at - start >= PIECE * 2) &&
      /^\S/.test(content) &&
      (previousBlank || BLOCK_START.test(content))
    ) {
      pieces.push({ text: text.slice(start, at), lineOffset: startLine, charOffset: start });
      start = at;
      startLine = line;
    }
    const marker = FENCE.exec(content)?.[1];
    if (marker && (!fence || (marker[0] === fence[0] && marker.length >= fence.length && content.trim() === marker)))
      fence = fence ? undefined : marker;
    previousBlank = content.trim() === '';
    line += 1;
    at = end;
  }
  pieces.push({ text: text.slice(start), lineOffset: startLine, charOffset: start });
  return pieces;
}
