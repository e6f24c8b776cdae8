import { pino } from 'pino';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { createDiscordAdapter, type DiscordAdapter } from '../../src/adapters/discord/discord-adapter.js';
import { createCommandRouter } from '../../src/chat/command-router.js';
import type { Item } from '../../src/knowledge/item.js';
import { buildFactDesk } from '../../src/lookup/build-fact-desk.js';
import { questionSchema, type Question } from '../../src/questions/question-schema.js';
import { QuizEngine } from '../../src/quiz/quiz-engine.js';
import { initialQuizState } from '../../src/quiz/state-schema.js';
import { ManualClock } from '../../src/schedule/clock.js';
import { createMemoryStore } from '../../src/store/memory-store.js';
import { FakeDiscord, permissionBits, type FakeMember } from '../fakes/discord/fake-discord.js';
import type { FakeMessage } from '../fakes/discord/fake-discord-rest.js';
import { validateSchedule } from '../../src/schedule/validate-schedule.js';

/** The whole daily scenario on Discord: real discord.js, real adapter, real router and quiz engine. */

const logger = pino({ level: 'silent' });
const admin: FakeMember = {
  id: '311111111111111111',
  username: 'ada',
  globalName: 'Ada',
  permissions: permissionBits.manageGuild | permissionBits.sendMessages,
};
const bob: FakeMember = {
  id: '322222222222222222',
  username: 'bob',
  globalName: 'Bobby',
  permissions: permissionBits.sendMessages,
};
const cleo: FakeMember = { id: '333333333333333333', username: 'cleo', permissions: permissionBits.sendMessages };
const dan: FakeMember = {
  id: '344444444444444444',
  username: 'dan',
  nick: 'Danny',
  permissions: permissionBits.sendMessages,
};

function question(id: string, topic: string, stem: string, choices: string[], answer: number): Question {
  return questionSchema.parse({
    id,
    kind: 'custom',
    topic,
    stem,
    choices,
    answer,
    explanation: `Because the notes on ${topic} say so.`,
    source: { file: 'notes/study.md', line: 3, section: topic },
  });
}

const bank: Question[] = [
  question(
    'queue-1',
    'Queues',
    'How long can a queue keep a message at most',
    ['1 day', '4 days', '14 days', '30 days'],
    2,
  ),
  question(
    'queue-2',
    'Queues',
    'Which setting hides a received message from other consumers',
    ['Delay', 'Visibility timeout', 'Retention', 'Polling'],
    1,
  ),
  question(
    'func-1',
    'Functions',
    'What is the longest a function run may take',
    ['1 minute', '5 minutes', '15 minutes', '1 hour'],
    2,
  ),
  question(
    'func-2',
    'Functions',
    'Which limit caps parallel runs of one function',
    ['Reserved concurrency', 'Memory', 'Timeout', 'Layers'],
    0,
  ),
];

const source = { file: 'notes/study.md', line: 7, section: ['Queues'] };
const items: Item[] = [
  {
    kind: 'fact',
    id: 'fact-queue-retention',
    topic: 'Queues',
    source,
    subject: 'Queues',
    attribute: 'message retention',
    text: 'Queues keep a message for at most 14 days.',
    quantity: {
      dimension: 'duration',
      min: 1_209_600,
      max: 1_209_600,
      unit: 'days',
      bound: 'at-most',
      text: '14 days',
    },
  },
  {
    kind: 'definition',
    id: 'def-visibility-timeout',
    topic: 'Queues',
    source,
    term: 'Visibility timeout',
    definition: 'the time a received message stays hidden from other consumers',
    aliases: [],
  },
];

let fake: FakeDiscord;
let adapter: DiscordAdapter;
let engine: QuizEngine;
const clock = new ManualClock('2026-01-05T08:00:00Z');

beforeAll(async () => {
  fake = await FakeDiscord.start();
  const factDesk = buildFactDesk(items);
  adapter = createDiscordAdapter({
    token: fake.token,
    appId: fake.appId,
    apiUrl: fake.apiUrl,
    logger,
    complete: (command, partial) => factDesk.complete(command, partial),
    topics: () => [...new Set(bank.map((q) => q.topic))],
  });
  engine = new QuizEngine({
    validateSchedule,
    store: createMemoryStore(initialQuizState()),
    chats: [adapter],
    bank,
    clock,
    settings: {
      defaultCron: '0 9 * * 1-5',
      defaultTimezone: 'UTC',
      closeAfterHours: 8,
      revealFeedbackAtClose: false,
      retentionDays: 90,
      admins: [],
      countUpdateDelayMs: 5,
    },
    logger,
  });
  await adapter.start(createCommandRouter({ quiz: engine, factDesk, logger }));
});

afterAll(async () => {
  await engine?.stop();
  await adapter?.stop();
  await fake?.close();
});

