import type { ChannelRef, ChoiceEvent, Reply, UserRef } from '../chat/message.js';
import { echoText } from '../chat/echo-text.js';
import { UserFacingError } from '../chat/user-facing-error.js';
import { choiceLabel, practiceChoiceId } from './choice-id.js';
import { activeBank, type EngineContext } from './engine-context.js';
import { formatDelay } from './format-duration.js';
import { userKey, workspaceKey } from './identity.js';
import { pickPracticeQuestion, questionsForTopic, reviewCard } from './practice.js';
import { flagControl, sourceLine } from './reveal-message.js';

const privately = (body: string, title?: string): Reply[] => [
  { visibility: 'private', message: title ? { title, body } : { body } },
];

function topicList(ctx: EngineContext): string {
  const topics = [...new Set(ctx.bank.map((q) => q.topic))].sort((a, b) => a.localeCompare(b));
  const shown = topics.slice(0, 12).join(', ');
  return topics.length > 12 ? `${shown}, …` : shown;
}

/**
 * `/quiz [topic]`: a private practice question, picked by spaced repetition (due reviews first, then
 * questions never practised). Only the latest practice question shown can be answered, once.
 */
export async function startPractice(
  ctx: EngineContext,
  user: UserRef,
  _channel: ChannelRef,
  topic?: string,
): Promise<Reply[]> {
  const bank = activeBank(ctx, workspaceKey(user));
  const pool = questionsForTopic(bank, topic ?? '');
  if (ctx.bank.length === 0)
    throw new UserFacingError('EMPTY_BANK', 'There are no questions yet: the question bank is empty.');
  if (bank.length === 0)
    throw new UserFacingError(
      'ALL_RETIRED',
      'Every question is retired here. An admin can bring one back with /prepbot restore <id> (/prepbot flags lists them).',
    );
  if (pool.length === 0)
    throw new UserFacingError(
      'UNKNOWN_TOPIC',
      `No questions on "${echoText(topic ?? '')}". Topics: ${topicList(ctx)}.`,
    );
  const key = userKey(user);
  const now = ctx.clock.now();
  const cards = ctx.store.data.practice[key]?.cards ?? {};
  const pick = pickPracticeQuestion(pool, cards, now, `${key}:${Object.keys(cards).length}`)!;
  await ctx.store.change((d) => {
    const practice = (d.practice[key] ??= { cards: {} });
    practice.pending = pick.question.id;
    if (d.users[key] !== user.name) d.users[key] = user.name;
  });
  const due = pool.filter((q) => cards[q.id] && cards[q.id]!.due <= now.getTime()).length;
  const fresh = pool.filter((q) => !cards[q.id]).length;
  const why = pick.reason === 'due' ? 'due for review' : pick.reason === 'new' ? 'new to you' : 'practising ahead';
  const { question } = pick;
  return [
    {
      visibility: 'private',
      message: {
        title: `Practice · ${question.topic} (${why})`,
        body: question.stem,
        choices: question.choices.map((text, i) => ({
          id: practiceChoiceId(question.id, i),
          label: choiceLabel(i),
          text,
        })),
        context: `Only you see this · ${due} due for review · ${fresh} new${topic ? ` in ${question.topic}` : ''}`,
      },
    },
  ];
}

/** A click on a practice question: graded once, the card rescheduled, the answer explained. */
export async function answerPractice(
  ctx: EngineContext,
  event: ChoiceEvent,
  questionId: string,
  index: number,
): Promise<Reply[]> {
  const question = ctx.questions.get(questionId);
  if (!question) return privately('That practice question is no longer in the bank. Try /quiz for another.');
  const key = userKey(event.user);
  const practice = ctx.store.data.practice[key];
  if (practice?.pending !== questionId) return privately('You already answered that one. Try /quiz for another.');
  if (index >= question.choices.length) return privately('That choice does not exist on this question.');
  const now = ctx.clock.now();
  const correct = index === question.answer;
  const before = practice.cards[questionId];
  const card = reviewCard(before, correct, now);
  const tallyBefore = practice.topics?.[question.topic];
  try {
    await ctx.store.change((d) => {
      const p = d.practice[key]!;
      p.cards[questionId] = card;
      const [answered, right] = p.topics?.[question.topic] ?? [0, 0];
      (p.topics ??= {})[question.topic] = [answered + 1, right + (correct ? 1 : 0)];
      delete p.pending;
    });
  } catch (error) {
    ctx.logger.error(
      { err: error, user: key, question: questionId },
      'could not save a practice answer; taking it back',
    );
    await ctx.store
      .change((d) => {
        const p = d.practice[key]!;
        if (before) p.cards[questionId] = before;
        else delete p.cards[questionId];
        if (tallyBefore) (p.topics ??= {})[question.topic] = tallyBefore;
        else delete p.topics?.[question.topic];
        p.pending = questionId;
      })
      .catch(() => {});
    return privately('Sorry, your answer could not be saved. Please try again in a moment.');
  }
  const right = `${choiceLabel(question.answer)}. ${question.choices[question.answer]}`;
  const verdict = correct ? `Right: ${right}` : `Not quite. The answer is ${right}`;
  return [
    {
      visibility: 'private',
      message: {
        title: verdict,
        body: question.explanation,
        fields: [{ label: 'Source', value: sourceLine(question) }],
        context: `This question comes back ${formatDelay(card.due - now.getTime())} · /quiz for another`,
        flag: flagControl(question),
      },
    },
  ];
}
