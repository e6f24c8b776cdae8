import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { DiscordAdapter } from '../../src/adapters/discord/discord-adapter.js';
import type { QuizEngine } from '../../src/quiz/quiz-engine.js';
import { initialQuizState } from '../../src/quiz/state-schema.js';
import { ManualClock } from '../../src/schedule/clock.js';
import { createMemoryStore } from '../../src/store/memory-store.js';
import { FakeDiscord, permissionBits, type FakeMember } from '../fakes/discord/fake-discord.js';
import type { FakeMessage } from '../fakes/discord/fake-discord-rest.js';
import { longQuestion } from '../fakes/long-question.js';
import { startDiscordQuizBot } from './discord-quiz-bot.js';

/**
 * Issue 13, point 3 on Discord: a question at every schema limit is posted (the fake answers 50035
 * Invalid Form Body over Discord's limits, as Discord does), the stem and all six choices read whole,
 * and the practice copy's buttons (custom_id with the 80-character id) are answered.
 */

const admin: FakeMember = {
  id: '311111111111111111',
  username: 'ada',
  permissions: permissionBits.manageGuild | permissionBits.sendMessages,
};
const question = longQuestion();
const unescape = (text: string) => text.replace(/\\(.)/g, '$1');
const everything = (message: FakeMessage) =>
  (message.embeds ?? [])
    .flatMap((e: any) => [
      e.title ?? '',
      e.description ?? '',
      ...(e.fields ?? []).flatMap((f: any) => [f.name, f.value]),
    ])
    .map(unescape)
    .join('\n');

let fake: FakeDiscord;
let adapter: DiscordAdapter;
let engine: QuizEngine;
const clock = new ManualClock('2026-01-05T08:00:00Z');

beforeAll(async () => {
  ({ fake, adapter, engine } = await startDiscordQuizBot({
    bank: [question],
    clock,
    store: createMemoryStore(initialQuizState()),
    retry: { attempts: 2, baseDelayMs: 5 },
  }));
});

afterAll(async () => {
  await engine?.stop();
  await adapter?.stop();
  await fake?.close();
});

describe('a question at the schema limits on Discord', () => {
  test('is posted with the whole stem and all six choices readable, six buttons', async () => {
    const here = fake.slashCommand(admin, 'prepbot', [{ name: 'here', type: 1, options: [] }]);
    await fake.rest.waitFor(() => fake.repliesTo(here).length > 0);
    clock.set('2026-01-05T09:00:10Z');
    await engine.tick();
    const [posted] = fake.rest.channelMessages(fake.channelId);
    expect(posted).toBeDefined();
    const shown = everything(posted!);
    expect(shown).toContain(question.stem);
    for (const choice of question.choices) expect(shown).toContain(choice);
    expect(posted!.components.flatMap((row: any) => row.components)).toHaveLength(6);
  });

  test('the practice copy answers a click on F', async () => {
    const practice = fake.slashCommand(admin, 'quiz');
    const [reply] = await fake.rest.waitFor(() => fake.repliesTo(practice).length > 0 && fake.repliesTo(practice));
    const buttons = reply!.components.flatMap((row: any) => row.components);
    expect(buttons[5].custom_id).toContain(question.id);
    const click = fake.click(admin, reply!, buttons[5].custom_id);
    const [answer] = await fake.rest.waitFor(() => fake.repliesTo(click).length > 0 && fake.repliesTo(click));
    expect(everything(answer!) + (answer!.content ?? '')).not.toMatch(/no longer works/);
    expect(everything(answer!) + unescape(answer!.content ?? '')).toMatch(/right/i);
  });
});
