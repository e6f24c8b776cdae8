/**
 * A practice test's answer key written apart from its questions, usually at the end of the file:
 * a heading or label line ("## Answers", "**Answer key**", "Solutions:") and then pairs of a question
 * number and a letter ("1. B  2. D", "3) C", "4 - A", "5: (b)"), on one line or many, up to the next
 * heading. "Answers: 1-B, 2-D" on one line is a key too.
 */
export interface AnswerKey {
  /** Question number → the upper-case letters keyed (more than one for a "Choose TWO" item). */
  letters: ReadonlyMap<number, readonly string[]>;
  /** The lines the key is written on (1-based): they state nothing else. */
  lines: ReadonlySet<number>;
}

const KEY_TITLE =
  /^(?:#{1,6}\s*)?(?:\*\*|__)?\s*(?:answer\s*key|answers|solutions|key)\s*(?:\*\*|__)?\s*:?\s*(?:\*\*|__)?\s*(.*)$/i;
const PAIR = /(?<![\w.])(\d{1,3})\s*[.):=–-]?\s*\(?([A-Ha-h](?:\s*(?:,|&|and)\s*[A-Ha-h])*)\)?(?![\w'’])/g;
const HEADING = /^#{1,6}\s/;

/** The number–letter pairs of one line; undefined when the line holds anything else. */
function pairsOf(line: string): Array<[number, string[]]> | undefined {
  const text = line.replace(/^\s*[-*+]\s+/, '').trim();
  if (text === '') return [];
  const pairs: Array<[number, string[]]> = [];
  let rest = text;
  for (const match of text.matchAll(PAIR)) {
    pairs.push([Number(match[1]), match[2]!.toUpperCase().split(/\s*(?:,|&|AND)\s*/)]);
    rest = rest.replace(match[0], '');
  }
  return pairs.length > 0 && /^[\s,;|/*]*$/.test(rest) ? pairs : undefined;
}

/** The answer key of a note's lines, if it has one; an empty key otherwise. */
export function answerKeyOf(lines: readonly string[]): AnswerKey {
  const letters = new Map<number, string[]>();
  const keyLines = new Set<number>();
  lines.forEach((line, index) => {
    const title = KEY_TITLE.exec(line.trim());
    if (!title) return;
    const found: Array<[number, string[]]> = [];
    const at: number[] = [index];
    const own = title[1]!.trim() ? pairsOf(title[1]!) : [];
    if (own === undefined) return;
    found.push(...own);
    for (let next = index + 1; next < lines.length && !HEADING.test(lines[next]!); next += 1) {
      const pairs = pairsOf(lines[next]!);
      if (pairs === undefined) break;
      found.push(...pairs);
      at.push(next);
    }
    // A heading "Answers" over prose is no key: it needs at least two pairs.
    if (found.length < 2) return;
    for (const [number, keyed] of found) letters.set(number, keyed);
    for (const line of at) keyLines.add(line + 1);
  });
  return { letters, lines: keyLines };
}
