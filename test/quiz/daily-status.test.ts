import { describe, expect, it } from 'vitest';
import { channel, click, person, setup, tickUntil } from './engine-harness.js';

describe('the daily status of a channel', () => {
  it('is not enabled for a channel never set up', () => {
    const { engine } = setup();
    expect(engine.daily(channel)).toEqual({ enabled: false, paused: false });
  });

  it('before the first question: none open, the next one at 09:00 today', async () => {
    const { engine } = setup();
    await engine.here(channel);
    expect(engine.daily(channel)).toEqual({ enabled: true, paused: false, next: '09:00 UTC (in 1 hour)' });
  });

  it("while a round is open: the question as posted, with the current count and the asker's answer", async () => {
    const { engine, clock, chat } = setup();
    await engine.here(channel);
    await tickUntil(engine, clock, '2026-01-05T09:00:00Z');
    const post = chat.questions()[0]!;
    await engine.answer(click(post, 2, person('U1')));
    const status = engine.daily(channel, person('U1'));
    expect(status.open?.body).toBe(post.message.body);
    expect(status.open?.choices).toEqual(post.message.choices);
    expect(status.open?.context).toBe('Closes 17:00 UTC · 1 answer so far');
    expect(status.answered).toBe('C');
    expect(status.next).toBe('Tue 09:00 UTC (in 24 hours)');
    expect(engine.daily(channel, person('U2')).answered).toBeUndefined();
  });

  it('after the close: nothing open, the next weekday named (Friday → Monday)', async () => {
    const { engine, clock } = setup({ start: '2026-01-09T08:00:00Z' });
    await engine.here(channel);
    await tickUntil(engine, clock, '2026-01-09T17:00:00Z');
    const status = engine.daily(channel);
    expect(status.open).toBeUndefined();
    expect(status.next).toBe('Mon 09:00 UTC (in 3 days)');
  });

  it('while paused: no next time', async () => {
    const { engine } = setup();
    await engine.here(channel);
    await engine.pause(channel);
    expect(engine.daily(channel)).toEqual({ enabled: true, paused: true });
  });
});
