import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { DiscordAdapter } from '../../src/adapters/discord/discord-adapter.js';
import { questionSchema } from '../../src/questions/question-schema.js';
import type { QuizEngine } from '../../src/quiz/quiz-engine.js';
import { initialQuizState, type QuizState } from '../../src/quiz/state-schema.js';
import { ManualClock } from '../../src/schedule/clock.js';
import { createMemoryStore, type MemoryStore } from '../../src/store/memory-store.js';
import { FakeDiscord, permissionBits, type FakeMember } from '../fakes/discord/fake-discord.js';
import type { FakeMessage } from '../fakes/discord/fake-discord-rest.js';
import { snowflake } from '../fakes/discord/snowflake.js';
import { startDiscordQuizBot } from './discord-quiz-bot.js';

/**
 * Issue 13, point 1 on Discord: `/prepbot here` checks the bot's own permissions in the channel (the
 * interaction's app_permissions) before it says yes; a daily post Discord refuses with 50001/50013
 * pauses the channel and DMs the admin once, instead of a retry every minute. Real discord.js.
 */

const admin: FakeMember = {
  id: '311111111111111111',
  username: 'ada',
  globalName: 'Ada',
  permissions: permissionBits.manageGuild | permissionBits.sendMessages,
};
const bank = ['a', 'b', 'c'].map((id) =>
  questionSchema.parse({
    id: `q-${id}`,
    kind: 'custom',
    topic: 'Queues',
    stem: `Question ${id}?`,
    choices: ['one', 'two', 'three'],
    answer: 1,
    explanation: 'The notes say so.',
    source: { file: 'queues.md', line: 1, section: 'Queues' },
  }),
);

let fake: FakeDiscord;
let adapter: DiscordAdapter;
let engine: QuizEngine;
let store: MemoryStore<QuizState>;
const clock = new ManualClock('2026-01-05T08:00:00Z');

beforeAll(async () => {
  store = createMemoryStore(initialQuizState());
  ({ fake, adapter, engine } = await startDiscordQuizBot({
    bank,
    clock,
    store,
    retry: { attempts: 3, baseDelayMs: 5 },
  }));
});

afterAll(async () => {
  await engine?.stop();
  await adapter?.stop();
  await fake?.close();
});

function textOf(message: FakeMessage): string {
  const parts = [message.content ?? ''];
  for (const embed of message.embeds ?? [])
    parts.push(
      embed.title ?? '',
      embed.description ?? '',
      ...(embed.fields ?? []).flatMap((f: any) => [f.name, f.value]),
    );
  return parts.filter(Boolean).join('\n').replace(/\\(.)/g, '$1');
}

async function prepbot(sub: string, channelId: string) {
  const interaction = fake.slashCommand(admin, 'prepbot', [{ name: sub, type: 1, options: [] }], [], channelId);
  const replies = await fake.rest.waitFor(() => fake.repliesTo(interaction).length > 0 && fake.repliesTo(interaction));
  return replies.map(textOf).join('\n');
}

const enabled = () =>
  Object.values(store.data.channels)
    .filter((c) => c.enabled)
    .map((c) => c.channel);
const postsTo = (channelId: string) =>
  fake.rest.requests.filter((r) => r.method === 'POST' && r.path === `/channels/${channelId}/messages`);

describe('/prepbot here where the bot lacks permissions', () => {
  const hidden = snowflake();
  const readOnly = snowflake();
  const quiz = snowflake();

  test('a channel the bot cannot see: Missing Access, with the permission to grant; nothing set up', async () => {
    fake.rest.botPermissions.set(hidden, 0n);
    expect(await prepbot('here', hidden)).toMatch(
      /cannot see this channel \(Discord: 50001 Missing Access\).*View Channel/s,
    );
    expect(enabled()).toEqual([]);
  });

  test('a channel where it may not send or embed: Missing Permissions naming both', async () => {
    fake.rest.botPermissions.set(readOnly, permissionBits.viewChannel | permissionBits.readMessageHistory);
    expect(await prepbot('here', readOnly)).toMatch(/lack Send Messages, Embed Links.*50013 Missing Permissions/s);
    expect(enabled()).toEqual([]);
  });

  test('with the permissions it says yes; when they are taken away later, the daily post pauses the channel and DMs the admin once', async () => {
    expect(await prepbot('here', quiz)).toMatch(/will post a question here/);
    expect(enabled()).toEqual([quiz]);
    fake.rest.botPermissions.set(quiz, permissionBits.viewChannel);
    for (const minute of ['00', '01', '02', '03', '04', '05']) {
      clock.set(`2026-01-05T09:${minute}:10Z`);
      await engine.tick();
    }
    expect(postsTo(quiz)).toHaveLength(1);
    const dm = fake.rest.dmChannels.get(admin.id);
    expect(dm).toBeDefined();
    const told = fake.rest.channelMessages(dm!);
    expect(told).toHaveLength(1);
    expect(textOf(told[0]!)).toMatch(/Missing Permissions.*paused it there.*\/prepbot resume/s);
    expect(store.data.channels[`discord:${fake.guildId}:${quiz}`]).toMatchObject({ paused: true });

    fake.rest.botPermissions.delete(quiz);
    expect(await prepbot('resume', quiz)).toMatch(/back/);
    clock.set('2026-01-05T09:07:10Z');
    await engine.tick();
    expect(fake.rest.channelMessages(quiz)).toHaveLength(1);
  });
});
