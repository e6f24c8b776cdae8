import type { ParseWarning } from './item.js';

/** A line longer than this is not a note a person wrote (a pasted blob, a minified file): it is skipped. */
const MAX_LINE_LENGTH = 20_000;
/** Lists nested deeper than this are reported: the subjects of items that deep are rarely what was meant. */
const MAX_LIST_DEPTH = 16;

/**
 * Checks a note's text before parsing. Over-long lines are blanked (line numbers stay right) and
 * reported; the first list item nested deeper than MAX_LIST_DEPTH is reported. Never throws.
 */
export function checkTextLimits(file: string, text: string): { text: string; warnings: ParseWarning[] } {
  const warnings: ParseWarning[] = [];
  const lines = text.split('\n');
  let deepReported = false;
  lines.forEach((line, index) => {
    if (line.length > MAX_LINE_LENGTH) {
      warnings.push({
        file,
        line: index + 1,
        message: `line is ${line.length.toLocaleString('en-US')} characters long (limit ${MAX_LINE_LENGTH.toLocaleString('en-US')}): skipped`,
      });
      lines[index] = '';
      return;
    }
    if (deepReported) return;
    const list = /^([ \t]*)(?:[-*+]|\d+[.)])\s/.exec(line);
    const depth = list ? Math.floor(list[1]!.replace(/\t/g, '    ').length / 2) + 1 : 0;
    if (depth > MAX_LIST_DEPTH) {
      warnings.push({
        file,
        line: index + 1,
        message: `list nested about ${depth} levels deep (more than ${MAX_LIST_DEPTH}): read, but check its subjects`,
      });
      deepReported = true;
    }
  });
  return { text: warnings.some((w) => w.message.startsWith('line is')) ? lines.join('\n') : text, warnings };
}
