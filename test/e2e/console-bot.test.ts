import { readFile } from 'node:fs/promises';
import { afterEach, describe, expect, it } from 'vitest';
import { ManualClock } from '../../src/schedule/clock.js';
import { ConsoleSession, rightLetter, tempStoreDir, wrongLetter } from './console-helpers.js';

// Monday 5 January 2026, before the default 09:00 UTC weekday question.
const monday = '2026-01-05T08:00:00Z';
const at = (day: number, time: string) => new Date(`2026-01-${String(5 + day).padStart(2, '0')}T${time}:00Z`);

const cleanups: Array<() => Promise<void>> = [];
afterEach(async () => {
  while (cleanups.length) await cleanups.pop()!();
});

async function startSession(clock: ManualClock, storePath?: string) {
  let path = storePath;
  if (!path) {
    const dir = await tempStoreDir();
    cleanups.push(dir.remove);
    path = dir.path;
  }
  const session = await ConsoleSession.start(path, clock);
  cleanups.push(() => session.stop());
  return { session, path };
}

describe('console mode: the whole bot in a terminal', () => {
  it('answers a lookup typed at the prompt', async () => {
    const { session } = await startSession(new ManualClock(monday));
    session.say('/limit lambda timeout');
    expect(await session.waitFor('Source:')).toContain('15 minutes (900 seconds)');
  });

  it('shows no question before 09:00 and posts it at 09:00; a letter answers it, a second letter is refused', async () => {
    const clock = new ManualClock(monday);
    const { session } = await startSession(clock);
    expect(session.all).not.toContain('Question of the day');

    clock.set(at(0, '09:00'));
    await session.tick();
    const question = await session.waitFor('Question of the day');
    expect(question).toMatch(/A\) .+\n\s+B\) .+\n\s+C\) .+\n\s+D\) /);

    session.say(rightLetter(question));
    expect(await session.waitFor('Recorded')).toContain('right!');
    session.say(wrongLetter(question));
    expect(await session.waitFor('already answered')).toContain('only your first answer counts');
  });

  it('runs a week of daily rounds: five questions, five reveals, points and a streak', async () => {
    const clock = new ManualClock(monday);
    const { session } = await startSession(clock);
    for (let day = 0; day < 7; day += 1) {
      clock.set(at(day, '09:00'));
      await session.tick();
      if (day >= 5) {
        expect(session.screen).not.toContain('Question of the day');
        continue;
      }
      const question = await session.waitFor('Question of the day');
      session.say(rightLetter(question));
      await session.waitFor('right!');
      clock.set(at(day, '17:00'));
      await session.tick();
      expect(await session.waitFor('Answer:')).toContain('1 of 1 got it right (100%)');
    }
    expect(session.all.match(/Question of the day/g)).toHaveLength(5);
    expect(session.all.match(/Answer: /g)).toHaveLength(5);

    session.say('/score');
    const score = await session.waitFor(/streak/i);
    // 5 right answers: 10 each, +3 for being first each day, streak bonus +1, +2, +3, +4 from the second day.
    expect(score).toContain('Points: 75');
    expect(score).toContain('Accuracy: 100% (5 of 5)');
    expect(score).toContain('Streak: 5 now, best 5');
    // Every answer right: no topic is weak, so none is listed.
    expect(score).not.toContain('Weakest topics');

    // One wrong practice answer: only that topic is listed, not the daily ones answered 100% right.
    session.say('/quiz');
    const practice = await session.waitFor(/Practice · (.+) \(/);
    const topic = /Practice · (.+) \(/.exec(practice)![1]!;
    session.say(wrongLetter(practice));
    await session.waitFor('Not quite');
    session.say('/score');
    const after = await session.waitFor(/streak/i);
    const [, right, answered] = new RegExp(`^Weakest topics: ${topic} \\((\\d+)/(\\d+)\\)$`, 'm').exec(after) ?? [];
    expect(Number(answered) - Number(right)).toBe(1);
  });

  it('keeps an open round across a restart: no second post, and it still closes on time', async () => {
    const clock = new ManualClock(at(0, '09:00'));
    const dir = await tempStoreDir();
    cleanups.push(dir.remove);
    const first = await ConsoleSession.start(dir.path, clock);
    const question = await first.waitFor('Question of the day');
    first.say(rightLetter(question));
    await first.waitFor('right!');
    await first.stop();

    clock.set(at(0, '11:00'));
    const second = await ConsoleSession.start(dir.path, clock);
    cleanups.push(() => second.stop());
    // Piped output is left as scripts know it (no welcome); a letter still finds the open question.
    expect(second.all).not.toContain('Question of the day');
    second.say(rightLetter(question));
    expect(await second.waitFor('already answered')).toContain(
      `You already answered ${rightLetter(question)}; only your first answer counts.`,
    );
    second.say('/daily');
    expect(await second.waitFor('Question of the day')).toContain(question.split('\n')[1]!);

    clock.set(at(0, '17:00'));
    await second.tick();
    expect(await second.waitFor('Answer:')).toContain('1 of 1 got it right');
    const stored = JSON.parse(await readFile(dir.path, 'utf8')) as { rounds: Record<string, { answers: unknown[] }> };
    expect(Object.values(stored.rounds).flatMap((r) => r.answers)).toHaveLength(1);
  });

  it('tells a late click that the question has closed and does not count it', async () => {
    const clock = new ManualClock(at(0, '09:00'));
    const { session } = await startSession(clock);
    const question = await session.waitFor('Question of the day');
    clock.set(at(0, '17:00'));
    await session.tick();
    await session.waitFor('Answer:');
    session.say(rightLetter(question));
    expect(await session.waitFor('closed')).toContain('not counted');
    session.say('/score');
    expect(await session.waitFor('Score')).toMatch(/no points/i);
  });

  it('answers the question of the day with /daily B after a practice question was shown', async () => {
    const { session } = await startSession(new ManualClock(at(0, '09:00')));
    const question = await session.waitFor('Question of the day');
    session.say('/quiz');
    await session.waitFor('Practice ·');
    session.say(`/daily ${rightLetter(question).toLowerCase()}`);
    expect(await session.waitFor('Recorded')).toContain(`✓ Recorded your answer ${rightLetter(question)}: right!`);
    session.say('daily');
    expect(await session.waitFor('Question of the day')).toContain('1 answer so far');
  });

  it('says when the next question comes when /daily finds none open, and /quit ends the chat', async () => {
    const { session } = await startSession(new ManualClock(monday));
    session.say('/daily');
    expect(await session.waitFor('next one')).toContain(
      'No question of the day is open now; the next one comes at 09:00 UTC (in 1 hour).',
    );
    session.say('/quit');
    await session.bot.done;
    expect(session.screen).not.toContain("I don't know");
  });

  it('explains what to type when a line is not a command or a choice', async () => {
    const { session } = await startSession(new ManualClock(monday));
    session.say('hello bot');
    expect(await session.waitFor('Type a command')).toContain('/help');
    session.say('/nonsense');
    expect(await session.waitFor(/\S/)).toMatch(/unknown|not a command|help/i);
  });
});
