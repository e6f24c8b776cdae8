import { describe, expect, it } from 'vitest';
import type { Reply } from '../../src/chat/message.js';
import { channel, minute, person, setup } from './engine-harness.js';

const ada = person('U1', 'Ada');

function clickOn(reply: Reply, index: number) {
  return { type: 'choice' as const, choiceId: reply.message.choices![index]!.id, user: ada, channel };
}

describe('practice (/quiz)', () => {
  it('shows a private question on the topic asked for, grades one click, and explains the answer', async () => {
    const { engine, bank } = setup();
    const [shown] = await engine.practice(ada, channel, 'lambda');
    expect(shown!.visibility).toBe('private');
    expect(shown!.message.title).toBe('Practice · Lambda (new to you)');
    expect(shown!.message.context).toBe('Only you see this · 0 due for review · 5 new in Lambda');
    const question = bank.find((q) => q.stem === shown!.message.body)!;
    const [result] = await engine.answer(clickOn(shown!, question.answer));
    expect(result!.message.title).toBe(`Right: B. ${question.choices[1]}`);
    expect(result!.message.body).toBe(question.explanation);
    expect(result!.message.fields).toEqual([{ label: 'Source', value: 'notes/aws.md › Compute > Lambda (line 12)' }]);
    expect(result!.message.context).toMatch(
      /^This question comes back in \d+ (minutes|hours|days) · \/quiz for another$/,
    );
    const [again] = await engine.answer(clickOn(shown!, 0));
    expect(again!.message.body).toBe('You already answered that one. Try /quiz for another.');
  });

  it('brings a missed question back first once it is due', async () => {
    const { engine, bank, clock } = setup();
    const [shown] = await engine.practice(ada, channel, 'S3');
    const question = bank.find((q) => q.stem === shown!.message.body)!;
    const [result] = await engine.answer(clickOn(shown!, (question.answer + 1) % 4));
    expect(result!.message.title).toBe(`Not quite. The answer is B. ${question.choices[1]}`);
    const [soon] = await engine.practice(ada, channel, 'S3');
    expect(soon!.message.body).not.toBe(question.stem);
    clock.advance(30 * minute);
    const [due] = await engine.practice(ada, channel, 'S3');
    expect(due!.message.body).toBe(question.stem);
    expect(due!.message.title).toBe('Practice · S3 (due for review)');
  });

  it("feeds the person's /score (a practice line, weakest topics) but never points or the leaderboard", async () => {
    const { engine, bank } = setup();
    const [before] = await engine.score(ada, channel);
    expect(before!.message.body).toBe('You have no points yet this season.');
    for (const [topic, right] of [
      ['S3', false],
      ['S3', true],
      ['Lambda', true],
    ] as const) {
      const [shown] = await engine.practice(ada, channel, topic);
      const question = bank.find((q) => q.stem === shown!.message.body)!;
      await engine.answer(clickOn(shown!, right ? question.answer : (question.answer + 1) % 4));
    }
    const [score] = await engine.score(ada, channel);
    expect(score!.message.body).toBe('You have 0 points this season.');
    const field = (label: string) => score!.message.fields!.find((f) => f.label === label)?.value;
    expect(field('Practice')).toBe('3 answered, 67% right · 0 due for review');
    // Lambda was answered right every time: not a weak topic.
    expect(field('Weakest topics')).toBe('S3 (1/2)');
    expect(field('Accuracy')).toBe('no closed rounds yet');
    const [board] = await engine.leaderboard(ada, channel, 'all');
    expect(board!.message.body).toMatch(/^No points yet this season/);
  });

  it('refuses an unknown topic and lists the topics there are', async () => {
    const { engine } = setup();
    await expect(engine.practice(ada, channel, 'Kinesis\u202e')).rejects.toMatchObject({
      name: 'UserFacingError',
      code: 'UNKNOWN_TOPIC',
      message: 'No questions on "Kinesis". Topics: DynamoDB, Lambda, S3, SQS.',
    });
  });
});
