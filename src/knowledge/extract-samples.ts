import type { List, ListItem } from 'mdast';
import type { QuestionItem } from './item.js';
import { lineOf, plainText } from './markdown-text.js';

/** A notes question before it gets its id, topic and source. */
export interface QuestionDraft extends Pick<QuestionItem, 'question' | 'answer' | 'options' | 'explanation'> {
  line: number;
}

/** "Sample:", "Samples", "Question:", "Practice:" — the marker a questions block starts with. */
export const SAMPLE_MARKER = /^(samples?|questions?|quiz|practice|exam question)\s*:?$/i;
const ANSWER = /^(?:answer|ans|correct(?:\s+answer)?)\s*[:\-–]\s*(.+)$/i;
const BLANK_FILLER = /\s*(?:[.…_]\s*){3,}$/;

const ownText = (item: ListItem): string => plainText(item.children.filter((c) => c.type === 'paragraph'));
const childItems = (item: ListItem): ListItem[] =>
  item.children.filter((c): c is List => c.type === 'list').flatMap((l) => l.children);

/** A short child line without a comma is an option beside the answer; a longer one explains the answer. */
const isOption = (line: string): boolean => line.split(/\s+/).length <= 4 && !line.includes(',');

/** "Lambda (API Gateway can cache responses)" → "Lambda" and "API Gateway can cache responses". */
function splitExplanation(answer: string): { answer: string; explanation?: string } {
  const match = /^(.+?)\s*\(([^)]*)\)\s*$/.exec(answer);
  if (!match || !match[1]!.trim()) return { answer };
  const explanation = match[2]!.trim();
  return { answer: match[1]!.trim(), ...(explanation ? { explanation } : {}) };
}

/**
 * The questions in a "Sample:" block: each item is a question (its blank-filler dots dropped) and its
 * child bullets are the answer, or the options plus an "Answer: …" line (whose closing parenthesis, if
 * any, explains it: "Answer: Lambda (API Gateway can cache responses)"). Without an answer line, the
 * first child is the answer, later short ones are options, and longer ones ("API-cache response,
 * Dynamo-dax") explain it.
 */
export function sampleQuestions(list: List): QuestionDraft[] {
  const drafts: QuestionDraft[] = [];
  for (const item of list.children) {
    const question = ownText(item).replace(BLANK_FILLER, '').trim();
    const children = childItems(item).map(ownText).filter(Boolean);
    if (!question || children.length === 0) continue;
    const answerLine = children.find((c) => ANSWER.test(c));
    if (answerLine) {
      const { answer, explanation } = splitExplanation(ANSWER.exec(answerLine)![1]!.trim());
      const options = children.filter((c) => c !== answerLine && c.toLowerCase() !== answer.toLowerCase());
      drafts.push({ question, answer, options, ...(explanation ? { explanation } : {}), line: lineOf(item) });
      continue;
    }
    const [answer, ...rest] = children;
    const options = rest.filter(isOption);
    const explanation = rest.filter((o) => !isOption(o)).join(' ');
    drafts.push({ question, answer: answer!, options, ...(explanation ? { explanation } : {}), line: lineOf(item) });
  }
  return drafts;
}
