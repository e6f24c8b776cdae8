import type { Heading, List, ListItem, Root, Text } from 'mdast';

/**
 * The mdast tree of a text made only of plain ATX headings (`## Limits`), plain bullets at the margin
 * (`- Queue retention: 14 days`) and blank lines, built without micromark; `undefined` for any other
 * text. "Plain" means no character that could open inline markdown (emphasis, code, links, HTML,
 * escapes, references), no indentation, no trailing blanks, no tabs or carriage returns. Blank lines may
 * separate headings from what follows, never two bullets (that would make the list loose).
 *
 * Why: a pasted cheat sheet is thousands of such lines, and micromark spends ~1 ms per hundred of them
 * building events this shape never needs. The tree is the one remark-parse (CommonMark, no GFM) gives,
 * positions included; test/knowledge/plain-outline-tree.test.ts checks that against remark on generated
 * texts. Callers use it only for text mayHoldGfm says no to, where CommonMark and GFM agree.
 */
export function plainOutlineTree(text: string): Root | undefined {
  const root: Root = { type: 'root', children: [] };
  let list: List | undefined;
  /** The marker of the open list, and whether a blank line came after its last bullet. */
  let marker = '';
  let blankAfterList = false;
  let line = 1;
  let at = 0;
  while (at <= text.length) {
    const newline = text.indexOf('\n', at);
    const end = newline < 0 ? text.length : newline;
    const length = end - at;
    if (length === 0 || isBlank(text, at, end)) {
      if (list) blankAfterList = true;
    } else {
      const first = text.charCodeAt(at);
      if (first === HASH) {
        const heading = headingAt(text, at, end, line);
        if (!heading) return undefined;
        root.children.push(heading);
        list = undefined;
      } else if ((first === DASH || first === STAR || first === PLUS) && text.charCodeAt(at + 1) === SPACE) {
        const item = bulletAt(text, at, end, line);
        if (!item) return undefined;
        const bullet = text[at]!;
        if (list && bullet === marker) {
          if (blankAfterList) return undefined; // a loose list: left to micromark
          list.children.push(item);
          list.position!.end = { ...item.position!.end };
        } else {
          list = { type: 'list', ordered: false, start: null, spread: false, children: [item] };
          // Every node has points of its own: parseMarkdown shifts them in place.
          list.position = { start: { ...item.position!.start }, end: { ...item.position!.end } };
          root.children.push(list);
          marker = bullet;
        }
        blankAfterList = false;
      } else return undefined;
    }
    if (newline < 0) {
      root.position = { start: point(1, 1, 0), end: point(line, length + 1, text.length) };
      return root;
    }
    at = newline + 1;
    line += 1;
  }
  return undefined;
}

type Point = NonNullable<Root['position']>['start'];

const HASH = 0x23;
const DASH = 0x2d;
const STAR = 0x2a;
const PLUS = 0x2b;
const SPACE = 0x20;

/**
 * Text that is inline-plain in CommonMark: printable, none of `\` `` ` `` `*` `_` `[` `]` `<` `>` `!`
 * `&` `~` `|` `@` `#`, starting and ending with a non-blank, and not starting like a block of its own
 * (a number then `.` or `)` starts an ordered list; `=` or `-` could underline or rule).
 */
const PLAIN =
  /^[\p{L}\p{N}(](?:[^\\`*_[\]<>!&~|@#\p{Cc}\p{Cf}\p{Zl}\p{Zp}\uFFFD]*[^\\`*_[\]<>!&~|@#\s\p{Cc}\p{Cf}])?$/u;
const BLOCK_LIKE = /^\d+[.)]/;
const isPlain = (content: string): boolean => PLAIN.test(content) && !BLOCK_LIKE.test(content);

function isBlank(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i += 1) if (text.charCodeAt(i) !== SPACE) return false;
  return true;
}

const point = (line: number, column: number, offset: number): Point => ({ line, column, offset });

/** `# Title` … `###### Title`: hashes, one or more spaces, plain text, optional trailing spaces. */
function headingAt(text: string, at: number, end: number, line: number): Heading | undefined {
  let depth = 0;
  while (text.charCodeAt(at + depth) === HASH) depth += 1;
  if (depth > 6 || text.charCodeAt(at + depth) !== SPACE) return undefined;
  let from = at + depth;
  while (text.charCodeAt(from) === SPACE) from += 1;
  let to = end;
  while (to > from && text.charCodeAt(to - 1) === SPACE) to -= 1;
  const value = text.slice(from, to);
  if (!isPlain(value)) return undefined;
  const words: Text = {
    type: 'text',
    value,
    position: { start: point(line, from - at + 1, from), end: point(line, to - at + 1, to) },
  };
  return {
    type: 'heading',
    depth: depth as Heading['depth'],
    children: [words],
    position: { start: point(line, 1, at), end: point(line, end - at + 1, end) },
  };
}

/** `- text`, `* text`, `+ text`: a marker, one space, plain text with no trailing blank. */
function bulletAt(text: string, at: number, end: number, line: number): ListItem | undefined {
  const value = text.slice(at + 2, end);
  if (!isPlain(value)) return undefined;
  const start = point(line, 3, at + 2);
  const stop = point(line, end - at + 1, end);
  const words: Text = { type: 'text', value, position: { start, end: stop } };
  return {
    type: 'listItem',
    spread: false,
    checked: null,
    children: [{ type: 'paragraph', children: [words], position: { start: { ...start }, end: { ...stop } } }],
    position: { start: point(line, 1, at), end: { ...stop } },
  };
}
