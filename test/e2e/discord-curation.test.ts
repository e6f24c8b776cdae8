import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pino } from 'pino';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { DiscordAdapter } from '../../src/adapters/discord/discord-adapter.js';
import { openQuizStore } from '../../src/app/load-core.js';
import { noteRetirements } from '../../src/app/retirement-notice.js';
import { createCommandRouter } from '../../src/chat/command-router.js';
import { buildFactDesk } from '../../src/lookup/build-fact-desk.js';
import { questionSchema, type Question } from '../../src/questions/question-schema.js';
import type { QuizEngine } from '../../src/quiz/quiz-engine.js';
import type { QuizState } from '../../src/quiz/state-schema.js';
import { ManualClock } from '../../src/schedule/clock.js';
import type { JsonStore } from '../../src/store/json-store.js';
import { FakeDiscord, permissionBits, type FakeMember } from '../fakes/discord/fake-discord.js';
import type { FakeMessage } from '../fakes/discord/fake-discord-rest.js';
import { startDiscordQuizBot } from './discord-quiz-bot.js';

/** Curation on Discord, end to end: real discord.js and adapter against the fake gateway and REST API, real file store. */

const logger = pino({ level: 'silent' });
const admin: FakeMember = {
  id: '311111111111111111',
  username: 'ada',
  globalName: 'Ada',
  permissions: permissionBits.manageGuild | permissionBits.sendMessages,
};
const bob: FakeMember = { id: '322222222222222222', username: 'bob', permissions: permissionBits.sendMessages };
const cleo: FakeMember = { id: '333333333333333333', username: 'cleo', permissions: permissionBits.sendMessages };

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
  question('q-timeout', 'Functions', 'How long may one function run'),
  question('q-retention', 'Queues', 'How long does a queue keep a message'),
  question('q-object', 'Storage', 'How large can one stored object be'),
];

let fake: FakeDiscord;
let adapter: DiscordAdapter;
let engine: QuizEngine;
let store: JsonStore<QuizState>;
let dir: string;
const clock = new ManualClock('2026-01-05T08:00:00Z');

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'prepbot-discord-curation-'));
  store = await openQuizStore({ STORE_PATH: join(dir, 'store.json'), STORE_BACKUPS: 0 }, logger);
  ({ fake, adapter, engine } = await startDiscordQuizBot({
    bank,
    clock,
    store,
    complete: () => [],
    topics: () => [],
    flagsToRetire: 2,
    route: (quiz) => noteRetirements(createCommandRouter({ quiz, factDesk: buildFactDesk([]), logger }), quiz),
  }));
});

afterAll(async () => {
  await engine?.stop();
  await adapter?.stop();
  await store?.close();
  await fake?.close();
  await rm(dir, { recursive: true, force: true });
});

function textOf(message: FakeMessage): string {
  const parts = [message.content ?? ''];
  for (const embed of message.embeds ?? [])
    parts.push(
      embed.title ?? '',
      embed.description ?? '',
      ...(embed.fields ?? []).flatMap((f: any) => [f.name, f.value]),
      embed.footer?.text ?? '',
    );
  return parts.filter(Boolean).join('\n').replace(/\\(.)/g, '$1');
}
const buttonsOf = (message: FakeMessage) =>
  (message.components ?? []).flatMap((row: any) => row.components) as Array<{ custom_id: string; label: string }>;
const isPrivate = (message: FakeMessage) => (message.flags ?? 0) === 64;

async function command(member: FakeMember, name: string, options: any[] = [], replies = 1) {
  const interaction = fake.slashCommand(member, name, options);
  await fake.callbackFor(interaction);
  const got = await fake.rest.waitFor(
    () => fake.repliesTo(interaction).length >= replies && fake.repliesTo(interaction),
  );
  return got;
}

/** Clicks a button and returns the first private reply. */
async function click(member: FakeMember, message: FakeMessage, customId: string): Promise<FakeMessage> {
  const interaction = fake.click(member, message, customId);
  const callback = await fake.callbackFor(interaction);
  expect(callback.msSinceDispatch).toBeLessThan(3000);
  const [reply] = await fake.rest.waitFor(() => fake.repliesTo(interaction).length > 0 && fake.repliesTo(interaction));
  return reply!;
}