/** Runs a slash command and returns what the person saw: the callback and the text of every reply. */
async function command(member: FakeMember, name: string, options: any[] = [], users: FakeMember[] = []) {
  const interaction = fake.slashCommand(member, name, options, users);
  const callback = await fake.callbackFor(interaction);
  expect(callback.msSinceDispatch).toBeLessThan(3000);
  const replies = await fake.rest.waitFor(() => fake.repliesTo(interaction).length > 0 && fake.repliesTo(interaction));
  return { callback, replies, text: replies.map(textOf).join('\n') };
}

/** Clicks choice `index`; `customIds` as the buttons were when the person saw them (a stale client may still show them). */
async function click(
  member: FakeMember,
  message: FakeMessage,
  index: number,
  customIds: string[] = message.components[0].components.map((b: any) => b.custom_id),
) {
  const customId = customIds[index]!;
  const interaction = fake.click(member, message.id, customId);
  const callback = await fake.callbackFor(interaction);
  expect(callback.msSinceDispatch).toBeLessThan(3000);
  const [reply] = await fake.rest.waitFor(() => fake.repliesTo(interaction).length > 0 && fake.repliesTo(interaction));
  return { callback, reply: reply!, text: textOf(reply!) };
}

/** Everything a person reads in a message (content, embed title, description, fields, footer), escapes removed. */
function textOf(message: FakeMessage): string {
  const parts = [message.content ?? ''];
  for (const embed of message.embeds ?? []) {
    parts.push(
      embed.title ?? '',
      embed.description ?? '',
      ...(embed.fields ?? []).flatMap((f: any) => [f.name, f.value]),
      embed.footer?.text ?? '',
    );
  }
  return parts.filter(Boolean).join('\n').replace(/\\(.)/g, '$1');
}

const channelPosts = () => fake.rest.channelMessages(fake.channelId);
const isPrivate = (message: FakeMessage) => (message.flags ?? 0) === 64;

