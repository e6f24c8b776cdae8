import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { SlackAdapter } from '../../src/adapters/slack/slack-adapter.js';
import { questionSchema } from '../../src/questions/question-schema.js';
import type { QuizEngine } from '../../src/quiz/quiz-engine.js';
import { initialQuizState, type QuizState } from '../../src/quiz/state-schema.js';
import { ManualClock } from '../../src/schedule/clock.js';
import { createMemoryStore, type MemoryStore } from '../../src/store/memory-store.js';
import type { FakeSlack } from '../fakes/slack/fake-slack.js';
import { shownText } from '../fakes/slack/shown-text.js';
import { startSlackQuizBot } from './slack-quiz-bot.js';

/**
 * Issue 13, point 1 on Slack: `/prepbot here` asks Slack whether the bot can post before it says yes,
 * and a daily post Slack refuses for good pauses the channel and tells the admin once, in the app's
 * messages tab, instead of being retried every minute. Real bolt over Socket Mode against the fake.
 */

const ada = { user: 'UADA', userName: 'ada' };
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

let fake: FakeSlack;
let adapter: SlackAdapter;
let engine: QuizEngine;
let store: MemoryStore<QuizState>;
const clock = new ManualClock('2026-01-05T08:30:00Z');

beforeAll(async () => {
  store = createMemoryStore(initialQuizState());
  ({ fake, adapter, engine } = await startSlackQuizBot({
    users: [{ id: 'UADA', displayName: 'Ada', isAdmin: true }],
    bank,
    clock,
    store,
    retry: { retries: 2, minTimeoutMs: 10, maxTimeoutMs: 50 },
  }));
});

afterAll(async () => {
  await engine?.stop();
  await adapter?.stop();
  await fake?.stop();
});

const here = (channel: string) => fake.exchange({ command: { ...ada, channel, command: '/prepbot', text: 'here' } });
const enabled = () =>
  Object.values(store.data.channels)
    .filter((c) => c.enabled)
    .map((c) => c.channel);

describe('/prepbot here in a channel Slack will not let the bot post in', () => {
  it('a private channel the bot was not invited to: the admin is told to invite it, and nothing is set up', async () => {
    fake.privateChannels.add('GSECRET');
    fake.notMemberOf.add('GSECRET');
    const { bodies } = await here('GSECRET');
    expect(bodies[0]).toMatchObject({ response_type: 'ephemeral' });
    expect(shownText(bodies[0])).toMatch(/cannot see this channel.*\/invite @prepbot/s);
    expect(enabled()).toEqual([]);
  });

  it('an archived channel is refused with the reason', async () => {
    fake.archivedChannels.add('COLD');
    const { bodies } = await here('COLD');
    expect(shownText(bodies[0])).toMatch(/archived/);
    expect(enabled()).toEqual([]);
  });

  it('a public channel the bot is not in yet: it joins, then says yes', async () => {
    fake.notMemberOf.add('CPUBLIC');
    const { bodies } = await here('CPUBLIC');
    expect(bodies[0]).toMatchObject({ response_type: 'in_channel' });
    expect(shownText(bodies[0])).toMatch(/will post a question here/);
    expect(fake.callsTo('conversations.join').map((c) => c.args.channel)).toEqual(['CPUBLIC']);
    expect(enabled()).toEqual(['CPUBLIC']);
  });
});

describe('a daily post Slack refuses for good', () => {
  it('pauses the channel, tells the admin once in the messages tab, and stops trying', async () => {
    // The bot is removed from the (now private) channel after the set-up.
    fake.privateChannels.add('CPUBLIC');
    fake.notMemberOf.add('CPUBLIC');
    for (const minute of ['00', '01', '02', '03', '04', '05']) {
      clock.set(`2026-01-05T09:${minute}:10Z`);
      await engine.tick();
    }
    const tries = fake.callsTo('chat.postMessage').filter((c) => c.args.channel === 'CPUBLIC');
    expect(tries).toHaveLength(1);
    const toAda = fake.messages.filter((m) => m.channel === 'UADA');
    expect(toAda).toHaveLength(1);
    expect(shownText(toAda[0]!.blocks)).toMatch(/channel_not_found.*paused it there.*\/prepbot resume/s);
    expect(store.data.channels['slack:T0FAKE:CPUBLIC']).toMatchObject({ paused: true });
  });

  it('/prepbot resume before the bot is back in the channel is refused; after the invite it posts the open question', async () => {
    const early = await fake.exchange({ command: { ...ada, channel: 'CPUBLIC', command: '/prepbot', text: 'resume' } });
    expect(shownText(early.bodies[0])).toMatch(/cannot see this channel/);
    fake.notMemberOf.delete('CPUBLIC');
    const resumed = await fake.exchange({
      command: { ...ada, channel: 'CPUBLIC', command: '/prepbot', text: 'resume' },
    });
    expect(shownText(resumed.bodies[0])).toMatch(/back/);
    clock.set('2026-01-05T09:07:10Z');
    await engine.tick();
    expect(fake.messages.filter((m) => m.channel === 'CPUBLIC')).toHaveLength(1);
  });
});
