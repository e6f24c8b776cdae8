import { copyFile, mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { ManualClock } from '../../src/schedule/clock.js';
import bank from '../fixtures/console-bank/bank.json' with { type: 'json' };
import { bankDir, ConsoleSession, rightLetter } from './console-helpers.js';

/**
 * Curation in the terminal chat: the whole bot (runBot, real file store) with piped streams. The
 * person at the terminal runs the bot, so they are its admin: their one flag retires.
 */

const cleanups: Array<() => Promise<void>> = [];
afterEach(async () => {
  while (cleanups.length) await cleanups.pop()!();
});

async function start(retiredYaml?: string) {
  const dir = await mkdtemp(join(tmpdir(), 'prepbot-console-curation-'));
  cleanups.push(() => rm(dir, { recursive: true, force: true }));
  const questions = join(dir, 'questions');
  await mkdir(questions);
  await copyFile(join(bankDir, 'bank.json'), join(questions, 'bank.json'));
  if (retiredYaml) await writeFile(join(questions, 'retired.yaml'), retiredYaml);
  const clock = new ManualClock('2026-01-05T08:00:00Z');
  const session = await ConsoleSession.start(join(dir, 'prepbot.json'), clock, { QUESTIONS_DIR: questions });
  cleanups.push(() => session.stop());
  return { session, clock };
}

const idOf = (text: string) => bank.questions.find((q) => text.includes(q.stem))!.id;

describe('curating the bank from the terminal', () => {
  it('/flag after a reveal asks why, retires at once (admin), refuses a second flag; /prepbot flags and restore', async () => {
    const { session, clock } = await start();
    session.say('/flag wrong');
    expect(await session.waitFor('nothing to flag')).toContain(
      '/flag works right after a revealed question or a practice answer',
    );

    clock.set('2026-01-05T09:00:00Z');
    await session.tick();
    const posted = await session.waitFor('Question of the day');
    const id = idOf(posted);
    session.say(rightLetter(posted));
    await session.waitFor('Recorded');
    clock.set('2026-01-05T17:00:00Z');
    await session.tick();
    expect(await session.waitFor('Flag this question: /flag wrong | unclear | easy | useless')).toContain('Answer:');

    session.say('/flag');
    const asking = await session.waitFor('one flag per person per question');
    expect(asking).toMatch(
      /Flag this question: why\?[\s\S]*A\) wrong answer\n\s+B\) unclear\n\s+C\) too easy\n\s+D\) not useful/,
    );
    session.say('b');
    expect(await session.waitFor('retired here')).toContain(
      'Flagged as unclear and retired here, since you are an admin',
    );

    session.say('/flag wrong');
    expect(await session.waitFor('already flagged')).toContain(
      'You already flagged this question (unclear); one flag per person.',
    );

    session.say('/prepbot flags');
    expect(await session.waitFor('Retired here:')).toMatch(
      new RegExp(
        `• ${id} [^\\n]*\\n {2}retired by an admin · 1 flag: unclear ×1 · 1 answered · 100% right · too few answers for a verdict`,
      ),
    );

    // Never asked again here: three more days over the three questions left.
    for (const day of ['06', '07', '08']) {
      clock.set(`2026-01-${day}T09:00:00Z`);
      await session.tick();
      expect(idOf(await session.waitFor('Question of the day'))).not.toBe(id);
      clock.set(`2026-01-${day}T17:00:00Z`);
      await session.tick();
    }

    session.say(`/prepbot restore ${id}`);
    expect(await session.waitFor('Restored')).toContain('It can be asked here again.');
    session.say(`/prepbot retire ${id}`);
    expect(await session.waitFor('Retired')).toContain(`/prepbot restore ${id} brings it back`);
  });

  it('/flag with a reason right after a practice answer; retired.yaml keeps a question out of practice and the daily round', async () => {
    const [kept, ...others] = bank.questions;
    const yaml = `retired:\n${others.map((q) => `  - id: ${q.id}\n    reason: outdated\n    date: 2026-01-01\n`).join('')}`;
    const { session, clock } = await start(yaml);
    session.say('/quiz');
    const practice = await session.waitFor('Practice');
    expect(idOf(practice)).toBe(kept!.id);
    session.say(rightLetter(practice));
    expect(await session.waitFor('Flag this question: /flag')).toContain('/quiz for another');
    session.say('/flag too easy');
    expect(await session.waitFor('retired here')).toContain('Flagged as too easy');
    session.say('/quiz');
    expect(await session.waitFor('Every question is retired here')).toContain('/prepbot restore <id>');
    clock.set('2026-01-05T09:00:00Z');
    await session.tick();
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(session.screen).not.toContain('Question of the day');
  });
});
