import { describe, expect, it } from 'vitest';
import { parseChoiceId } from '../../src/quiz/choice-id.js';
import { channel, click, day, hour, minute, person, rightIndex, setup, tickUntil } from './engine-harness.js';

describe('daily rounds', () => {
  it('runs a week: one question each weekday at 09:00, closed and revealed at 17:00, no repeats', async () => {
    const { engine, clock, chat } = setup();
    await engine.here(channel);
    await tickUntil(engine, clock, '2026-01-12T08:00:00Z');

    const questions = chat.questions();
    expect(questions.map((p) => p.key)).toEqual(['1', '2', '3', '4', '5']);
    expect(new Set(questions.map((p) => p.message.body)).size).toBe(5);
    expect(chat.reveals().map((p) => p.key)).toEqual(['1-reveal', '2-reveal', '3-reveal', '4-reveal', '5-reveal']);
    expect(questions[0]!.message.context).toBe('Closes 17:00 UTC · 0 answers so far');
    // Every question message lost its buttons at the close.
    for (const post of questions) expect(chat.current(post.messageId)?.choices).toBeUndefined();
  });

  it('posts the first question at the next occurrence, not retroactively', async () => {
    const { engine, clock, chat } = setup({ start: '2026-01-05T10:00:00Z' });
    const replies = await engine.here(channel);
    expect(replies[0]!.message.body).toContain('Next question: Tue 09:00 UTC');
    await tickUntil(engine, clock, '2026-01-06T08:59:00Z', minute * 7);
    expect(chat.posts).toHaveLength(0);
    await tickUntil(engine, clock, '2026-01-06T09:05:00Z', minute * 5);
    expect(chat.questions()).toHaveLength(1);
  });

  it('after a restart mid-round: no second post, the round still closes on time', async () => {
    const { engine, clock, chat, build } = setup();
    await engine.here(channel);
    await tickUntil(engine, clock, '2026-01-05T09:00:00Z');
    const [post] = chat.questions();
    await engine.answer(click(post!, 1, person('U1', 'Ada')));

    const restarted = build();
    clock.advance(30 * minute);
    await restarted.tick();
    expect(chat.questions()).toHaveLength(1);
    await tickUntil(restarted, clock, '2026-01-05T16:45:00Z');
    expect(chat.reveals()).toHaveLength(0);
    await tickUntil(restarted, clock, '2026-01-05T17:00:00Z');
    expect(chat.reveals()).toHaveLength(1);
    expect(chat.reveals()[0]!.message.context).toBe('1 of 1 got it right (100%).');
  });

  it('a crash after the post went out but before it was recorded: the restarted bot finds the post, no second one', async () => {
    const { engine, clock, chat, store, build } = setup();
    await engine.here(channel);
    await tickUntil(engine, clock, '2026-01-05T09:00:00Z');
    const [post] = chat.questions();
    const round = Object.values(store.data.rounds)[0]!;
    expect(chat.lookups).toEqual([]); // a first post does not look
    await store.change((d) => void delete d.rounds[round.id]!.post); // as if the record never reached the disk

    clock.advance(minute);
    await build().tick();
    expect(chat.lookups).toEqual([round.id]);
    expect(chat.questions()).toHaveLength(1);
    expect(store.data.rounds[round.id]!.post).toBe(post!.messageId);
  });

  it('posts a round missed while down if its window is still open, and skips it once the window has passed', async () => {
    const { engine, clock, chat, build } = setup();
    await engine.here(channel);
    clock.set('2026-01-05T10:30:00Z');
    await build().tick();
    expect(chat.questions()).toHaveLength(1);
    expect(chat.questions()[0]!.message.context).toBe('Closes 17:00 UTC · 0 answers so far');

    clock.set('2026-01-06T18:00:00Z'); // down through Tuesday's whole window
    const later = build();
    await later.tick();
    expect(chat.questions()).toHaveLength(1);
    expect(chat.reveals()).toHaveLength(1);
    await tickUntil(later, clock, '2026-01-07T09:00:00Z');
    expect(chat.questions()).toHaveLength(2);
  });

  it('records the round before posting and retries a refused post with the same key', async () => {
    const { engine, clock, chat, store } = setup();
    await engine.here(channel);
    chat.failPosts = 2; // the post and the same tick's retry
    clock.set('2026-01-05T09:00:00Z');
    await engine.tick();
    expect(chat.posts).toHaveLength(0);
    const round = Object.values(store.data.rounds)[0]!;
    expect(round.post).toBeUndefined();
    clock.advance(minute);
    await engine.tick();
    expect(chat.questions().map((p) => p.key)).toEqual([round.id]);
    expect(store.data.rounds[round.id]!.post).toBe(chat.questions()[0]!.messageId);
    clock.advance(minute);
    await engine.tick();
    expect(chat.questions()).toHaveLength(1);
  });

  it('keeps 09:00 local across the daylight-saving change in Europe/Berlin', async () => {
    const { engine, clock, chat } = setup({ start: '2026-03-26T12:00:00Z' });
    await engine.here(channel);
    await engine.schedule(channel, '0 9 * * *', 'Europe/Berlin');
    await tickUntil(engine, clock, '2026-04-01T12:00:00Z', 30 * minute);
    const opened = chat.questions().map((p) => parseChoiceId(p.message.choices![0]!.id)!);
    expect(opened).toHaveLength(6);
    const times = chat.questions().map((p) => p.message.context);
    expect(times[0]).toBe('Closes 17:00 CET · 0 answers so far');
    expect(times[5]).toBe('Closes 17:00 CEST · 0 answers so far');
  });

  it('closes the open round when the next one opens before its close time', async () => {
    const { engine, clock, chat, store } = setup({ settings: { closeAfterHours: 48 } });
    await engine.here(channel);
    await engine.schedule(channel, '0 9 * * *');
    await tickUntil(engine, clock, '2026-01-06T09:00:00Z');
    const rounds = Object.values(store.data.rounds);
    expect(rounds[0]!.closesAt).toBe(new Date('2026-01-06T09:00:00Z').getTime());
    expect(rounds[0]!.closedAt).toBeDefined();
    expect(chat.reveals()).toHaveLength(1);
    expect(chat.questions()).toHaveLength(2);
  });

  it("pause stops posting; resume brings questions back, the day's question too while its window is open", async () => {
    const { engine, clock, chat } = setup();
    await engine.here(channel);
    await engine.pause(channel);
    await tickUntil(engine, clock, '2026-01-06T12:00:00Z', hour);
    expect(chat.posts).toHaveLength(0);
    await engine.resume(channel);
    await engine.tick();
    expect(chat.questions()).toHaveLength(1);
    expect(chat.questions()[0]!.message.context).toBe('Closes 17:00 UTC · 0 answers so far');
    await tickUntil(engine, clock, '2026-01-07T09:00:00Z', hour);
    expect(chat.questions()).toHaveLength(2);
  });

  it('next closes the open question and posts another one now', async () => {
    const { engine, clock, chat } = setup();
    await engine.here(channel);
    await tickUntil(engine, clock, '2026-01-05T09:00:00Z');
    clock.advance(day / 24);
    const replies = await engine.next(channel);
    expect(replies[0]!.message.body).toBe('Posted a new question. It closes at 18:00 UTC.');
    expect(chat.questions()).toHaveLength(2);
    expect(chat.reveals()).toHaveLength(1);
  });

  it('refuses admin operations in a channel that was never set up, and bad schedules', async () => {
    const { engine } = setup();
    await expect(engine.pause(channel)).rejects.toMatchObject({ name: 'UserFacingError', code: 'NOT_SET_UP' });
    await engine.here(channel);
    await expect(engine.schedule(channel, 'every day at nine')).rejects.toMatchObject({ code: 'BAD_SCHEDULE' });
    await expect(engine.schedule(channel, '0 9 * * *', 'Mars/Olympus')).rejects.toMatchObject({ code: 'BAD_SCHEDULE' });
  });

  it('right answers keep counting in the answer count shown on the question', async () => {
    const { engine, clock, chat, bank } = setup();
    await engine.here(channel);
    await tickUntil(engine, clock, '2026-01-05T09:00:00Z');
    const post = chat.questions()[0]!;
    await Promise.all(['U1', 'U2', 'U3'].map((id) => engine.answer(click(post, rightIndex(post, bank), person(id)))));
    await engine.flush();
    expect(chat.current(post.messageId)?.context).toBe('Closes 17:00 UTC · 3 answers so far');
    expect(chat.updates.length).toBeLessThanOrEqual(2);
  });
});