/** Flag button → the reasons → reason `index`: returns both replies. */
async function flag(member: FakeMember, reveal: FakeMessage, index: number) {
  const button = buttonsOf(reveal).find((b) => b.label === 'Flag this question')!;
  const asking = await click(member, reveal, button.custom_id);
  const reasons = buttonsOf(asking);
  const thanks = reasons.length > 0 ? await click(member, asking, reasons[index]!.custom_id) : undefined;
  return { asking, thanks };
}

const posts = () => fake.rest.channelMessages(fake.channelId);
const questionIn = (message: FakeMessage) => bank.find((q) => textOf(message).includes(q.stem))!;
const reveals = () => posts().filter((m) => /^Answer/.test(m.embeds?.[0]?.title ?? ''));
const asked = () =>
  posts()
    .filter((m) => /^Question of the day/.test(m.embeds?.[0]?.title ?? ''))
    .map((m) => questionIn(m).id);

async function playDay(date: string): Promise<void> {
  clock.set(`${date}T09:00:00Z`);
  await engine.tick();
  clock.set(`${date}T17:00:00Z`);
  await engine.tick();
}

describe('curating the bank from Discord', () => {
  let flagged: Question;

  test('the reveal has a "Flag this question" button; two members flag it, privately thanked; the second retires it', async () => {
    await command(admin, 'prepbot', [{ name: 'here', type: 1, options: [] }]);
    await playDay('2026-01-05');
    const reveal = reveals()[0]!;
    flagged = questionIn(reveal);
    expect(buttonsOf(reveal).map((b) => b.label)).toEqual(['Flag this question']);

    const first = await flag(bob, reveal, 1);
    expect(isPrivate(first.asking)).toBe(true);
    expect(textOf(first.asking)).toContain('Flag this question: why?');
    expect(buttonsOf(first.asking)).toHaveLength(4);
    expect(isPrivate(first.thanks!)).toBe(true);
    expect(textOf(first.thanks!)).toContain('Thanks, flagged as unclear.');

    const again = await flag(bob, reveal, 0);
    expect(textOf(again.asking)).toContain('You already flagged this question (unclear)');

    const second = await flag(cleo, reveal, 0);
    expect(textOf(second.thanks!)).toContain('That makes 2 flags, so this question is retired here');
  });

  test("the admin's next command carries the notice; the retired question is not asked again", async () => {
    const replies = await command(admin, 'score', [], 2);
    const notice = replies.map(textOf).join('\n');
    expect(notice).toContain('A question was retired here');
    expect(notice).toContain(`${flagged.id} · ${flagged.topic}`);
    expect(replies.every(isPrivate)).toBe(true);
    for (const date of ['2026-01-06', '2026-01-07', '2026-01-08', '2026-01-09']) await playDay(date);
    expect(asked().slice(1)).toHaveLength(4);
    expect(asked().slice(1)).not.toContain(flagged.id);
  });

  test("an admin's one flag retires; /prepbot flags lists both; /prepbot restore brings one back", async () => {
    const reveal = reveals().at(-1)!;
    const target = questionIn(reveal);
    const byAdmin = await flag(admin, reveal, 0);
    expect(textOf(byAdmin.thanks!)).toContain('retired here, since you are an admin');

    const list = (await command(admin, 'prepbot', [{ name: 'flags', type: 1 }])).map(textOf).join('\n');
    expect(list).toContain(`• ${flagged.id}`);
    expect(list).toContain(`• ${target.id}`);
    expect(list).toMatch(/retired by an admin · 1 flag: wrong answer ×1/);

    const restored = (
      await command(admin, 'prepbot', [
        { name: 'restore', type: 1, options: [{ name: 'id', type: 3, value: flagged.id }] },
      ])
    )
      .map(textOf)
      .join('\n');
    expect(restored).toContain(`Restored ${flagged.id}`);
    const refused = (
      await command(bob, 'prepbot', [{ name: 'retire', type: 1, options: [{ name: 'id', type: 3, value: target.id }] }])
    )
      .map(textOf)
      .join('\n');
    expect(refused).toMatch(/only workspace admins/i);

    const before = asked().length;
    for (const date of ['2026-01-12', '2026-01-13', '2026-01-14']) await playDay(date);
    expect(asked().slice(before)).toContain(flagged.id);
    expect(asked().slice(before)).not.toContain(target.id);
  });
});
