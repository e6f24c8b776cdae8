import { Writable } from 'node:stream';
import { pino } from 'pino';
import { describe, expect, it } from 'vitest';
import { createCommandRouter } from '../../src/chat/command-router.js';
import type { Inbound, Message, UserRef } from '../../src/chat/message.js';
import type { FactDesk } from '../../src/lookup/fact-desk.js';
import { channel, click, person, setup, tickUntil } from '../quiz/engine-harness.js';

/** A fact desk that answers with what it was asked (the real one is tested in test/lookup). */
class EchoDesk implements FactDesk {
  readonly asked: string[] = [];
  limit(query: string): Message {
    this.asked.push(`limit:${query}`);
    return { body: `limit for ${query}` };
  }
  define(query: string): Message {
    this.asked.push(`define:${query}`);
    return { body: `definition of ${query}` };
  }
  complete(): string[] {
    return [];
  }
}

function build(options: { admins?: string[]; desk?: FactDesk; logLevel?: 'error' | 'warn' } = {}) {
  const quiz = setup({ settings: { admins: options.admins ?? [] } });
  const lines: string[] = [];
  const logger = pino(
    { level: options.logLevel ?? 'error' },
    new Writable({ write: (chunk, _enc, done) => void (lines.push(String(chunk)), done()) }),
  );
  const desk = options.desk ?? new EchoDesk();
  const handle = createCommandRouter({ quiz: quiz.engine, factDesk: desk, logger });
  const command = (text: string, user: UserRef = person('U1', 'Ada')) => {
    const [, name = '', rest = ''] = /^\/(\S*)\s*([\s\S]*)$/.exec(text)!;
    return handle({ type: 'command', command: name, text: rest, user, channel });
  };
  return { ...quiz, handle, command, desk, lines };
}

const bodyOf = async (replies: Promise<Array<{ visibility: string; message: Message }>>) =>
  (await replies).map((r) => r.message.body).join('\n');

