import { loadavg } from 'node:os';
import { monitorEventLoopDelay, performance } from 'node:perf_hooks';
import { pathToFileURL } from 'node:url';
import { pino } from 'pino';
import { createDiscordAdapter } from '../src/adapters/discord/discord-adapter.js';
import type { ChannelRef, Inbound, Reply } from '../src/chat/message.js';
import { FakeDiscord, permissionBits, type FakeMember } from '../test/fakes/discord/fake-discord.js';

const INTERACTIONS = 2_000;
/** Clicks from someone who already answered (they must not count twice). */
const DOUBLE_CLICKS = 200;
/** Clicks on a separate message first, so the figures are those of a running bot, not of JIT warm-up. */
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
 * open round, dispatched through the fake gateway to real discord.js. Measures dispatch → interaction
 * callback (what Discord's 3-second deadline counts) and checks that every click got exactly one answer
 * and every person's first answer was recorded once.
 */
export async function benchDiscord(): Promise<Record<string, number | string>> {
  const fake = await FakeDiscord.start();
  const answers = new Map<string, string>();
  let doubleClicksRefused = 0;
  // The core as the quiz engine behaves for a click: the first answer per person counts.
  const core = async (event: Inbound): Promise<Reply[]> => {
    if (event.type !== 'choice') return [];
    const key = `${event.choiceId.split(':')[0]}/${event.user.user}`;
    if (answers.has(key)) {
      doubleClicksRefused += 1;
      return [{ visibility: 'private', message: { body: 'You already answered; only your first answer counts.' } }];
    }
    answers.set(key, event.choiceId);
    return [{ visibility: 'private', message: { body: `✓ Recorded your answer ${event.choiceId.slice(-1)}.` } }];
  };
  const adapter = createDiscordAdapter({ token: fake.token, appId: fake.appId, apiUrl: fake.apiUrl, logger: pino({ level: 'silent' }) });
  await adapter.start(core);
  const pending = new Map<string, () => void>();
  fake.rest.onCallback = (callback) => pending.get(callback.interactionId)?.();
  const channel: ChannelRef = { platform: 'discord', workspace: fake.guildId, channel: fake.channelId };

  /** Posts a round and clicks through `people` at the steady rate; resolves with the interaction ids once all are answered. */
  const clickThrough = async (round: string, people: FakeMember[]): Promise<{ ids: string[]; wallMs: number }> => {
    const question = await adapter.post(channel, {
      title: 'Question of the day',
      body: 'Which one?',
      choices: ['A', 'B', 'C', 'D'].map((label, index) => ({ id: `${round}:${index}`, label, text: `Choice ${label}` })),
      context: 'Closes 17:00 UTC',
    }, round);
    const started = performance.now();
    const ids: string[] = [];
    const answered: Array<Promise<void>> = [];
    for (const [index, person] of people.entries()) {
      const wait = started + (index * 1000) / CLICKS_PER_SECOND - performance.now();
      if (wait > 0) await new Promise((resolve) => setTimeout(resolve, wait));
      answered.push(new Promise<void>((resolve) => {
        const payload = fake.click(person, question.messageId, `${round}:${index % 4}`);
        ids.push(payload.id);
        pending.set(payload.id, resolve);
        setTimeout(resolve, 10_000).unref();
      }));
    }
    await Promise.all(answered);
    return { ids, wallMs: performance.now() - started };
  };
  const person = (base: bigint, i: number): FakeMember => ({ id: (base + BigInt(i)).toString(), username: `person${i}`, permissions: permissionBits.sendMessages });

  try {
    const warmUp = await clickThrough('warm-up', Array.from({ length: WARM_UP_CLICKS }, (_, i) => person(400_000_000_000_000_000n, i)));
    const people = Array.from({ length: INTERACTIONS - DOUBLE_CLICKS }, (_, i) => person(300_000_000_000_000_000n, i));
    // Stalls of the event loop itself (GC, or other processes taking the CPU) show up here, apart from latency.
    const loopDelay = monitorEventLoopDelay({ resolution: 10 });
    loopDelay.enable();
    const cpuBefore = process.cpuUsage();
    const measured = await clickThrough('bench-round', [...people, ...people.slice(0, DOUBLE_CLICKS)]);
    loopDelay.disable();
    const cpu = process.cpuUsage(cpuBefore);
    // Anything late or doubled would show up now.
    await new Promise((resolve) => setTimeout(resolve, 200));

    const callbacksOf = (ids: string[]) => ids.map((id) => fake.rest.callbacksById.get(id) ?? []);
    const latencies = (ids: string[]) => callbacksOf(ids).filter((list) => list.length > 0).map((list) => list[0]!.msSinceDispatch).sort((a, b) => a - b);
    const measuredCallbacks = callbacksOf(measured.ids);
    const sorted = latencies(measured.ids);
    const lost = measuredCallbacks.filter((list) => list.length === 0).length;
    const doubled = measuredCallbacks.filter((list) => list.length > 1).length;
    const recorded = [...answers.keys()].filter((key) => key.startsWith('bench-round/')).length;
    const p99 = percentile(sorted, 99);
    return {
      interactions: measured.ids.length,
      clicksPerSecond: CLICKS_PER_SECOND,
      answered: measuredCallbacks.length - lost,
      lost,
      doubled,
      ephemeralAnswers: measuredCallbacks.filter((list) => list[0]?.body?.data?.flags === 64).length,
      answersRecorded: recorded,
      expectedAnswers: people.length,
      doubleClicksRefused,
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
      verdict: p99 < 250 && lost === 0 && doubled === 0 && recorded === people.length && doubleClicksRefused === DOUBLE_CLICKS ? 'pass' : 'FAIL',
    };
  } finally {
    await adapter.stop();
    await fake.close();
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  benchDiscord().then((result) => console.log(result), (error: unknown) => {
    console.error(error);
    process.exitCode = 1;
  });
}
