import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pino } from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { SlackAdapter } from '../../src/adapters/slack/slack-adapter.js';
import { openQuizStore } from '../../src/app/load-core.js';
import { noteRetirements } from '../../src/app/retirement-notice.js';
import { createCommandRouter } from '../../src/chat/command-router.js';
import { buildFactDesk } from '../../src/lookup/build-fact-desk.js';
import { questionSchema, type Question } from '../../src/questions/question-schema.js';
import type { QuizEngine } from '../../src/quiz/quiz-engine.js';
import type { QuizState } from '../../src/quiz/state-schema.js';
import { ManualClock } from '../../src/schedule/clock.js';
import type { JsonStore } from '../../src/store/json-store.js';
import type { FakeSlack } from '../fakes/slack/fake-slack.js';
import { fakeChannel, fakeTeam } from '../fakes/slack/slack-payloads.js';
import { startSlackQuizBot } from './slack-quiz-bot.js';

/**
 * Curation in Slack, end to end: the real @slack/bolt adapter over Socket Mode against the fake Slack,
 * the real router, engine and file store. Two people flag a revealed question → it is retired in that
 * workspace (never asked there again) while another workspace still gets it; an admin's one flag
 * retires; restore brings a question back; nobody flags twice.
 */

const logger = pino({ level: 'silent' });
const users = [
  { id: 'UADA', displayName: 'Ada', isAdmin: true },
  { id: 'UBOB', displayName: 'Bob' },
  { id: 'UCAT', displayName: 'Cat' },
];
const otherTeam = 'T0OTHER';
const otherChannel = 'C0OTHER';

function question(id: string, topic: string, stem: string): Question {
  return questionSchema.parse({
    id,
    kind: 'custom',
    topic,
    stem,
    choices: ['one', 'two', 'three'],
    answer: 1,
    explanation: `The notes say two (${id}).`,
    source: { file: 'notes/limits.md', line: 4, section: topic },
  });
}
const bank = [
  question('q-timeout', 'Functions', 'How long may one function run?'),
  question('q-retention', 'Queues', 'How long does a queue keep a message?'),
  question('q-object', 'Storage', 'How large can one stored object be?'),
];

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

type Button = { action_id: string; value: string; text: { text: string } };
function buttonsOf(blocks: unknown): Button[] {
  return (blocks as Array<{ type: string; elements?: Button[] }>)
    .filter((b) => b.type === 'actions')
    .flatMap((b) => b.elements ?? []);
}

let fake: FakeSlack;
let adapter: SlackAdapter;
let engine: QuizEngine;
let store: JsonStore<QuizState>;
let dir: string;
const clock = new ManualClock('2026-01-05T08:30:00Z'); // a Monday

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'prepbot-slack-curation-'));
  store = await openQuizStore({ STORE_PATH: join(dir, 'store.json'), STORE_BACKUPS: 0 }, logger);
  ({ fake, adapter, engine } = await startSlackQuizBot({
    users,
    bank,
    clock,
    store,
    retry: { retries: 1, minTimeoutMs: 10, maxTimeoutMs: 50 },
    flagsToRetire: 2,
    route: (quiz) => noteRetirements(createCommandRouter({ quiz, factDesk: buildFactDesk([]), logger }), quiz),
  }));
});

afterAll(async () => {
  await engine?.stop();
  await adapter?.stop();
  await store?.close();
  await fake?.stop();
  await rm(dir, { recursive: true, force: true });
});

const ada = { user: 'UADA', userName: 'ada' };
const bob = { user: 'UBOB', userName: 'bob' };
const cat = { user: 'UCAT', userName: 'cat' };

/** The question a channel message shows (a post or a reveal). */
const questionIn = (message: { blocks: unknown }) => bank.find((q) => shown(message.blocks).includes(q.stem))!;
const reveals = (channel: string) => fake.messages.filter((m) => m.channel === channel && m.text.startsWith('Answer'));
const asked = (channel: string) =>
  fake.messages
    .filter((m) => m.channel === channel && m.text.startsWith('Question of the day'))
    .map((m) => questionIn(m).id);

/** One weekday: the 09:00 post and the 17:00 reveal in every channel. */
async function playDay(date: string): Promise<void> {
  clock.set(`${date}T09:00:30Z`);
  await engine.tick();
  clock.set(`${date}T17:01:00Z`);
  await engine.tick();
}

/** Clicks the flag button of a message, then the reason with that index; returns both private replies. */
async function flag(who: typeof bob, message: { blocks: unknown }, reason: number, channel = fakeChannel) {
  const button = buttonsOf(message.blocks).find((b) => b.action_id === 'prepbot_flag')!;
  const asking = await fake.exchange({ click: { ...who, channel, actionId: button.action_id, value: button.value } });
  const reasons = buttonsOf(asking.bodies[0]!.blocks);
  if (reasons.length === 0) return { asking: shown(asking.bodies[0]), thanks: '' };
  const picked = reasons[reason]!;
  const thanks = await fake.exchange({ click: { ...who, channel, actionId: picked.action_id, value: picked.value } });
  return {
    asking: shown(asking.bodies[0]),
    thanks: shown(thanks.bodies[0]),
    private: [asking.bodies[0], thanks.bodies[0]],
  };
}

