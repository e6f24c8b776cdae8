/** The number at a position in free text, with its K/M multiplier, and where a number may start at all. */

// "10,240", "10, 240" (a stray space after the thousands comma), "0.20", ".5".
const NUMBER = /(?:\d{1,3}(?:,[ \u00a0]?\d{3}(?!\d))+|\d+)(?:\.\d+)?|\.\d+/y;
const MULTIPLIER = /([kKM])(?![\p{L}\p{N}])/uy;

export interface Amount {
  value: number;
  end: number;
  multiplied: boolean;
}

export function readAmount(text: string, pos: number): Amount | undefined {
  NUMBER.lastIndex = pos;
  const m = NUMBER.exec(text);
  if (!m) return undefined;
  let end = pos + m[0].length;
  // "1.2.3", "3.12.1": version numbers.
  if (/^\.\d/.test(text.slice(end))) return undefined;
  let value = Number.parseFloat(m[0].replace(/[,\s\u00a0]/g, ''));
  MULTIPLIER.lastIndex = end;
  const mul = MULTIPLIER.exec(text);
  if (mul) {
    value *= mul[1] === 'M' ? 1e6 : 1e3;
    end = MULTIPLIER.lastIndex;
  }
  return { value, end, multiplied: mul !== null };
}

/** A number may start here only if it is not glued to a word, a version or a path ("EC2", "v1", "HTTP/2"). */
export function canStartNumber(text: string, pos: number): boolean {
  const before = text[pos - 1];
  return (
    before === undefined || !/[\p{L}\p{N}._/#-]/u.test(before) || (before === '-' && /\s/.test(text[pos - 2] ?? ' '))
  );
}
