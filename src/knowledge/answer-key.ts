/**
 * A practice test's answer key written apart from its questions, usually at the end of the file:
 * a heading or label line ("## Answers", "**Answer key**", "Solutions:") and then pairs of a question
 * number and a letter ("1. B  2. D", "3) C", "4 - A", "5: (b)"), on one line or many, up to the next
 * heading. "Answers: 1-B, 2-D" on one line is a key too. A note may hold several practice sets, each
 * numbered from 1 and each followed by its own key: a question is keyed by the first key below it.
 */
export interface AnswerKey {
  /** Each key of the note, in line order: the line it starts on (1-based) and number → letters keyed. */
  keys: ReadonlyArray<{ line: number; letters: ReadonlyMap<number, readonly string[]> }>;
  /** The lines the keys are written on (1-based): they state nothing else. */
  lines: ReadonlySet<number>;
}

/**
 * The letters keyed for question `number` asked at `line` (more than one for a "Choose TWO" item):
 * from the first key below the question, or, when every key stands above it, from the last one.
 */
export function keyedLetters(key: AnswerKey, number: number, line: number): readonly string[] | undefined {
  const below = key.keys.find((k) => k.line > line) ?? key.keys[key.keys.length - 1];
  return below?.letters.get(number);
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
  const keys: Array<{ line: number; letters: Map<number, string[]> }> = [];
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
    keys.push({ line: index + 1, letters: new Map(found) });
    for (const line of at) keyLines.add(line + 1);
  });
  return { keys, lines: keyLines };
}