describe('command router', () => {
  it('/help lists the commands privately', async () => {
    const { command } = build();
    const [reply] = await command('/help');
    expect(reply!.visibility).toBe('private');
    expect(reply!.message.body).toContain('/quiz [topic]');
    expect(reply!.message.body).toContain('/leaderboard [week|month|all]');
  });

  it('/limit and /define go to the fact desk with the words typed', async () => {
    const { command, desk } = build();
    expect(await bodyOf(command('/limit  lambda   timeout'))).toBe('limit for lambda timeout');
    expect(await bodyOf(command('/define EventBridge'))).toBe('definition of EventBridge');
    expect((desk as EchoDesk).asked).toEqual(['limit:lambda timeout', 'define:EventBridge']);
    expect(await bodyOf(command('/limit'))).toBe(
      'What should I look up? Usage: /limit <words> — look up a number from the notes, e.g. /limit lambda timeout',
    );
  });

  it('/quiz gives a practice question; a click on it is graded', async () => {
    const { command, handle } = build();
    const [shown] = await command('/quiz S3');
    expect(shown!.message.title).toMatch(/^Practice · S3/);
    const click: Inbound = {
      type: 'choice',
      choiceId: shown!.message.choices![0]!.id,
      user: person('U1', 'Ada'),
      channel,
    };
    const [graded] = await handle(click);
    expect(graded!.message.title).toMatch(/^(Right|Not quite)/);
    expect(await bodyOf(command('/quiz Kinesis'))).toBe(
      'No questions on "Kinesis". Topics: DynamoDB, Lambda, S3, SQS.',
    );
  });

  it('/score and /leaderboard report, and refuse a period that does not exist', async () => {
    const { command } = build();
    expect(await bodyOf(command('/score'))).toBe('You have no points yet this season.');
    expect(await bodyOf(command('/leaderboard month'))).toBe(
      'No points yet this month. Answer the daily question to get on the board.',
    );
    expect(await bodyOf(command('/leaderboard forever'))).toBe(
      '"forever" is not a period. Usage: /leaderboard [week|month|all] [season N] — the top ten (default: the whole season; an earlier season by its number)',
    );
  });

  it('refuses /prepbot to people who are not admins, and changes nothing', async () => {
    const { command, store } = build();
    expect(await bodyOf(command('/prepbot here'))).toBe('Only workspace admins can change how prepbot posts here.');
    expect(await bodyOf(command('/prepbot season reset'))).toBe(
      'Only workspace admins can change how prepbot posts here.',
    );
    expect(store.data.channels).toEqual({});
  });

  it('lets platform admins and listed admins run /prepbot', async () => {
    const { command, chat, store, clock, engine } = build({ admins: ['U7'] });
    chat.admins.add('U1');
    const [set] = await command('/prepbot here');
    expect(set!.visibility).toBe('channel');
    expect(set!.message.body).toBe(
      'prepbot will post a question here on the schedule 0 9 * * 1-5 (UTC). Next question: 09:00 UTC.',
    );
    const [scheduled] = await command('/prepbot schedule 30 8 * * 1-5 Europe/Berlin', person('U7', 'Root'));
    expect(scheduled!.message.body).toBe('New schedule: 30 8 * * 1-5 (Europe/Berlin). Next question: Tue 08:30 CET.');
    expect(store.data.channels['slack:T1:C1']).toMatchObject({ cron: '30 8 * * 1-5', timezone: 'Europe/Berlin' });
    expect(await bodyOf(command('/prepbot schedule 99 9 * * *'))).toMatch(/^That schedule does not work: /);
    expect(await bodyOf(command('/prepbot pause'))).toBe(
      'Daily questions are paused here. /prepbot resume brings them back.',
    );
    expect(await bodyOf(command('/prepbot resume'))).toMatch(/^Daily questions are back\. Next question: /);
    expect(await bodyOf(command('/prepbot next'))).toMatch(/^Posted a new question\. It closes at /);
    await tickUntil(engine, clock, '2026-01-05T09:00:00Z');
    expect(chat.questions()).toHaveLength(1);
  });

  it('hands round clicks to the quiz', async () => {
    const { command, handle, chat } = build({ admins: ['U1'] });
    await command('/prepbot here');
    await command('/prepbot next');
    const replies = await handle(click(chat.questions()[0]!, 0, person('U2', 'Bo')));
    expect(replies[0]!.message.body).toMatch(/^✓ Recorded your answer A/);
  });

  it.each([
    ['/quiz ' + 'A'.repeat(10_000)],
    ['/' + 'x'.repeat(10_000)],
    ['/limit \u0000\u0007\u001b[31m lambda \u202e timeout'],
    ['/score @everyone'],
    ['/score <!channel>'],
    ['/define 🦄🦄🦄 \u05e9\u05dc\u05d5\u05dd'],
    ['/prepbot schedule <!channel> @everyone'],
    ['/leaderboard \u202eweek'],
  ])('answers hostile input %# with a short reply and no crash', async (text) => {
    const { command, lines } = build();
    const replies = await command(text.slice(0, 12_000));
    expect(replies).toHaveLength(1);
    expect(replies[0]!.visibility).toBe('private');
    const body = replies[0]!.message.body;
    expect(body.length).toBeLessThan(300);
    expect(body).not.toMatch(/[\u0000-\u0008\u001b\u202e]/);
    expect(lines).toEqual([]);
  });

  it('logs an unexpected failure with its stack and gives the person a short apology', async () => {
    const broken: FactDesk = {
      limit: () => {
        throw new TypeError('index not built');
      },
      define: () => ({ body: '' }),
      complete: () => [],
    };
    const { command, lines } = build({ desk: broken });
    expect(await bodyOf(command('/limit lambda'))).toBe(
      'Sorry, something went wrong on my side. It has been logged; please try again in a moment.',
    );
    expect(lines).toHaveLength(1);
    const logged = JSON.parse(lines[0]!);
    expect(logged.msg).toBe('handling an inbound event failed');
    expect(logged.err.stack).toContain('TypeError: index not built');
    expect(logged.event).toMatchObject({ type: 'command', command: 'limit' });
  });

  it('when the store cannot save, /quiz and an admin command say so and ask to try again; a warning is logged, not a program error', async () => {
    const { command, store, lines } = build({ admins: ['U1'], logLevel: 'warn' });
    store.failing = true;
    const couldNotSave =
      'Sorry, that could not be saved just now (prepbot cannot write its data file). Please try again in a moment.';
    expect(await bodyOf(command('/quiz S3'))).toBe(couldNotSave);
    expect(await bodyOf(command('/prepbot here'))).toBe(couldNotSave);
    const logged = lines.map((line) => JSON.parse(line));
    expect(logged.map((entry) => [entry.level, entry.msg, entry.code, entry.event.command])).toEqual([
      [40, 'a change could not be saved; the person was asked to try again', 'STORE_WRITE_FAILED', 'quiz'],
      [40, 'a change could not be saved; the person was asked to try again', 'STORE_WRITE_FAILED', 'prepbot'],
    ]);
    expect(logged.some((entry) => entry.err?.stack)).toBe(false);
    // Once the disk takes writes again, the same commands work.
    store.failing = false;
    expect((await command('/quiz S3'))[0]!.message.title).toMatch(/^Practice · S3/);
  });
});
