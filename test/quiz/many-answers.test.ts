import { describe, expect, it } from 'vitest';
import { channel, click, person, rightIndex, setup, tickUntil } from './engine-harness.js';

describe('a busy round', () => {
  it('takes 5,000 clicks arriving together (each person twice): one answer each, three speed bonuses', async () => {
    const { engine, clock, chat, bank, store } = setup();
    await engine.here(channel);
    await tickUntil(engine, clock, '2026-01-05T09:00:00Z');
    const post = chat.questions()[0]!;
    const right = rightIndex(post, bank);
    const clicks = Array.from({ length: 5000 }, (_, i) =>
      click(post, i % 2 === 0 ? right : (right + 1) % 4, person(`U${i % 2500}`)),
    );
    const started = performance.now();
    const replies = await Promise.all(clicks.map((c) => engine.answer(c)));
    const elapsed = performance.now() - started;
    const round = Object.values(store.data.rounds)[0]!;
    expect(round.answers).toHaveLength(2500);
    expect(new Set(round.answers.map((a) => a.user)).size).toBe(2500);
    expect(round.answers.filter((a) => a.points > 10).map((a) => a.points)).toEqual([13, 12, 11]);
    expect(replies.filter((r) => r[0]!.message.body.startsWith('You already answered'))).toHaveLength(2500);
    await engine.flush();
    expect(chat.current(post.messageId)?.context).toBe('Closes 17:00 UTC · 2500 answers so far');
    // Linear, not quadratic: well under a millisecond per click even on a busy machine.
    expect(elapsed / clicks.length).toBeLessThan(2);
  });
});
