import { describe, expect, it } from 'vitest';
import { chooseQuestion, type ChannelHistory } from '../../src/quiz/choose-question.js';
import { makeBank } from './sample-bank.js';

const bank = makeBank(['Lambda', 'S3', 'DynamoDB', 'SQS'], 5);
const empty: ChannelHistory = { asked: [], seen: [], topics: {}, recentTopics: [] };

/** Runs the chooser like a channel would, `rounds` times, feeding its own history back. */
function simulate(rounds: number, start: ChannelHistory = empty, seed = 'chan') {
  let history = { ...start, asked: [...start.asked], seen: [...start.seen], recentTopics: [...start.recentTopics] };
  const picks = [];
  for (let i = 0; i < rounds; i++) {
    const choice = chooseQuestion(bank, history, `${seed}:${i}`)!;
    const asked = choice.newPass ? [] : history.asked;
    history = {
      ...history,
      asked: [...asked, choice.question.id],
      seen: [...new Set([...history.seen, choice.question.id])],
      recentTopics: [...history.recentTopics, choice.question.topic],
    };
    picks.push(choice);
  }
  return picks;
}

describe('chooseQuestion', () => {
  it('asks every question once before any repeats', () => {
    const picks = simulate(bank.length);
    expect(new Set(picks.map((p) => p.question.id)).size).toBe(bank.length);
    expect(picks.every((p) => !p.newPass)).toBe(true);
  });

  it('starts a new pass once the bank is used up, without repeating the last question straight away', () => {
    const picks = simulate(bank.length + 1);
    expect(picks[bank.length]!.newPass).toBe(true);
    expect(picks[bank.length]!.question.id).not.toBe(picks[bank.length - 1]!.question.id);
  });

  it('is deterministic for the same inputs and seed, and varies with the seed', () => {
    const a = simulate(10).map((p) => p.question.id);
    expect(simulate(10).map((p) => p.question.id)).toEqual(a);
    const others = ['x', 'y', 'z'].map((seed) =>
      simulate(10, empty, seed)
        .map((p) => p.question.id)
        .join(),
    );
    expect(others.some((o) => o !== a.join())).toBe(true);
  });

  it('spreads topics: rarely the same topic twice in a row', () => {
    const picks = simulate(bank.length);
    const repeats = picks.filter((p, i) => i > 0 && picks[i - 1]!.question.topic === p.question.topic).length;
    expect(repeats).toBeLessThanOrEqual(3);
  });

  it('prefers the topic the channel gets wrong most', () => {
    const history: ChannelHistory = {
      ...empty,
      topics: { Lambda: [20, 20], S3: [20, 2], DynamoDB: [20, 20], SQS: [20, 20] },
    };
    const topics = Array.from({ length: 200 }, (_, i) => chooseQuestion(bank, history, `w${i}`)!.question.topic);
    const s3 = topics.filter((t) => t === 'S3').length;
    expect(s3).toBeGreaterThan(100);
  });

  it('prefers questions nobody in the channel has seen', () => {
    const seen = bank.filter((q) => !q.id.endsWith('-5')).map((q) => q.id);
    const picks = Array.from({ length: 200 }, (_, i) => chooseQuestion(bank, { ...empty, seen }, `n${i}`)!.question.id);
    expect(picks.filter((id) => id.endsWith('-5')).length).toBeGreaterThan(80);
  });

  it('returns nothing for an empty bank and the only question for a bank of one', () => {
    expect(chooseQuestion([], empty, 's')).toBeUndefined();
    const one = bank.slice(0, 1);
    expect(chooseQuestion(one, { ...empty, asked: [one[0]!.id] }, 's')).toMatchObject({
      question: one[0],
      newPass: true,
    });
  });
});

describe('chooseQuestion and question quality', () => {
  it('prefers questions the generator scored higher', () => {
    // Two otherwise equal halves of one topic: the better half is drawn far more often as the first question.
    const scored = makeBank(['Lambda'], 20).map((q, i) => ({ ...q, quality: i % 2 === 0 ? 0.95 : 0.2 }));
    let good = 0;
    for (let i = 0; i < 300; i += 1)
      if ((chooseQuestion(scored, empty, `day:${i}`)!.question.quality ?? 0) > 0.5) good += 1;
    expect(good).toBeGreaterThan(200);
  });

  // Four topics, five questions each, of qualities 0.2 … 0.6 (the fifth of each topic the best).
  const graded = makeBank(['Lambda', 'S3', 'DynamoDB', 'SQS'], 5).map((q) => ({
    ...q,
    quality: Number(q.id.slice(-1)) / 10 + 0.1,
  }));

  it('asks the best unasked question first and the weakest last, over a whole pass', () => {
    for (const seed of ['a', 'b', 'c']) {
      let history = empty;
      const qualities: number[] = [];
      for (let i = 0; i < graded.length; i++) {
        const { question } = chooseQuestion(graded, history, `${seed}:${i}`)!;
        qualities.push(question.quality!);
        history = {
          ...history,
          asked: [...history.asked, question.id],
          seen: [...history.seen, question.id],
          recentTopics: [...history.recentTopics, question.topic],
        };
      }
      // Round by round the quality never rises: each tier of four (one per topic) before the next.
      expect(qualities).toEqual([...qualities].sort((x, y) => y - x));
      expect(qualities.slice(0, 4)).toEqual([0.6, 0.6, 0.6, 0.6]);
    }
  });

  it('puts variety of topic before quality: the best questions, all of one topic, are not asked back to back', () => {
    const oneTopicBest = graded.map((q) => ({ ...q, quality: q.topic === 'Lambda' ? 0.8 : 0.3 }));
    let history = empty;
    const topics: string[] = [];
    for (let i = 0; i < 8; i++) {
      const { question } = chooseQuestion(oneTopicBest, history, `v:${i}`)!;
      topics.push(question.topic);
      history = {
        ...history,
        asked: [...history.asked, question.id],
        recentTopics: [...history.recentTopics, question.topic],
      };
    }
    expect(topics[0]).toBe('Lambda');
    expect(topics.filter((t, i) => i > 0 && topics[i - 1] === t)).toEqual([]);
    // Lambda comes back as soon as three other topics have had their turn.
    expect(topics.slice(0, 8).filter((t) => t === 'Lambda')).toHaveLength(2);
  });

  it('asks a hand-written question (no score) before generated ones', () => {
    const mixed = [...graded.slice(0, 4), makeBank(['Kinesis'], 1)[0]!];
    expect(mixed.at(-1)!.quality).toBeUndefined();
    for (const seed of ['x', 'y', 'z']) expect(chooseQuestion(mixed, empty, seed)!.question.topic).toBe('Kinesis');
  });
});
