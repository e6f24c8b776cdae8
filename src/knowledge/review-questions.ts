import type { List, ListItem } from 'mdast';
import { paragraphLines } from './lettered-options.js';
import { lineOf } from './markdown-text.js';
import type { NoteContext } from './note-context.js';

const SENTENCE_VERB = /\b(?:is|are|was|were|can|could|has|have|will|must|should|does|do|use|uses)\b/i;

/** A bullet's question line and what is written under it (lazy lines, indented paragraphs, sub-bullets). */
function questionAndAnswer(item: ListItem): { question: string; answer: string[] } | undefined {
  const [first, ...rest] = item.children;
  if (first?.type !== 'paragraph') return undefined;
  const [question, ...under] = paragraphLines(first.children).map((line) => line.text);
  if (!question?.endsWith('?')) return undefined;
  for (const block of rest)
    if (block.type === 'paragraph') under.push(...paragraphLines(block.children).map((line) => line.text));
    else if (block.type === 'list')
      for (const child of block.children)
        if (child.children[0]?.type === 'paragraph')
          under.push(...paragraphLines(child.children[0].children).map((line) => line.text));
  return under.length > 0 ? { question, answer: under } : undefined;
}

/** One line of a few words that names something: an answer a choice can hold. */
const isShortName = (lines: readonly string[]): boolean =>
  lines.length === 1 &&
  lines[0]!.split(/\s+/).length <= 5 &&
  !SENTENCE_VERB.test(lines[0]!) &&
  !/[?,;:]|\[\[|^[![]/.test(lines[0]!);

/**
 * A review list ("Questions I missed"): bullets that ask a question, the answer written below them.
 * A short named answer ("Which service records API calls?" / "CloudTrail") becomes a question; an
 * answer in prose is only warned about (with its line), since no choice can hold it. The list is still
 * read as notes, so the facts in the answers are kept either way.
 */
export function addReviewQuestions(ctx: NoteContext, list: List): void {
  const asked = list.children.map((item) => ({ read: questionAndAnswer(item), line: lineOf(item) }));
  if (asked.filter(({ read }) => read).length < 2) return;
  for (const { read, line } of asked) {
    if (!read) continue;
    if (isShortName(read.answer))
      ctx.add({ kind: 'qa', question: read.question, answer: read.answer[0]!, options: [] }, line);
    else
      ctx.warn(line, 'review question is answered in prose, not a short name: not asked (its lines are read as notes)');
  }
}