describe('curating the bank from Slack', () => {
  let flagged: Question;

  it('every reveal carries a "Flag this question" button', async () => {
    await fake.exchange({ command: { ...ada, command: '/prepbot', text: 'here' } });
    await fake.exchange({
      command: { ...ada, team: otherTeam, channel: otherChannel, command: '/prepbot', text: 'here' },
    });
    await playDay('2026-01-05');
    for (const channel of [fakeChannel, otherChannel]) {
      const [reveal] = reveals(channel);
      expect(buttonsOf(reveal!.blocks).map((b) => [b.action_id, b.text.text])).toEqual([
        ['prepbot_flag', 'Flag this question'],
      ]);
    }
    flagged = questionIn(reveals(fakeChannel)[0]!);
  });

  it('flag → reasons → thanks, privately; the same person cannot flag twice; a second person retires it', async () => {
    const reveal = reveals(fakeChannel)[0]!;
    const first = await flag(bob, reveal, 0);
    expect(first.asking).toContain('Flag this question: why?');
    expect(first.asking).toMatch(/wrong answer[\s\S]*unclear[\s\S]*too easy[\s\S]*not useful/);
    expect(first.private!.every((body) => (body as { response_type?: string }).response_type === 'ephemeral')).toBe(
      true,
    );
    expect(first.thanks).toContain('Thanks, flagged as wrong answer.');
    expect(first.thanks).not.toContain('retired');

    const twice = await flag(bob, reveal, 1);
    expect(twice.asking).toContain('You already flagged this question (wrong answer); one flag per person.');

    const second = await flag(cat, reveal, 1);
    expect(second.thanks).toContain('That makes 2 flags, so this question is retired here');
    expect(
      store.data.curation[`slack:${fakeTeam}`]!.questions[flagged.id]!.flags.map((f) => [f.user, f.reason]),
    ).toEqual([
      ['UBOB', 'wrong'],
      ['UCAT', 'unclear'],
    ]);
  });

  it('the admin is told privately with their next command, and /prepbot flags lists it with counts and reasons', async () => {
    const next = await fake.exchange({ command: { ...ada, command: '/score' } }, 2);
    const notice = shown(next.bodies[1]);
    expect(next.bodies[1]).toMatchObject({ response_type: 'ephemeral' });
    expect(notice).toContain('A question was retired here');
    expect(notice).toContain(`${flagged.id} · ${flagged.topic}`);
    expect(notice).toContain('2 flags: wrong answer ×1, unclear ×1');
    const list = shown((await fake.exchange({ command: { ...ada, command: '/prepbot', text: 'flags' } })).bodies[0]);
    expect(list).toMatch(
      new RegExp(
        `Retired here:\\n• ${flagged.id}[^\\n]*\\n {2}retired by flags · 2 flags: wrong answer ×1, unclear ×1 · not answered yet`,
      ),
    );
    const member = shown((await fake.exchange({ command: { ...bob, command: '/prepbot', text: 'flags' } })).bodies[0]);
    expect(member).toMatch(/Only workspace admins/);
  });

  it('a retired question is never chosen again in that workspace, while the other workspace still gets it', async () => {
    for (const date of ['2026-01-06', '2026-01-07', '2026-01-08', '2026-01-09', '2026-01-12', '2026-01-13'])
      await playDay(date);
    expect(asked(fakeChannel).slice(1)).not.toContain(flagged.id);
    expect(asked(fakeChannel).slice(1)).toHaveLength(6);
    // Seven rounds over three questions, none repeated within a pass through the bank: at least twice.
    expect(asked(otherChannel).filter((id) => id === flagged.id).length).toBeGreaterThanOrEqual(2);
  });

  it("an admin's single flag retires a question; restore brings the first one back", async () => {
    const reveal = reveals(fakeChannel).at(-1)!;
    const target = questionIn(reveal);
    const byAdmin = await flag(ada, reveal, 3);
    expect(byAdmin.thanks).toContain('Flagged as not useful and retired here, since you are an admin');
    expect(byAdmin.thanks).toContain(`/prepbot restore ${target.id}`);

    const restored = shown(
      (await fake.exchange({ command: { ...ada, command: '/prepbot', text: `restore ${flagged.id}` } })).bodies[0],
    );
    expect(restored).toContain(`Restored ${flagged.id}`);
    const unknown = shown(
      (await fake.exchange({ command: { ...ada, command: '/prepbot', text: 'restore q-nope' } })).bodies[0],
    );
    expect(unknown).toContain('There is no question q-nope in the bank.');

    const before = asked(fakeChannel).length;
    for (const date of ['2026-01-14', '2026-01-15', '2026-01-16', '2026-01-19']) await playDay(date);
    const since = asked(fakeChannel).slice(before);
    expect(since).toContain(flagged.id);
    expect(since).not.toContain(target.id);
  });
});
