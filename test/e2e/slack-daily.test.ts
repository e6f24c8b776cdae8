import { fileURLToPath } from 'node:url';
import { pino } from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { SlackAdapter } from '../../src/adapters/slack/slack-adapter.js';
import { createCommandRouter } from '../../src/chat/command-router.js';
import { loadNotes } from '../../src/knowledge/load-notes.js';
import { buildFactDesk } from '../../src/lookup/build-fact-desk.js';
import { questionSchema, type Question } from '../../src/questions/question-schema.js';
import type { QuizEngine } from '../../src/quiz/quiz-engine.js';
import { initialQuizState, type QuizState } from '../../src/quiz/state-schema.js';
import { ManualClock } from '../../src/schedule/clock.js';
import { createMemoryStore, type MemoryStore } from '../../src/store/memory-store.js';
import type { FakeSlack } from '../fakes/slack/fake-slack.js';
import { fakeChannel } from '../fakes/slack/slack-payloads.js';
import { startSlackQuizBot } from './slack-quiz-bot.js';

/**
 * The whole daily round in Slack: the real adapter (bolt over Socket Mode against the fake Slack), the
 * real command router, quiz engine, memory store and fact desk over the shipped notes; only the clock
 * is manual.
 */

const logger = pino({ level: 'silent' });
const users = [
  { id: 'UADA', displayName: 'Ada', isAdmin: true },
  { id: 'UBOB', displayName: 'Bob' },
  { id: 'UCAT', realName: 'Cat Stevens' },
];

function question(id: string, topic: string, stem: string, choices: string[], answer: number): Question {
  return questionSchema.parse({
    id,
    kind: 'custom',
    topic,
    stem,
    choices,
    answer,
    explanation: `Because the notes say so (${id}).`,
    source: { file: 'lambda/lambda.md', line: 42, section: 'Lambda > Limits' },
  });
}

// Every question's right answer is B (index 1), so the test knows which button is right.
const bank = [
  question(
    'lambda-timeout',
    'Lambda',
    'How long can one Lambda invocation run at most? <!channel>',
    ['5 minutes', '15 minutes', '1 hour', '24 hours'],
    1,
  ),
  question('sqs-retention', 'SQS', 'What is the longest SQS message retention?', ['4 days', '14 days', '30 days'], 1),
  question('s3-object', 'S3', 'What is the largest S3 object?', ['5 GB', '5 TB', '50 TB'], 1),
];

/** Everything a person sees in a message: fallback text and every text in its blocks. */
function shown(message: unknown): string {
  const texts: string[] = [];
  const visit = (node: unknown): void => {
    if (Array.isArray(node)) return node.forEach(visit);
    if (typeof node !== 'object' || node === null) return;
    for (const [key, value] of Object.entries(node)) {
      if (key === 'text' && typeof value === 'string') texts.push(value);
      else visit(value);
    }
  };
  visit(message);
  return texts.join('\n');
}

function buttons(blocks: unknown): Array<{ action_id: string; value: string }> {
  const actions = (blocks as Array<{ type: string; elements?: Array<{ action_id: string; value: string }> }>).find(
    (b) => b.type === 'actions',
  );
  return actions?.elements ?? [];
}

let fake: FakeSlack;
let adapter: SlackAdapter;
let engine: QuizEngine;
let store: MemoryStore<QuizState>;
let roundButtons: Array<{ action_id: string; value: string }> = [];
const clock = new ManualClock('2026-01-05T08:30:00Z'); // a Monday

beforeAll(async () => {
  store = createMemoryStore(initialQuizState());
  ({ fake, adapter, engine } = await startSlackQuizBot({
    users,
    bank,
    clock,
    store,
    retry: { retries: 2, minTimeoutMs: 10, maxTimeoutMs: 50 },
    route: async (quiz) => {
      const notes = await loadNotes(fileURLToPath(new URL('../../data/notes/', import.meta.url)));
      return createCommandRouter({ quiz, factDesk: buildFactDesk(notes.items), logger });
    },
  }));
});

afterAll(async () => {
  await engine?.stop();
  await adapter?.stop();
  await fake?.stop();
});

const ada = { user: 'UADA', userName: 'ada' };
const bob = { user: 'UBOB', userName: 'bob' };
const cat = { user: 'UCAT', userName: 'cat' };

