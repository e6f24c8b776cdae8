import { describe, expect, it } from 'vitest';
import { channel, click, day, person, rightIndex, setup, switchableStore, tickUntil } from './engine-harness.js';

async function openFirstRound(options: Parameters<typeof setup>[0] = {}) {
  const quiz = setup(options);
  await quiz.engine.here(channel);
  await tickUntil(quiz.engine, quiz.clock, '2026-01-05T09:00:00Z');
  const post = quiz.chat.questions()[0]!;
  const right = rightIndex(post, quiz.bank);
  const wrong = (right + 1) % post.message.choices!.length;
  return { ...quiz, post, right, wrong };
}

const body = (replies: Array<{ message: { body: string } }>) => replies.map((r) => r.message.body).join('\n');

describe('answering a daily round', () => {
  it('tells each person privately whether they were right; the first three right get +3/+2/+1', async () => {
    const { engine, post, right, wrong, clock } = await openFirstRound();
    const texts: string[] = [];
    for (const [id, index] of [
      ['U1', right],
      ['U2', wrong],
      ['U3', right],
      ['U4', right],
      ['U5', right],
    ] as const) {
      clock.advance(1000);
      const replies = await engine.answer(click(post, index, person(id)));
      expect(replies.every((r) => r.visibility === 'private')).toBe(true);
      texts.push(body(replies));
    }
    expect(texts[0]).toContain('right! +13 points (10, +3 for being among the first)');
    expect(texts[1]).toContain('not right this time. The answer is revealed at 17:00 UTC.');
    expect(texts[2]).toContain('+12 points');
    expect(texts[3]).toContain('+11 points');
    expect(texts[4]).toMatch(/right! \+10 points\.$/);
  });

  it('counts only the first click; a second click is refused privately and changes nothing', async () => {
    const { engine, post, right, wrong, store } = await openFirstRound();
    await engine.answer(click(post, wrong, person('U1')));
    const again = await engine.answer(click(post, right, person('U1')));
    expect(body(again)).toMatch(/^You already answered [A-D]; only your first answer counts\.$/);
    const round = Object.values(store.data.rounds)[0]!;
    expect(round.answers).toHaveLength(1);
    expect(round.answers[0]!.correct).toBe(false);
  });

  it('two clicks of one person arriving together count once', async () => {
    const { engine, post, right, wrong, store } = await openFirstRound();
    await Promise.all([
      engine.answer(click(post, right, person('U1'))),
      engine.answer(click(post, wrong, person('U1'))),
    ]);
    expect(Object.values(store.data.rounds)[0]!.answers).toHaveLength(1);
  });

  it('refuses a click after the close without counting it', async () => {
    const { engine, post, right, clock, store } = await openFirstRound();
    await tickUntil(engine, clock, '2026-01-05T17:00:00Z');
    const late = await engine.answer(click(post, right, person('U9')));
    expect(body(late)).toBe(
      'This question closed at 17:00 UTC; your click was not counted. The answer is in the channel.',
    );
    expect(Object.values(store.data.rounds)[0]!.answers).toHaveLength(0);
  });

  it('the same person in another workspace is another person', async () => {
    const { engine, post, right, store } = await openFirstRound();
    await engine.answer(click(post, right, person('U1')));
    const other = await engine.answer({
      ...click(post, right, person('U1', 'U1', 'T2')),
      channel: { ...channel, workspace: 'T2' },
    });
    expect(body(other)).toBe('That question is no longer open.');
    expect(Object.values(store.data.rounds)[0]!.answers).toHaveLength(1);
  });

  it('with feedback at close, says only that the answer is recorded', async () => {
    const { engine, post, right } = await openFirstRound({ settings: { revealFeedbackAtClose: true } });
    const replies = await engine.answer(click(post, right, person('U1')));
    expect(body(replies)).toMatch(
      /^✓ Recorded your answer [A-D]\. You will see whether it was right when the question closes at 17:00 UTC\.$/,
    );
  });

  it('when the store cannot save the answer: takes it back, says so, and a later click counts', async () => {
    const store = switchableStore();
    const { engine, post, right } = await openFirstRound({ store });
    store.failing = true;
    const refused = await engine.answer(click(post, right, person('U1')));
    expect(body(refused)).toBe('Sorry, your answer could not be saved. Please try again in a moment.');
    expect(Object.values(store.data.rounds)[0]!.answers).toHaveLength(0);
    store.failing = false;
    const accepted = await engine.answer(click(post, right, person('U1')));
    expect(body(accepted)).toContain('✓ Recorded');
    expect(Object.values(store.data.rounds)[0]!.answers).toHaveLength(1);
  });

  it('rejects a button that is not ours', async () => {
    const { engine } = await openFirstRound();
    const replies = await engine.answer({ type: 'choice', choiceId: 'zzz', user: person('U1'), channel });
    expect(body(replies)).toBe('That button no longer works.');
  });
});

