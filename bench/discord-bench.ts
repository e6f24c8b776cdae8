import { loadavg } from 'node:os';
import { monitorEventLoopDelay, performance } from 'node:perf_hooks';
import { pathToFileURL } from 'node:url';
import { pino } from 'pino';
import { createDiscordAdapter } from '../src/adapters/discord/discord-adapter.js';
import { createCommandRouter } from '../src/chat/command-router.js';
import type { ChannelRef } from '../src/chat/message.js';
import { buildFactDesk } from '../src/lookup/build-fact-desk.js';
import { questionSchema } from '../src/questions/question-schema.js';
import { QuizEngine } from '../src/quiz/quiz-engine.js';
import { initialQuizState } from '../src/quiz/state-schema.js';
import { ManualClock } from '../src/schedule/clock.js';
import { createMemoryStore } from '../src/store/memory-store.js';
import { FakeDiscord, permissionBits, type FakeMember } from '../test/fakes/discord/fake-discord.js';
import type { FakeMessage } from '../test/fakes/discord/fake-discord-rest.js';
import { snowflake } from '../test/fakes/discord/snowflake.js';
import { validateSchedule } from '../src/schedule/validate-schedule.js';

const INTERACTIONS = 2_000;
/** Clicks from someone who already answered (they must not count twice). */
const DOUBLE_CLICKS = 200;
/** Clicks on another channel's round first, so the figures are those of a running bot, not of JIT warm-up. */
const WARM_UP_CLICKS = 300;
/**
 * Clicks arrive at this steady rate (open loop: each click is sent on time whether or not earlier ones
 * were answered), as when a whole server answers within ~8 seconds of the post. Bot and fake share one
 * Node process, so the rate stays below what that process can serve: the figure is latency, not
 * queueing behind an overloaded fake.
 */
const CLICKS_PER_SECOND = 250;

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? NaN;
}

const round1 = (value: number) => Number(value.toFixed(1));

/**
 * Discord interaction benchmark: 2,000 button clicks (1,800 people, 200 of them clicking twice) on one
 * open round of the real quiz engine (memory store) behind the real router and adapter, dispatched
 * through the fake gateway to real discord.js. Measures dispatch → interaction callback (what Discord's
 * 3-second deadline counts) and checks that every click got exactly one answer and the round holds
 * every person's first answer once.
 */
