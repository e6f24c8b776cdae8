import type { List, ListItem, Nodes, Paragraph, RootContent } from 'mdast';
import { keyedLetters, type AnswerKey } from './answer-key.js';
import type { QuestionItem } from './item.js';
import {
  isLetteredRun,
  letteredOption,
  paragraphLines,
  type LetteredOption,
  type TextLine,
} from './lettered-options.js';
import { lineOf } from './markdown-text.js';
import type { NoteContext } from './note-context.js';

/** A practice question with lettered options, before it gets its id, topic and source. */
type ExamDraft = Pick<
  QuestionItem,
  'question' | 'answer' | 'options' | 'explanation' | 'fixedChoices' | 'otherAnswers'
>;

// "Answer: B", "**Answer:** B", "Correct answer: D", "Ans - (c)", "Answer: B, E", "Answer: B) Amazon S3".
const ANSWER_LINE =
  /^(?:\*\*|__)?\s*(?:correct\s+)?(?:answer|ans)\s*(?:\*\*|__)?\s*[:=–-]\s*(?:\*\*|__)?\s*\(?([A-Ha-h](?:\s*(?:,|&|and)\s*[A-Ha-h])*)\b\)?[.)]?\s*(.*)$/i;
const EXPLAINED = /^(?:\*\*|__)?\s*(?:explanation|why|reason)\s*(?:\*\*|__)?\s*[:–-]\s*(?:\*\*|__)?\s*/i;
// "1.", "Q1.", "Q1:", "Question 1:", "**Q1)**" before the question itself.
const NUMBERED = /^(?:\*\*|__)?\s*(?:q(?:uestion)?\s*#?\s*)?(\d{1,3})\s*[.):]\s*(?:\*\*|__)?\s*/i;
const SEVERAL =
  /\b(?:choose|select|pick|mark)\s+(?:two|three|four|2|3|4)\b|\b(?:two|three|2|3)\s+answers\b|\bselect all that apply\b/i;

/** The lines an item writes: its paragraphs', its sub-bullets' first lines, and the text inside HTML (a `<details>` key). */
function linesOf(nodes: readonly Nodes[]): TextLine[] {
  return nodes.flatMap((node): TextLine[] => {
    if (node.type === 'paragraph') return paragraphLines(node.children);
    if (node.type === 'list') return node.children.flatMap((item) => linesOf(item.children));
    if (node.type === 'html')
      return node.value
        .replace(/<summary[^>]*>[\s\S]*?<\/summary>/gi, '\n')
        .replace(/<[^>]+>/g, '\n')
        .split('\n')
        .map((text) => ({ text: text.trim(), bold: false }))
        .filter((line) => line.text !== '');
    return [];
  });
}

/** Options need a line of their own: a sub-list, a second block or a line break (a one-line bullet holds none). */
const mayHoldOptions = (item: ListItem): boolean =>
  item.children.length > 1 ||
  item.children.some(
    (c) => c.type === 'paragraph' && c.children.some((p) => p.type === 'text' && p.value.includes('\n')),
  );

/** The letters an answer line gives ("B, E" → B and E), and what it says after them. */
function answerLine(text: string): { letters: string[]; rest: string } | undefined {
  const match = ANSWER_LINE.exec(text);
  if (!match) return undefined;
  return { letters: match[1]!.toUpperCase().split(/\s*(?:,|&|AND)\s*/), rest: match[2]!.trim() };
}

/** Reads one practice question from its lines; undefined when they hold no run of lettered options. */
function readQuestion(
  lines: readonly TextLine[],
  number: number | undefined,
  key: AnswerKey,
  line: number,
): ExamDraft | string | undefined {
  const first = lines.findIndex((line) => letteredOption(line));
  if (first <= 0) return undefined;
  const options: LetteredOption[] = [];
  let index = first;
  for (; index < lines.length; index += 1) {
    const option = letteredOption(lines[index]!);
    if (!option || option.letter.charCodeAt(0) !== 65 + options.length) break;
    options.push(option);
  }
  if (!isLetteredRun(options)) return undefined;
  const question = lines
    .slice(0, first)
    .map((line) => line.text)
    .join(' ')
    .replace(NUMBERED, '')
    .replace(/\*\*|__/g, '')
    .trim();
  const after = lines.slice(index).map((line) => line.text);
  const stated = after.map(answerLine).find((found) => found !== undefined);
  const marked = options.filter((o) => o.marked);
  const letters =
    stated?.letters ??
    (number !== undefined ? keyedLetters(key, number, line) : undefined) ??
    (marked.length > 0 && marked.length < options.length ? marked.map((o) => o.letter) : undefined);
  // Lettered sub-steps under a numbered step ("a. download", "b. unpack") are no question without a key.
  // An intro line ending in ":" over lettered points ("Check the disks weekly:") is no question either.
  if (!letters) return question.endsWith('?') ? 'practice question has no answer key: not asked' : undefined;
  const right = letters.map((letter) => options.find((o) => o.letter === letter));
  if (right.some((o) => o === undefined))
    return `practice question's key (${letters.join(', ')}) names no option it lists`;
  const [answer, ...others] = right.map((o) => o!.text);
  // "Answer: C) SIGKILL" restates the option; anything else after the letter explains it.
  const restated =
    stated && stated.rest.replace(/[.\s]+$/, '').toLowerCase() === answer!.replace(/[.\s]+$/, '').toLowerCase();
  const explanation = [restated ? '' : (stated?.rest ?? ''), ...after.filter((text) => !answerLine(text))]
    .map((text) => text.replace(EXPLAINED, '').trim())
    .filter((text) => text !== '' && !/^answer$/i.test(text))
    .join(' ');
  return {
    question,
    answer: answer!,
    options: options.filter((o) => !letters.includes(o.letter)).map((o) => o.text),
    fixedChoices: true,
    ...(others.length > 0 || SEVERAL.test(question) ? { otherAnswers: others } : {}),
    ...(explanation ? { explanation } : {}),
  };
}

function add(ctx: NoteContext, read: ExamDraft | string, line: number): void {
  if (typeof read === 'string') ctx.warn(line, read);
  else ctx.add({ kind: 'qa', ...read }, line);
}

/**
 * A list of practice questions: items holding a question, then options lettered A, B, C … (sub-bullets
 * or lines of its own paragraph), then the key ("Answer: B" below, a `<details>` block "Correct answer:
 * D", a ✅ or bold on the right option, or the note's answer key by the item's number). Adds each as a
 * question whose choices are the notes' options and returns true, or returns false when no item has
 * lettered options (the list is something else). A question without a key is a warning, not a question.
 */
export function addExamList(ctx: NoteContext, list: List, key: AnswerKey): boolean {
  if (!list.children.some(mayHoldOptions)) return false;
  const reads = list.children.map((item: ListItem, index) => {
    const lines = linesOf(item.children);
    const number = list.ordered
      ? (list.start ?? 1) + index
      : Number(NUMBERED.exec(lines[0]?.text ?? '')?.[1] ?? Number.NaN);
    const line = lineOf(item);
    return { read: readQuestion(lines, Number.isNaN(number) ? undefined : number, key, line), line };
  });
  if (!reads.some(({ read }) => read !== undefined)) return false;
  for (const { read, line } of reads) if (read !== undefined) add(ctx, read, line);
  return true;
}

/** One paragraph holding a whole practice question ("Q3. Which …?", "A) …", "B) …", "Answer: B"); see addExamList. */
export function addExamParagraph(ctx: NoteContext, paragraph: Paragraph, key: AnswerKey): boolean {
  // A question and three options take four lines at least: most paragraphs are turned away unread.
  const breaks = paragraph.children.reduce(
    (n, c) => n + (c.type === 'text' ? c.value.split('\n').length - 1 : c.type === 'break' ? 1 : 0),
    0,
  );
  if (breaks < 3) return false;
  const lines = paragraphLines(paragraph.children);
  const number = NUMBERED.exec(lines[0]?.text ?? '')?.[1];
  const line = lineOf(paragraph);
  const read = readQuestion(lines, number === undefined ? undefined : Number(number), key, line);
  if (read === undefined) return false;
  add(ctx, read, line);
  return true;
}

/** What `examBlocks` found at a block: the practice question it opens, or null for a block read with one. */
export type ExamBlock = { read: ExamDraft | string; line: number } | null;

/**
 * Practice questions written as separate blocks: a question paragraph ("**Question 5:** Which …?"),
 * then a list of lettered options, then (optionally) a paragraph with the answer line and explanation.
 * Keyed by the question paragraph (its read) and by the blocks read with it (null), so the caller reads
 * each question once, at its place, and passes over the rest.
 */
export function examBlocks(nodes: readonly RootContent[], key: AnswerKey): Map<RootContent, ExamBlock> {
  const found = new Map<RootContent, ExamBlock>();
  nodes.forEach((node, index) => {
    const options = nodes[index + 1];
    if (node.type !== 'paragraph' || options?.type !== 'list') return;
    const asked = paragraphLines(node.children);
    if (!/[?:]$/.test(asked[asked.length - 1]?.text ?? '')) return;
    const answer = nodes[index + 2];
    const answered =
      answer?.type === 'paragraph' && linesOf([answer]).some((line) => answerLine(line.text)) ? [answer] : [];
    const number = NUMBERED.exec(asked[0]?.text ?? '')?.[1];
    const read = readQuestion(
      [...asked, ...linesOf([options, ...answered])],
      number === undefined ? undefined : Number(number),
      key,
      lineOf(node),
    );
    if (read === undefined) return;
    found.set(node, { read, line: lineOf(node) });
    for (const block of [options, ...answered]) found.set(block, null);
  });
  return found;
}

/** Adds the practice question `examBlocks` found at a block; true when the block belongs to one. */
export function addExamBlock(ctx: NoteContext, found: ExamBlock | undefined): boolean {
  if (found === undefined) return false;
  if (found) add(ctx, found.read, found.line);
  return true;
}