describe('a day of prepbot in Slack', () => {
  it('a non-admin cannot set the channel up; an admin can', async () => {
    const refused = await fake.exchange({ command: { ...bob, command: '/prepbot', text: 'here' } });
    expect(refused.bodies[0]).toMatchObject({ response_type: 'ephemeral' });
    expect(shown(refused.bodies[0])).toMatch(/Only workspace admins/);

    const setUp = await fake.exchange({ command: { ...ada, command: '/prepbot', text: 'here' } });
    expect(setUp.ack.ackMs).toBeLessThan(3000);
    expect(setUp.bodies[0]).toMatchObject({ response_type: 'in_channel' });
    expect(shown(setUp.bodies[0])).toMatch(/0 9 \* \* 1-5/);
  });

  it('posts the question at 09:00 with a button per choice, escaped', async () => {
    clock.set('2026-01-05T09:00:30Z');
    await engine.tick();
    expect(fake.messages).toHaveLength(1);
    const posted = fake.messages[0]!;
    expect(posted.channel).toBe(fakeChannel);
    expect(buttons(posted.blocks).map((b) => b.action_id)).toEqual(
      buttons(posted.blocks).map((_, i) => `prepbot_choice_${i}`),
    );
    expect(buttons(posted.blocks).length).toBeGreaterThanOrEqual(3);
    expect(posted.metadata?.event_type).toBe('prepbot_post');
    expect(JSON.stringify(posted.blocks)).not.toContain('<!channel>');
  });

  it('records clicks from several people, answers each privately, and keeps the count current', async () => {
    const choices = buttons(fake.messages[0]!.blocks);
    const [right, wrong] = [choices[1]!, choices[0]!];
    roundButtons = choices;
    const results = await Promise.all([
      fake.exchange({ click: { ...ada, actionId: right.action_id, value: right.value } }),
      fake.exchange({ click: { ...bob, actionId: wrong.action_id, value: wrong.value } }),
      fake.exchange({ click: { ...cat, actionId: right.action_id, value: right.value } }),
    ]);
    for (const { ack, bodies } of results) {
      expect(ack.ackMs).toBeLessThan(3000);
      expect(bodies[0]).toMatchObject({ response_type: 'ephemeral', replace_original: false });
    }
    expect(shown(results[0]!.bodies[0])).toMatch(/right!/);
    expect(shown(results[1]!.bodies[0])).toMatch(/not right/);

    const again = await fake.exchange({ click: { ...bob, actionId: right.action_id, value: right.value } });
    expect(shown(again.bodies[0])).toMatch(/already answered A/);

    await engine.flush();
    await fake.waitFor(
      'the count edit',
      () => fake.messages[0]!.edits > 0 && shown(fake.messages[0]!.blocks).includes('3 answers'),
    );
    const round = Object.values(store.data.rounds)[0]!;
    expect(round.answers.map((a) => [a.user, a.correct])).toEqual(
      expect.arrayContaining([
        ['slack:T0FAKE:UADA', true],
        ['slack:T0FAKE:UBOB', false],
        ['slack:T0FAKE:UCAT', true],
      ]),
    );
    expect(round.answers).toHaveLength(3);
  });

  it('reveals the answer in the channel after the close, and the leaderboard shows names', async () => {
    clock.set('2026-01-05T17:01:00Z');
    await engine.tick();
    await fake.waitFor('the reveal', () => fake.messages.length === 2);
    const asked = bank.find((q) => shown(fake.messages[0]!.blocks).includes(q.stem.slice(0, 30)))!;
    const reveal = shown(fake.messages[1]!.blocks);
    expect(reveal).toContain(`Answer: B. ${asked.choices[1]}`);
    expect(reveal).toContain(asked.explanation);
    expect(reveal).toMatch(/Ada/);
    expect(reveal).toMatch(/2 of 3 got it right/);

    // The closed question's buttons are gone from the message; an old client can still send a click.
    expect(buttons(fake.messages[0]!.blocks)).toEqual([]);
    const late = roundButtons[1]!;
    const tooLate = await fake.exchange({ click: { ...bob, actionId: late.action_id, value: late.value } });
    expect(shown(tooLate.bodies[0])).toMatch(/closed/);

    const board = await fake.exchange({ command: { ...bob, command: '/leaderboard', text: 'week' } });
    const text = shown(board.bodies[0]);
    expect(text).toMatch(/Ada/);
    expect(text.indexOf('Ada')).toBeLessThan(text.indexOf('Bob') === -1 ? Infinity : text.indexOf('Bob'));
  });

  it('answers /score, /limit, /define, /prepbot-help and /quiz privately', async () => {
    const score = await fake.exchange({ command: { ...ada, command: '/score' } });
    expect(shown(score.bodies[0])).toMatch(/points/);

    const limit = await fake.exchange({ command: { ...bob, command: '/limit', text: 'lambda timeout' } });
    expect(limit.bodies[0]).toMatchObject({ response_type: 'ephemeral' });
    expect(shown(limit.bodies[0])).toMatch(/15 minutes/);

    const define = await fake.exchange({ command: { ...bob, command: '/define', text: 'lambda' } });
    expect(shown(define.bodies[0]).length).toBeGreaterThan(20);

    const help = await fake.exchange({ command: { ...cat, command: '/prepbot-help' } });
    expect(shown(help.bodies[0])).toMatch(/\/limit/);

    const practice = await fake.exchange({ command: { ...cat, command: '/quiz' } });
    expect(practice.bodies[0]).toMatchObject({ response_type: 'ephemeral' });
    const practiceButtons = buttons(practice.bodies[0]!.blocks);
    expect(practiceButtons.length).toBeGreaterThanOrEqual(3);
    const verdict = await fake.exchange({
      click: { ...cat, actionId: practiceButtons[1]!.action_id, value: practiceButtons[1]!.value },
    });
    expect(verdict.bodies[0]).toMatchObject({ response_type: 'ephemeral' });
    expect(shown(verdict.bodies[0]).length).toBeGreaterThan(10);
  });

  it('admin commands: pause and resume work for an admin only', async () => {
    const refused = await fake.exchange({ command: { ...bob, command: '/prepbot', text: 'pause' } });
    expect(shown(refused.bodies[0])).toMatch(/Only workspace admins/);
    const paused = await fake.exchange({ command: { ...ada, command: '/prepbot', text: 'pause' } });
    expect(shown(paused.bodies[0])).toMatch(/pause/i);
    expect(Object.values(store.data.channels)[0]?.paused).toBe(true);
    await fake.exchange({ command: { ...ada, command: '/prepbot', text: 'resume' } });
    expect(Object.values(store.data.channels)[0]?.paused).toBe(false);
  });
});
