import type { QuestionItem } from '../knowledge/item.js';
import type { Candidate } from './pick-distractors.js';
import { type GenerationContext, isServiceName } from './generation-context.js';
import { buildQuestion, type Outcome } from './question-draft.js';
import { capitalise, comparisonKey, containsWords, tidy } from './text-tools.js';

/**
 * The notes' own sample questions, with the answer they give. Distractors: the options the notes list
 * beside the answer; otherwise, when the answer is a service, other services the notes cover. A
 * negative question ("… EXCEPT", "NOT") is only asked with the notes' own options, because any other
 * service might be a second right answer.
 */
export function notesQuestions(item: QuestionItem, context: GenerationContext): Outcome[] {
  const stem = asQuestion(item.question);
  if (!stem) return [{ skip: 'sample question is not a question', item }];
  const answer = shortAnswer(item.answer, context);
  if (!answer) return [{ skip: 'sample answer is too long for a choice', item }];
  const negative = /\b(except|not|no|never|none|least)\b/i.test(stem);
  const candidates: Candidate[] = item.options.map((option) => ({ text: tidy(option), tier: 0 }));
  if (!negative && item.options.length < 3 && isServiceName(answer, context)) {
    const sameFile = new Set(context.items.filter((other) => other.source.file === item.source.file).map((other) => other.topic));
    for (const topic of context.topics) if (isServiceName(topic, context)) candidates.push({ text: topic, tier: sameFile.has(topic) ? 1 : 2 });
  }
  if (negative && item.options.length === 0) return [{ skip: 'negative sample question without options', item }];
  const answerKey = comparisonKey(answer);
  return [
    buildQuestion({
      item,
      kind: 'notes-question',
      stem,
      answer,
      candidates,
      reject: (text) => comparisonKey(text).includes(answerKey) || answerKey.includes(comparisonKey(text)),
      explanation: comparisonKey(item.answer) === answerKey ? `The notes answer: ${answer}` : tidy(item.answer),
    }),
  ];
}

/** The sample as one question sentence; a trailing blank ("… EXCEPT ......") becomes "which one?". */
export function asQuestion(text: string): string | undefined {
  const clean = tidy(text.replace(/[`*_]{1,2}(?=\S)|(?<=\S)[`*_]{1,2}/g, ''));
  const blank = /[\s,]*(?:\.{3,}|…+|_{3,})[\s.…_]*$/;
  if (blank.test(text.trim())) {
    const body = tidy(text.trim().replace(blank, '').replace(/[`*]/g, ''));
    return /\bexcept$/i.test(body) ? `${capitalise(body)} which one?` : undefined;
  }
  return clean.endsWith('?') ? capitalise(clean) : undefined;
}

/** The answer as a short choice: itself when short, else the first service it names. */
function shortAnswer(text: string, context: GenerationContext): string | undefined {
  const answer = tidy(text.replace(/[`*]/g, ''));
  if (answer.split(/\s+/).length <= 5) return answer;
  const named = [...context.topics, ...context.definitions.map((d) => d.term)]
    .map((name) => ({ name, at: containsWords(answer, name) ? comparisonKey(answer).indexOf(comparisonKey(name)) : -1 }))
    .filter(({ at }) => at >= 0 && at < 40)
    .sort((a, b) => a.at - b.at || b.name.length - a.name.length);
  return named[0]?.name;
}
