import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { SlackAdapter } from '../../src/adapters/slack/slack-adapter.js';
import type { QuizEngine } from '../../src/quiz/quiz-engine.js';
import { initialQuizState } from '../../src/quiz/state-schema.js';
import { ManualClock } from '../../src/schedule/clock.js';
import { createMemoryStore } from '../../src/store/memory-store.js';
import { longQuestion } from '../fakes/long-question.js';
import type { FakeSlack } from '../fakes/slack/fake-slack.js';
import { shownText } from '../fakes/slack/shown-text.js';
import { startSlackQuizBot } from './slack-quiz-bot.js';

/**
 * Issue 13, point 3 on Slack: a question at every schema limit is posted (the fake refuses blocks
 * over Block Kit's limits with invalid_blocks, as Slack does), every choice reads whole, and the
 * buttons of its practice copy, which carry the 80-character id, still work.
 */

const question = longQuestion();
const unescape = (text: string) => text.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');
let fake: FakeSlack;
let adapter: SlackAdapter;
let engine: QuizEngine;
const clock = new ManualClock('2026-01-05T08:30:00Z');

beforeAll(async () => {
  ({ fake, adapter, engine } = await startSlackQuizBot({
    users: [{ id: 'UADA', displayName: 'Ada', isAdmin: true }],
    bank: [question],
    clock,
    store: createMemoryStore(initialQuizState()),
    retry: { retries: 1, minTimeoutMs: 10, maxTimeoutMs: 20 },
  }));
});

afterAll(async () => {
  await engine?.stop();
  await adapter?.stop();
  await fake?.stop();
});

describe('a question at the schema limits in Slack', () => {
  it('is posted with the whole stem and all six choices readable', async () => {
    await fake.exchange({ command: { user: 'UADA', command: '/prepbot', text: 'here' } });
    clock.set('2026-01-05T09:00:10Z');
    await engine.tick();
    const refused = fake.callsTo('chat.postMessage').filter((c) => c.args.blocks);
    expect(refused).toHaveLength(1);
    expect(fake.messages).toHaveLength(1);
    const shown = unescape(shownText(fake.messages[0]!.blocks));
    expect(shown).toContain(question.stem);
    for (const [i, choice] of question.choices.entries()) expect(shown).toContain(`*${'ABCDEF'[i]}.* ${choice}`);
  });

  it('a practice copy carries the 80-character id in its buttons, and choice F is answered', async () => {
    const practice = await fake.exchange({ command: { user: 'UADA', command: '/quiz' } });
    const actions = (
      practice.bodies[0]!.blocks as Array<{ type: string; elements?: Array<{ action_id: string; value: string }> }>
    ).find((b) => b.type === 'actions')!;
    const f = actions.elements![5]!;
    expect(f.value).toContain(question.id);
    const verdict = await fake.exchange({ click: { user: 'UADA', actionId: f.action_id, value: f.value } });
    expect(shownText(verdict.bodies[0])).not.toMatch(/no longer works/);
    expect(shownText(verdict.bodies[0])).toMatch(/right/i);
  });
});