describe('a day of the quiz on Discord', () => {
  let questionMessage: FakeMessage;
  let posted: Question;
  let buttonsAtPost: string[] = [];

  test('a member without Manage Server cannot set the channel up', async () => {
    const { replies, text } = await command(bob, 'prepbot', [{ name: 'here', type: 1, options: [] }]);
    expect(isPrivate(replies[0]!)).toBe(true);
    expect(text).toMatch(/only workspace admins/i);
    clock.set('2026-01-05T09:00:00Z');
    await engine.tick();
    expect(channelPosts()).toHaveLength(0);
    clock.set('2026-01-05T08:00:00Z');
  });

  test('/prepbot here by an admin; at 09:00 the question is posted with a button per choice', async () => {
    const { replies } = await command(admin, 'prepbot', [{ name: 'here', type: 1, options: [] }]);
    expect(isPrivate(replies[0]!) || replies[0]!.flags === 0).toBe(true);
    clock.set('2026-01-05T09:00:00Z');
    await engine.tick();
    const posts = channelPosts();
    expect(posts).toHaveLength(1);
    questionMessage = posts[0]!;
    const [embed] = questionMessage.embeds;
    expect(embed.title).toMatch(/^Question of the day · (Queues|Functions)$/);
    posted = bank.find((q) => embed.description.startsWith(q.stem))!;
    expect(posted).toBeDefined();
    for (const choice of posted.choices) expect(embed.description).toContain(choice);
    expect(embed.footer.text).toMatch(/Closes 17:00 UTC · 0 answers so far/);
    expect(questionMessage.components[0].components.map((b: any) => b.label)).toEqual(['A', 'B', 'C', 'D']);
    buttonsAtPost = questionMessage.components[0].components.map((b: any) => b.custom_id);
    expect(questionMessage.allowed_mentions).toEqual({ parse: [] });
  });

  test('clicks get private feedback; a second click does not count; the count is edited in', async () => {
    const wrong = (posted.answer + 1) % posted.choices.length;
    const first = await click(bob, questionMessage, posted.answer);
    expect(first.callback.body.data.flags).toBe(64);
    expect(first.text).toMatch(/recorded.*right/i);
    const second = await click(cleo, questionMessage, wrong);
    expect(second.text).toMatch(/not right/i);
    const third = await click(dan, questionMessage, posted.answer);
    expect(third.text).toMatch(/right/i);
    const again = await click(bob, questionMessage, wrong);
    expect(again.text).toMatch(/already answered/i);
    expect(isPrivate(again.reply)).toBe(true);
    await engine.flush();
    const edited = await fake.rest.waitFor(() => {
      const message = fake.rest.messages.get(questionMessage.id)!;
      return /3 answers so far/.test(message.embeds[0].footer.text) && message;
    });
    expect(edited.edited_timestamp).not.toBeNull();
    expect(channelPosts()).toHaveLength(1);
  });

  test('at 17:00 the question closes and the reveal is posted in the channel', async () => {
    clock.set('2026-01-05T17:00:00Z');
    await engine.tick();
    const posts = channelPosts();
    expect(posts).toHaveLength(2);
    const reveal = textOf(posts[1]!);
    expect(reveal).toContain(`Answer: ${String.fromCharCode(65 + posted.answer)}`);
    expect(reveal).toMatch(/2 of 3 got it right/);
    const buttonIds = buttonsAtPost;
    const closed = fake.rest.messages.get(questionMessage.id)!;
    expect(closed.components).toEqual([]);
    expect(closed.embeds[0].footer.text).toMatch(/Closed · 3 answers/);
    const late = await click(cleo, questionMessage, posted.answer, buttonIds);
    expect(late.text).toMatch(/closed/i);
  });

  test('/leaderboard shows the display names; /score for oneself and for someone else', async () => {
    const board = await command(cleo, 'leaderboard', [{ name: 'period', type: 3, value: 'week' }]);
    expect(board.text).toContain('Bobby');
    expect(board.text).toContain('Danny');
    const own = await command(bob, 'score');
    expect(own.text).toMatch(/\d+ points?/);
    const other = await command(cleo, 'score', [{ name: 'user', type: 6, value: dan.id }], [dan]);
    expect(other.text).toContain('Danny');
  });

  test('/quiz gives a private practice question whose buttons work', async () => {
    const practice = await command(cleo, 'quiz', [{ name: 'topic', type: 3, value: 'Functions' }]);
    const [reply] = practice.replies;
    expect(isPrivate(reply!)).toBe(true);
    const buttons = reply!.components.flatMap((row: any) => row.components);
    expect(buttons.length).toBeGreaterThanOrEqual(2);
    const interaction = fake.click(cleo, reply!, buttons[0].custom_id);
    const callback = await fake.callbackFor(interaction);
    expect(callback.body.data?.flags ?? 64).toBe(64);
    const [answer] = await fake.rest.waitFor(
      () => fake.repliesTo(interaction).length > 0 && fake.repliesTo(interaction),
    );
    expect(textOf(answer!).length).toBeGreaterThan(0);
  });

  test('/limit and /define answer from the notes; autocomplete suggests from the fact desk', async () => {
    const limit = await command(bob, 'limit', [{ name: 'words', type: 3, value: 'queue message retention' }]);
    expect(limit.text).toMatch(/14 days/);
    const define = await command(bob, 'define', [{ name: 'term', type: 3, value: 'visibility timeout' }]);
    expect(define.text).toMatch(/hidden from other consumers/);
    const suggestions = await fake.callbackFor(
      fake.autocomplete(bob, 'define', [{ name: 'term', type: 3, value: 'visib', focused: true }]),
    );
    expect(suggestions.body.type).toBe(8);
    expect(suggestions.body.data.choices.map((c: any) => c.value.toLowerCase()).join(' ')).toContain(
      'visibility timeout',
    );
  });

  test('/help lists the commands', async () => {
    const help = await command(dan, 'help');
    for (const name of ['/quiz', '/limit', '/define', '/score', '/leaderboard']) expect(help.text).toContain(name);
  });

  test('admin commands: schedule, pause, resume, next, season reset; all refused for a member', async () => {
    const schedule = await command(admin, 'prepbot', [
      {
        name: 'schedule',
        type: 1,
        options: [
          { name: 'cron', type: 3, value: '30 8 * * 1-5' },
          { name: 'timezone', type: 3, value: 'Europe/Berlin' },
        ],
      },
    ]);
    expect(schedule.text).toMatch(/Europe\/Berlin/);
    expect((await command(admin, 'prepbot', [{ name: 'pause', type: 1 }])).text).toMatch(/pause/i);
    expect((await command(admin, 'prepbot', [{ name: 'resume', type: 1 }])).text).toMatch(/back/i);
    const before = channelPosts().length;
    await command(admin, 'prepbot', [{ name: 'next', type: 1 }]);
    expect(channelPosts().length).toBeGreaterThan(before);
    expect((await command(admin, 'prepbot', [{ name: 'season-reset', type: 1 }])).text).toContain(
      'run /prepbot season-reset with confirm: Yes within a minute',
    );
    const confirm = [{ name: 'season-reset', type: 1, options: [{ name: 'confirm', type: 3, value: 'confirm' }] }];
    expect((await command(admin, 'prepbot', confirm)).text).toContain('Season 2 starts now');
    expect((await command(admin, 'prepbot', confirm)).text).toContain('Nothing to confirm: season 2 goes on.');
    for (const sub of ['pause', 'next', 'season-reset']) {
      const refused = await command(dan, 'prepbot', [{ name: sub, type: 1 }]);
      expect(refused.text).toMatch(/only workspace admins/i);
    }
  });
});
