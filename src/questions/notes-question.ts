import type { QuestionItem } from '../knowledge/item.js';
import { groupBy, perContext } from './context-index.js';
import { NameIndex } from './name-index.js';
import { type Candidate, nearby } from './pick-distractors.js';
import { type GenerationContext, isServiceName } from './generation-context.js';
import { buildQuestion, type Outcome } from './question-draft.js';
import { asSentence, capitalise, comparisonKey, tidy } from './text-tools.js';
import { lettered, unaskableChoices } from './lettered-question.js';

/**
 * The notes' own sample questions, with the answer they give. Distractors: the options the notes list
 * beside the answer; otherwise, when the answer is a service, other services the notes cover. A
 * negative question ("… EXCEPT", "NOT") is only asked with the notes' own options, because any other
 * service might be a second right answer.
 */
export function notesQuestions(item: QuestionItem, context: GenerationContext): Outcome[] {
  const unaskable = unaskableChoices(item);
  if (unaskable) return [{ skip: unaskable, item }];
  const stem = asQuestion(item.question);
  if (!stem) return [{ skip: 'sample question is not a question', item }];
  if (item.fixedChoices) return [lettered(item, stem, context)];
  const answer = shortAnswer(item.answer, context);
  if (!answer) return [{ skip: 'sample answer is too long for a choice', item }];
  const negative = /\b(except|not|no|never|none|least)\b/i.test(stem);
  const candidates: Candidate[] = item.options.map((option) => ({ text: tidy(option), tier: 0 }));
  const farther: Array<() => Candidate[]> = [];
  if (!negative && item.options.length < 3 && isServiceName(answer, context)) {
    // Services of the same file first, then the services nearest it in the notes.
    const { services, topicsByFile } = sampleIndexOf(context);
    const sameFile = topicsByFile.get(item.source.file) ?? new Set<string>();
    for (const topic of services) if (sameFile.has(topic)) candidates.push({ text: topic, tier: 1 });
    const at = Math.max(0, services.findIndex((topic) => sameFile.has(topic)));
    farther.push(() => nearby(services, at).flatMap((topic) => (sameFile.has(topic) ? [] : [{ text: topic, tier: 2 }])));
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
      farther,
      reject: (text) => comparisonKey(text).includes(answerKey) || answerKey.includes(comparisonKey(text)),
      explanation: [comparisonKey(item.answer) === answerKey ? `The notes answer: ${answer}.` : asSentence(tidy(item.answer)), ...(item.explanation ? [asSentence(tidy(item.explanation))] : [])].join(' '),
    }, context),
  ];
}

/** The topics that name a service, the topics of each file, and the names a long answer may start with. */
const sampleIndexOf = perContext((context) => ({
  services: context.topics.filter((topic) => isServiceName(topic, context)),
  topicsByFile: new Map([...groupBy(context.items, (item) => item.source.file)].map(([file, items]) => [file, new Set(items.map((item) => item.topic))])),
  names: new NameIndex([...context.topics, ...context.definitions.map((d) => d.term)]),
}));

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
  const named = sampleIndexOf(context)
    .names.namesIn(answer)
    .map((name) => ({ name, at: comparisonKey(answer).indexOf(comparisonKey(name)) }))
    .filter(({ at }) => at >= 0 && at < 40)
    .sort((a, b) => a.at - b.at || b.name.length - a.name.length);
  return named[0]?.name;
}