export async function benchDiscord(): Promise<Record<string, number | string>> {
  const fake = await FakeDiscord.start();
  const logger = pino({ level: 'silent' });
  const store = createMemoryStore(initialQuizState());
  const bank = ['Queues', 'Functions'].flatMap((topic) =>
    [1, 2].map((n) =>
      questionSchema.parse({
        id: `${topic}-${n}`,
        kind: 'custom',
        topic,
        stem: `Bench question ${n} on ${topic}`,
        choices: ['one', 'two', 'three', 'four'],
        answer: 1,
        explanation: 'Bench.',
        source: { file: 'bench.md', line: 1, section: topic },
      }),
    ),
  );
  const adapter = createDiscordAdapter({ token: fake.token, appId: fake.appId, apiUrl: fake.apiUrl, logger });
  const clock = new ManualClock('2026-01-05T08:00:00Z');
  const engine = new QuizEngine({
    validateSchedule,
    store,
    chats: [adapter],
    bank,
    clock,
    logger,
    settings: {
      defaultCron: '0 9 * * 1-5',
      defaultTimezone: 'UTC',
      closeAfterHours: 8,
      revealFeedbackAtClose: false,
      retentionDays: 90,
      admins: [],
    },
  });
  await adapter.start(createCommandRouter({ quiz: engine, factDesk: buildFactDesk([]), logger }));
  const pending = new Map<string, () => void>();
  fake.rest.onCallback = (callback) => pending.get(callback.interactionId)?.();

  const channel = (id: string): ChannelRef => ({ platform: 'discord', workspace: fake.guildId, channel: id });
  const warmUpChannel = snowflake();
  await engine.here(channel(warmUpChannel));
  await engine.here(channel(fake.channelId));
  clock.set('2026-01-05T09:00:00Z');
  await engine.tick();
  const questionIn = (id: string): FakeMessage => {
    const found = fake.rest.channelMessages(id)[0];
    if (!found) throw new Error(`benchDiscord: no question was posted in channel ${id}`);
    return found;
  };

  /** Clicks through `people` at the steady rate; resolves with the interaction ids once all are answered. */
  const clickThrough = async (
    message: FakeMessage,
    people: FakeMember[],
  ): Promise<{ ids: string[]; wallMs: number }> => {
    const buttons = message.components[0].components.map((button: { custom_id: string }) => button.custom_id);
    const started = performance.now();
    const ids: string[] = [];
    const answered: Array<Promise<void>> = [];
    for (const [index, person] of people.entries()) {
      const wait = started + (index * 1000) / CLICKS_PER_SECOND - performance.now();
      if (wait > 0) await new Promise((resolve) => setTimeout(resolve, wait));
      answered.push(
        new Promise<void>((resolve) => {
          const payload = fake.click(person, message.id, buttons[index % buttons.length]);
          ids.push(payload.id);
          pending.set(payload.id, resolve);
          setTimeout(resolve, 10_000).unref();
        }),
      );
    }
    await Promise.all(answered);
    return { ids, wallMs: performance.now() - started };
  };
  const person = (base: bigint, i: number): FakeMember => ({
    id: (base + BigInt(i)).toString(),
    username: `person${i}`,
    permissions: permissionBits.sendMessages,
  });

  try {
    const warmUp = await clickThrough(
      questionIn(warmUpChannel),
      Array.from({ length: WARM_UP_CLICKS }, (_, i) => person(400_000_000_000_000_000n, i)),
    );
    const people = Array.from({ length: INTERACTIONS - DOUBLE_CLICKS }, (_, i) => person(300_000_000_000_000_000n, i));
    // Stalls of the event loop itself (GC, or other processes taking the CPU) show up here, apart from latency.
    const loopDelay = monitorEventLoopDelay({ resolution: 10 });
    loopDelay.enable();
    const cpuBefore = process.cpuUsage();
    const measured = await clickThrough(questionIn(fake.channelId), [...people, ...people.slice(0, DOUBLE_CLICKS)]);
    const cpu = process.cpuUsage(cpuBefore);
    loopDelay.disable();
    await engine.flush();
    // Anything late or doubled would show up now.
    await new Promise((resolve) => setTimeout(resolve, 200));

    const callbacksOf = (ids: string[]) => ids.map((id) => fake.rest.callbacksById.get(id) ?? []);
    const latencies = (ids: string[]) =>
      callbacksOf(ids)
        .filter((list) => list.length > 0)
        .map((list) => list[0]!.msSinceDispatch)
        .sort((a, b) => a - b);
    const measuredCallbacks = callbacksOf(measured.ids);
    const sorted = latencies(measured.ids);
    const lost = measuredCallbacks.filter((list) => list.length === 0).length;
    const doubled = measuredCallbacks.filter((list) => list.length > 1).length;
    const round = Object.values(store.data.rounds).find((r) => r.channel.endsWith(fake.channelId));
    const recorded = round?.answers.length ?? 0;
    const distinctRecorded = new Set(round?.answers.map((answer) => answer.user)).size;
    const refused = measuredCallbacks.filter((list) =>
      /already answered/i.test(list[0]?.body?.data?.content ?? ''),
    ).length;
    const countEdit = fake.rest.messages.get(questionIn(fake.channelId).id)?.embeds[0]?.footer?.text ?? '';
    const p99 = percentile(sorted, 99);
    return {
      interactions: measured.ids.length,
      clicksPerSecond: CLICKS_PER_SECOND,
      answered: measuredCallbacks.length - lost,
      lost,
      doubled,
      ephemeralAnswers: measuredCallbacks.filter((list) => list[0]?.body?.data?.flags === 64).length,
      answersRecorded: recorded,
      distinctPeopleRecorded: distinctRecorded,
      expectedAnswers: people.length,
      doubleClicksRefused: refused,
      countShown: countEdit,
      p50Ms: round1(percentile(sorted, 50)),
      p99Ms: round1(p99),
      maxMs: round1(sorted.at(-1) ?? NaN),
      warmUpClicks: WARM_UP_CLICKS,
      warmUpP99Ms: round1(percentile(latencies(warmUp.ids), 99)),
      wallSeconds: round1(measured.wallMs / 1000),
      eventLoopDelayP99Ms: round1(loopDelay.percentile(99) / 1e6),
      eventLoopDelayMaxMs: round1(loopDelay.max / 1e6),
      /** CPU time of bot + fake together per click (both run in this process). */
      cpuMsPerClick: round1((cpu.user + cpu.system) / 1000 / measured.ids.length),
      loadAverage1m: round1(loadavg()[0] ?? NaN),
      verdict:
        p99 < 250 &&
        lost === 0 &&
        doubled === 0 &&
        recorded === people.length &&
        distinctRecorded === people.length &&
        refused === DOUBLE_CLICKS
          ? 'pass'
          : 'FAIL',
    };
  } finally {
    await engine.stop();
    await adapter.stop();
    await fake.close();
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  benchDiscord().then(
    (result) => console.log(result),
    (error: unknown) => {
      console.error(error);
      process.exitCode = 1;
    },
  );
}
