import { afterEach, describe, expect, it } from 'vitest';
import { ManualClock } from '../../src/schedule/clock.js';
import { ConsoleSession, rightLetter, tempStoreDir } from './console-helpers.js';

const cleanups: Array<() => Promise<void>> = [];
afterEach(async () => {
  while (cleanups.length) await cleanups.pop()!();
});

async function sessionWithPoints(clock: ManualClock): Promise<ConsoleSession> {
  const dir = await tempStoreDir();
  cleanups.push(dir.remove);
  const session = await ConsoleSession.start(dir.path, clock);
  cleanups.push(() => session.stop());
  // Monday 5 January 2026: the default weekday schedule posts at 09:00 UTC.
  clock.set('2026-01-05T09:00:00Z');
  await session.tick();
  const question = await session.waitFor('Question of the day');
  session.say(rightLetter(question));
  await session.waitFor('right!');
  return session;
}

describe('/prepbot season reset in the terminal chat asks before it starts a new season', () => {
  it('typed twice in a row it only asks; confirm starts season 2; confirm again changes nothing', async () => {
    const clock = new ManualClock('2026-01-05T08:00:00Z');
    const session = await sessionWithPoints(clock);

    session.say('/prepbot season reset');
    expect(await session.waitFor('within a minute')).toContain(
      'To go ahead, run /prepbot season reset confirm within a minute.',
    );
    session.say('/prepbot season reset');
    await session.waitFor('within a minute');
    session.say('/score');
    expect(await session.waitFor('Points:')).toContain('season 1');

    session.say('/prepbot season reset confirm');
    expect(await session.waitFor('starts now')).toContain(
      "Season 2 starts now: points, ranks and streaks start from zero. Season 1's results are kept.",
    );
    session.say('/prepbot season reset confirm');
    expect(await session.waitFor('Nothing to confirm')).toContain('Nothing to confirm: season 2 goes on.');
    session.say('/leaderboard');
    expect(await session.waitFor('season 2')).toContain('No points yet this season.');
  });

  it('a confirmation more than a minute after asking changes nothing', async () => {
    const clock = new ManualClock('2026-01-05T08:00:00Z');
    const session = await sessionWithPoints(clock);
    session.say('/prepbot season reset');
    await session.waitFor('within a minute');
    clock.advance(61_000);
    session.say('/prepbot season reset confirm');
    expect(await session.waitFor('nothing changed')).toContain(
      'more than a minute after /prepbot season reset, so nothing changed: season 1 goes on.',
    );
    session.say('/score');
    expect(await session.waitFor('Points:')).toMatch(/season 1[\s\S]*Points: 1\d/);
  });
});