describe('streaks, scores and leaderboards', () => {
  /** Ada answers right every weekday of the week; Bo right Monday, wrong Tuesday, right after. */
  async function playWeek() {
    const quiz = setup();
    await quiz.engine.here(channel);
    const ada = person('U1', 'Ada');
    const bo = person('U2', 'Bo');
    for (let d = 0; d < 5; d++) {
      await tickUntil(quiz.engine, quiz.clock, new Date(Date.parse('2026-01-05T09:00:00Z') + d * day).toISOString());
      const post = quiz.chat.questions()[d]!;
      const right = rightIndex(post, quiz.bank);
      quiz.clock.advance(1000);
      await quiz.engine.answer(click(post, right, ada));
      quiz.clock.advance(1000);
      await quiz.engine.answer(click(post, d === 1 ? (right + 1) % 4 : right, bo));
    }
    await tickUntil(quiz.engine, quiz.clock, '2026-01-09T17:00:00Z');
    return { ...quiz, ada, bo };
  }

  it('adds a streak bonus for consecutive right days, capped at +5 via the score report', async () => {
    const { engine, ada } = await playWeek();
    // Ada: 13, 14, 15, 16, 17 = 75.  Bo: 12, 0, 12, 13, 14 = 51.
    const adaScore = (await engine.score(ada, channel))[0]!.message;
    expect(adaScore.fields).toEqual([
      { label: 'Points', value: '75' },
      { label: 'Rank', value: '1 of 2' },
      { label: 'Accuracy', value: '100% (5 of 5)' },
      { label: 'Streak', value: '5 now, best 5' },
    ]); // all five right: no weakest topics
    const boScore = (await engine.score(ada, channel, '@bo'))[0]!.message;
    expect(boScore.title).toBe('Score · Bo · season 1');
    expect(boScore.fields?.slice(0, 4).map((f) => f.value)).toEqual(['51', '2 of 2', '80% (4 of 5)', '3 now, best 3']);
  });

  it('names the three weakest topics', async () => {
    const { engine, bo, store } = await playWeek();
    const fields = (await engine.score(bo, channel))[0]!.message.fields!;
    const weakest = fields.find((f) => f.label === 'Weakest topics')!.value.split(', ');
    expect(weakest.length).toBeLessThanOrEqual(3);
    // Bo missed only Tuesday's question: its topic is the weakest, with one miss.
    const tuesday = Object.values(store.data.rounds).find((r) => r.seq === 2)!;
    const [, correct, answered] = /^(?:.*) \((\d+)\/(\d+)\)$/.exec(weakest[0]!)!;
    expect(weakest[0]!.startsWith(`${tuesday.topic} (`)).toBe(true);
    expect(Number(answered) - Number(correct)).toBe(1);
  });

  it('ranks the week, the month and the season, and shows the caller outside the top ten', async () => {
    const { engine, clock, chat, bank, ada, bo } = await playWeek();
    // Next Monday, twelve newcomers all beat Bo.
    await tickUntil(engine, clock, '2026-01-12T09:00:00Z');
    const post = chat.questions()[5]!;
    for (let i = 0; i < 12; i++) {
      clock.advance(1000);
      await engine.answer(click(post, rightIndex(post, bank), person(`N${String(i).padStart(2, '0')}`, `New ${i}`)));
    }
    const week = (await engine.leaderboard(ada, channel, 'week'))[0]!.message;
    expect(week.title).toBe('Leaderboard · this week · season 1');
    expect(week.body.split('\n').slice(0, 3)).toEqual(['1. New 0 · 13', '2. New 1 · 12', '3. New 2 · 11']);
    expect(week.body).not.toContain('Ada');
    expect(week.context).toBe('12 ranked');
    const month = (await engine.leaderboard(bo, channel, 'month'))[0]!.message;
    const lines = month.body.split('\n');
    expect(lines[0]).toBe('1. Ada · 75');
    expect(lines[1]).toBe('2. Bo (you) · 51');
    expect(lines[2]).toBe('3. New 0 · 13');
    expect(lines).toHaveLength(10);
    const newest = (await engine.leaderboard(person('N11'), channel, 'all'))[0]!.message.body.split('\n');
    expect(newest.slice(-2)).toEqual(['…', '14. New 11 (you) · 10']);
    expect((await engine.leaderboard(ada, channel, 'all'))[0]!.message.context).toBe('14 ranked');
  });

  it('a season reset starts everyone from zero and keeps the old season in the store', async () => {
    const { engine, ada, store } = await playWeek();
    const [asked] = await engine.seasonReset(ada, channel, false);
    expect(asked!.visibility).toBe('private');
    expect((await engine.score(ada, channel))[0]!.message.body).toBe('You have 75 points this season.');
    const replies = await engine.seasonReset(ada, channel, true);
    expect(replies[0]!.message.body).toBe(
      "Season 2 starts now: points, ranks and streaks start from zero. Season 1's results are kept.",
    );
    expect((await engine.score(ada, channel))[0]!.message.body).toBe('You have no points yet this season.');
    expect((await engine.leaderboard(ada, channel, 'all'))[0]!.message.title).toBe(
      'Leaderboard · this season · season 2',
    );
    expect(store.data.scores['slack:T1#1']!.totals.U1![0]).toBe(75);
    // The old season stays readable: /leaderboard season 1 shows it whole.
    const [old] = await engine.leaderboard(ada, channel, 'all', 1);
    expect(old!.message.title).toBe('Leaderboard · season 1 (ended)');
    expect(old!.message.body.split('\n')[0]).toBe('1. Ada (you) · 75');
    await expect(engine.leaderboard(ada, channel, 'all', 3)).rejects.toMatchObject({
      code: 'UNKNOWN_SEASON',
      message: 'There is no season 3 yet: this is season 2.',
    });
  });

  it('says who it does not know', async () => {
    const { engine, ada } = await playWeek();
    await expect(engine.score(ada, channel, '@nobody')).rejects.toMatchObject({
      code: 'UNKNOWN_PERSON',
      message: 'I have no scores for "@nobody" here. They need to answer a daily question first.',
    });
  });
});
