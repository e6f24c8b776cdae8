import { spawnSync } from 'node:child_process';
import { mkdtemp, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import { pino } from 'pino';
import { openQuizStore } from '../src/app/load-core.js';
import type { ChannelRef, ChoiceEvent, UserRef } from '../src/chat/message.js';
import { loadQuestionBank } from '../src/questions/load-bank.js';
import { QuizEngine, type QuizSettings } from '../src/quiz/quiz-engine.js';
import { initialQuizState, type QuizState } from '../src/quiz/state-schema.js';
import { ManualClock } from '../src/schedule/clock.js';
import { createMemoryStore } from '../src/store/memory-store.js';
import type { JsonStore } from '../src/store/json-store.js';
import { RecordingChat } from '../test/fakes/recording-chat.js';
import { validateSchedule } from '../src/schedule/validate-schedule.js';

/**
 * Store and core benchmark, through the real QuizEngine:
 * 1. 10,000 different people answer one round within one second (100 answers every 10 ms) over the real
 *    file store: per-answer handling time (click → acknowledged, i.e. on disk), file writes, and every
 *    answer found again after reopening the file.
 * 2. A year of a big workspace: 100,000 people, 365 daily rounds closed (1,000 answers each, older rounds
 *    compacted as in production), written to a file; then a fresh process loads it: load time, resident
 *    memory, file size.
 */
const QUESTIONS = fileURLToPath(new URL('../questions/', import.meta.url));
const channel: ChannelRef = { platform: 'slack', workspace: 'T1', channel: 'C1' };
const settings: QuizSettings = {
  defaultCron: '0 9 * * *',
  defaultTimezone: 'UTC',
  closeAfterHours: 8,
  revealFeedbackAtClose: false,
  retentionDays: 90,
  admins: [],
  countUpdateDelayMs: 2000,
};
const logger = pino({ level: 'silent' });
const person = (n: number): UserRef => ({ platform: 'slack', workspace: 'T1', user: `U${n}`, name: `person ${n}` });

const percentile = (sorted: number[], p: number) =>
  sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;
const round1 = (n: number) => Math.round(n * 10) / 10;

async function engineOver(store: JsonStore<QuizState>, clock: ManualClock) {
  const chat = new RecordingChat('slack');
  const bank = await loadQuestionBank(QUESTIONS);
  const engine = new QuizEngine({ store, chats: [chat], bank, clock, settings, logger, validateSchedule });
  await engine.here(channel);
  return { engine, chat };
}

function clickOf(chat: RecordingChat, n: number): ChoiceEvent {
  const choices = chat.posts.at(-1)!.message.choices!;
  return { type: 'choice', choiceId: choices[n % choices.length]!.id, user: person(n), channel };
}

async function burst(dir: string) {
  const clock = new ManualClock('2026-03-02T09:30:00Z');
  const path = join(dir, 'burst.json');
  const store = await openQuizStore({ STORE_PATH: path, STORE_BACKUPS: 3 }, logger);
  const { engine, chat } = await engineOver(store, clock);
  await engine.next(channel);
  const writesBefore = store.writes;
  const latencies: number[] = [];
  const pending: Promise<void>[] = [];
  const started = performance.now();
  for (let batch = 0; batch < 100; batch += 1) {
    for (let i = 0; i < 100; i += 1) {
      const n = batch * 100 + i;
      const sent = performance.now();
      pending.push(
        engine.answer(clickOf(chat, n)).then((replies) => {
          if (!replies[0]?.message.body.startsWith('✓'))
            throw new Error(`answer ${n} not acknowledged: ${replies[0]?.message.body}`);
          latencies.push(performance.now() - sent);
        }),
      );
    }
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
  await Promise.all(pending);
  const elapsed = performance.now() - started;
  const writes = store.writes - writesBefore;
  await engine.stop();
  await store.close();
  const reopened = await openQuizStore({ STORE_PATH: path, STORE_BACKUPS: 3 }, logger);
  const answers = Object.values(reopened.data.rounds).flatMap((r) => r.answers.map((a) => a.user));
  await reopened.close();
  latencies.sort((a, b) => a - b);
  return { latencies, writes, elapsed, persisted: answers.length, distinct: new Set(answers).size };
}

async function year(dir: string) {
  const clock = new ManualClock('2025-01-01T08:00:00Z');
  const store = createMemoryStore(initialQuizState());
  const { engine, chat } = await engineOver(store, clock);
  const day = 86_400_000;
  for (let d = 0; d < 365; d += 1) {
    const morning = Date.parse('2025-01-01T09:00:00Z') + d * day;
    clock.set(morning);
    await engine.tick();
    const answers = [];
    for (let i = 0; i < 1000; i += 1) answers.push(engine.answer(clickOf(chat, (d * 1000 + i) % 100_000)));
    await Promise.all(answers);
    clock.set(morning + 8 * 3_600_000);
    await engine.tick();
  }
  await engine.stop();
  const users = Object.keys(store.data.users).length;
  const rounds = Object.values(store.data.rounds).filter((r) => r.closedAt !== undefined).length;
  const path = join(dir, 'year.json');
  const file = await openQuizStore({ STORE_PATH: path, STORE_BACKUPS: 0 }, logger);
  await file.change((data) => Object.assign(data, store.data));
  await file.close();
  return { path, users, rounds, bytes: (await stat(path)).size };
}

export async function benchStore(): Promise<Record<string, number | string>> {
  const dir = await mkdtemp(join(tmpdir(), 'prepbot-bench-store-'));
  try {
    const b = await burst(dir);
    const y = await year(dir);
    const load = spawnSync(
      process.execPath,
      ['--expose-gc', '--import', 'tsx', fileURLToPath(import.meta.url), '--load', y.path],
      { encoding: 'utf8' },
    );
    const loaded = JSON.parse(load.stdout.trim().split('\n').at(-1) ?? '{}') as { medianMs?: number; rssMb?: number };
    return {
      '10k answers: sent over (ms)': Math.round(b.elapsed),
      '10k answers: handling p50 (ms)': round1(percentile(b.latencies, 50)),
      '10k answers: handling p99 (ms, target < 50)': round1(percentile(b.latencies, 99)),
      '10k answers: file writes': b.writes,
      '10k answers: persisted / distinct': `${b.persisted} / ${b.distinct}`,
      'year store: people / closed rounds': `${y.users} / ${y.rounds}`,
      'year store: file size (MB)': round1(y.bytes / 1048576),
      'year store: load median of 3 (ms, target < 1500)': loaded.medianMs ?? `failed: ${load.stderr.slice(-300)}`,
      'year store: resident memory after load (MB, target < 300)': loaded.rssMb ?? 'failed',
    };
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

// `--load FILE`: a fresh process opens the store file three times (median time), then reports the
// resident memory while holding one loaded store, after garbage collection (what a running bot keeps).
if (process.argv[2] === '--load' && process.argv[3]) {
  const gc = (globalThis as { gc?: () => void }).gc ?? (() => {});
  const times: number[] = [];
  let store: Awaited<ReturnType<typeof openQuizStore>> | undefined;
  for (let i = 0; i < 3; i += 1) {
    await store?.close();
    store = undefined;
    gc();
    const started = performance.now();
    store = await openQuizStore({ STORE_PATH: process.argv[3], STORE_BACKUPS: 0 }, logger);
    times.push(performance.now() - started);
  }
  gc();
  const rssMb = Math.round(process.memoryUsage().rss / 1048576);
  times.sort((a, b) => a - b);
  console.log(
    JSON.stringify({ medianMs: Math.round(times[1]!), rssMb, people: Object.keys(store!.data.users).length }),
  );
}
