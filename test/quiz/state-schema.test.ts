import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pino } from 'pino';
import { afterEach, describe, expect, it } from 'vitest';
import { QuizEngine } from '../../src/quiz/quiz-engine.js';
import {
  initialQuizState,
  quizMigrations,
  quizStateSchema,
  quizStateVersion,
  type QuizState,
} from '../../src/quiz/state-schema.js';
import { openFileStore } from '../../src/store/file-store.js';
import { RecordingChat } from '../fakes/recording-chat.js';
import { channel, click, defaultSettings, person, rightIndex, setup, tickUntil } from './engine-harness.js';
import { makeBank } from './sample-bank.js';
import { validateSchedule } from '../../src/schedule/validate-schedule.js';

const dirs: string[] = [];
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

describe('quiz state schema', () => {
  it('accepts the initial state and what a played week leaves behind', async () => {
    expect(quizStateSchema.parse(initialQuizState())).toEqual(initialQuizState());
    const { engine, clock, chat, bank, store } = setup();
    await engine.here(channel);
    await tickUntil(engine, clock, '2026-01-05T09:00:00Z');
    await engine.answer(click(chat.questions()[0]!, rightIndex(chat.questions()[0]!, bank), person('U1', 'Ada')));
    await engine.practice(person('U1', 'Ada'), channel);
    await tickUntil(engine, clock, '2026-01-08T12:00:00Z', 60 * 60_000);
    const result = quizStateSchema.safeParse(JSON.parse(JSON.stringify(store.data)));
    expect(result.error?.issues).toBeUndefined();
  });

  it('names the field and entry of a bad score', () => {
    const state = initialQuizState() as QuizState;
    state.scores['slack:T1#1'] = { totals: { U1: [10, 0, 1] as never }, topicNames: [], topics: {} };
    const issues = quizStateSchema.safeParse(state).error!.issues;
    expect(issues[0]!.path).toEqual(['scores', 'slack:T1#1', 'totals', 'U1']);
    expect(issues[0]!.message).toBe('expected [points, reached at, answered, correct] of whole numbers');
  });

  it('survives a restart on the real file store: answers, scores and the open round come back', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'prepbot-quiz-'));
    dirs.push(dir);
    const path = join(dir, 'state.json');
    const open = () =>
      openFileStore({
        path,
        schema: quizStateSchema,
        currentVersion: quizStateVersion,
        migrations: quizMigrations,
        initial: initialQuizState,
      });
    const quiz = setup();
    const first = await open();
    const chat = new RecordingChat('slack');
    const bank = makeBank(['Lambda', 'S3'], 3);
    const engine = new QuizEngine({
      validateSchedule,
      store: first,
      chats: [chat],
      bank,
      clock: quiz.clock,
      settings: defaultSettings,
      logger: pino({ level: 'silent' }),
    });
    await engine.here(channel);
    await tickUntil(engine, quiz.clock, '2026-01-05T09:00:00Z');
    const post = chat.questions()[0]!;
    await engine.answer(click(post, rightIndex(post, bank), person('U1', 'Ada')));
    await engine.stop();
    await first.close();
    expect(JSON.parse(readFileSync(path, 'utf8')).schemaVersion).toBe(quizStateVersion);

    const second = await open();
    const again = new QuizEngine({
      validateSchedule,
      store: second,
      chats: [chat],
      bank,
      clock: quiz.clock,
      settings: defaultSettings,
      logger: pino({ level: 'silent' }),
    });
    await tickUntil(again, quiz.clock, '2026-01-05T17:00:00Z');
    expect(chat.questions()).toHaveLength(1);
    expect(chat.reveals()[0]!.message.fields).toContainEqual({ label: 'First right', value: 'Ada' });
    expect((await again.score(person('U1', 'Ada'), channel))[0]!.message.fields![0]).toEqual({
      label: 'Points',
      value: '13',
    });
    await second.close();
  });
});
