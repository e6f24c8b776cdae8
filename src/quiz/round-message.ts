import type { Message } from '../chat/message.js';
import type { Question } from '../questions/question-schema.js';
import { choiceLabel, roundChoiceId } from './choice-id.js';
import { formatTime } from './format-time.js';

export interface RoundView {
  roundId: string;
  question: Question;
  closesAt: Date;
  timezone: string;
  answers: number;
  now: Date;
  closed?: boolean;
}

function answerCount(n: number): string {
  return n === 1 ? '1 answer' : `${n} answers`;
}

/**
 * The daily question as posted in the channel: topic in the title, the stem, one button per choice
 * (ids carry the round and the choice index) and "Closes 17:00 UTC · 3 answers so far" in small print.
 * Once closed, the buttons go and the choices stay readable in the body.
 */
export function roundMessage(view: RoundView): Message {
  const title = `Question of the day · ${view.question.topic}`;
  if (view.closed) {
    const listed = view.question.choices.map((text, i) => `${choiceLabel(i)}. ${text}`).join('\n');
    return { title, body: `${view.question.stem}\n\n${listed}`, context: `Closed · ${answerCount(view.answers)}` };
  }
  return {
    title,
    body: view.question.stem,
    choices: view.question.choices.map((text, i) => ({
      id: roundChoiceId(view.roundId, i),
      label: choiceLabel(i),
      text,
    })),
    context: `Closes ${formatTime(view.closesAt, view.timezone, view.now)} · ${answerCount(view.answers)} so far`,
  };
}
