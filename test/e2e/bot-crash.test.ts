import { join } from 'node:path';
import { pino } from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openQuizStore } from '../../src/app/load-core.js';
import { type BotProcess, builtCli, tempFolder } from '../fakes/bot-process.js';
import { FakeSlack } from '../fakes/slack/fake-slack.js';
import { startSlackChild } from '../fakes/slack/slack-bot-child.js';
import { buttonsOf, shownText } from '../fakes/slack/slack-http-driver.js';
import { fakeTeam } from '../fakes/slack/slack-payloads.js';

/**
 * The real bot (`prepbot start`, compiled) in a child process, Slack in HTTP mode against the fake
 * Slack in this process. A burst of signed clicks from many people; the child is SIGKILLed at a random
 * moment in it, restarted over the same store, 50 times. An answer counts as acknowledged when the
 * bot's private "Recorded" reply reached its response_url: each of those must be in the store file
 * exactly once after every restart.
 */

const kills = 50;
const logger = pino({ level: 'silent' });

let fake: FakeSlack;
let folder: string;

beforeAll(async () => {
  [fake, folder] = await Promise.all([
    FakeSlack.start([{ id: 'UADMIN', displayName: 'Ada', isAdmin: true }]),
    tempFolder(),
    builtCli(),
  ]);
}, 60_000);

afterAll(async () => {
  await fake?.stop();
});

/** A small deterministic random source, so a failing run can be replayed from its seed. */
function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Whether the bot's private feedback to a click says its answer was recorded. */
function isAcknowledged(replies: Array<Record<string, unknown>>): boolean {
  return replies.some((body) => shownText(body).includes('✓ Recorded your answer'));
}

/** Answers per person in the store file, read with the real store (which also proves the file loads). */
async function answersOnDisk(storePath: string): Promise<Map<string, number>> {
  const store = await openQuizStore({ STORE_PATH: storePath, STORE_BACKUPS: 3 }, logger);
  const counts = new Map<string, number>();
  for (const round of Object.values(store.data.rounds)) {
    for (const answer of round.answers) counts.set(answer.user, (counts.get(answer.user) ?? 0) + 1);
  }
  await store.close();
  return counts;
}

describe('the whole bot killed with SIGKILL in the middle of a burst of clicks', () => {
  it(`keeps every acknowledged answer exactly once across ${kills} kills and restarts, and the store always loads`, async () => {
    const seed = Date.now() % 1_000_000;
    const random = seededRandom(seed);
    const storePath = join(folder, 'prepbot.json');
    const acknowledged = new Set<string>();
    const everyone: string[] = [];
    let sent = 0;
    let buttons: Array<{ action_id: string; value: string }> = [];

    let current: BotProcess | undefined;
    try {
      for (let cycle = 0; cycle < kills; cycle += 1) {
        const { bot, driver } = await startSlackChild(fake, storePath, folder);
        current = bot;
        if (cycle === 0) {
          expect(await driver.ask({ user: 'UADMIN', command: '/prepbot', text: 'here' })).toMatch(
            /will post a question here/,
          );
          expect(await driver.ask({ user: 'UADMIN', command: '/prepbot', text: 'next' })).toMatch(
            /Posted a new question/,
          );
          buttons = buttonsOf(fake.messages.at(-1)?.blocks);
          expect(buttons.length).toBeGreaterThanOrEqual(3);
        }

        // Clients click until the kill: mostly new people, some earlier ones clicking again.
        const clicks: Array<{ user: string; replyId: string }> = [];
        let killed = false;
        const client = async (): Promise<void> => {
          while (!killed) {
            const again = everyone.length > 0 && random() < 0.2;
            const user = again ? everyone[Math.floor(random() * everyone.length)]! : `U${cycle}N${everyone.length}`;
            if (!again) everyone.push(user);
            const button = buttons[Math.floor(random() * buttons.length)]!;
            sent += 1;
            try {
              const { replyId } = await driver.click({ user, actionId: button.action_id, value: button.value });
              clicks.push({ user, replyId });
            } catch {
              return; // the bot is gone
            }
          }
        };
        // The kill lands at a random moment after the burst's first few acknowledgements (counted, not
        // timed, so a slow machine still gets a real burst): 1-4 acknowledged, then 0-150 ms more.
        const acksBeforeKill = 1 + Math.floor(random() * 4);
        const burst = Promise.all(Array.from({ length: 4 }, client));
        const acked = () => clicks.filter((click) => isAcknowledged(driver.replies(click.replyId))).length;
        await fake.waitFor(`${acksBeforeKill} acknowledged answers`, () => acked() >= acksBeforeKill, 20_000);
        await new Promise((resolve) => setTimeout(resolve, Math.floor(random() * 150)));
        bot.kill('SIGKILL');
        const exit = await bot.exited;
        killed = true;
        await burst;
        expect(exit.signal).toBe('SIGKILL');

        for (const click of clicks) {
          if (isAcknowledged(driver.replies(click.replyId))) acknowledged.add(click.user);
        }
        const onDisk = await answersOnDisk(storePath).catch((error: Error) => {
          throw new Error(`after kill ${cycle + 1} (seed ${seed}) the store file does not load: ${error.message}`);
        });
        const missing = [...acknowledged].filter((user) => !onDisk.has(`slack:${fakeTeam}:${user}`));
        const doubled = [...onDisk].filter(([, n]) => n > 1).map(([user]) => user);
        expect({ cycle, seed, missing, doubled }).toEqual({ cycle, seed, missing: [], doubled: [] });
      }
    } finally {
      // A failed cycle must not leave its bot running.
      await current?.dispose();
    }

    const onDisk = await answersOnDisk(storePath);
    console.info(
      `bot crash: ${kills} kills, ${sent} clicks sent, ${acknowledged.size} answers acknowledged, ${onDisk.size} on disk, 0 lost, 0 doubled (seed ${seed})`,
    );
    // Every cycle acknowledged at least one answer before its kill.
    expect(acknowledged.size).toBeGreaterThanOrEqual(kills);
  }, 480_000); // 50 bot processes started and killed: about 2 minutes idle, far more on a loaded machine
});
