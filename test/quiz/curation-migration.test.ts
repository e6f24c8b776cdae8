import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pino } from 'pino';
import { afterEach, beforeEach, expect, it } from 'vitest';
import { openQuizStore } from '../../src/app/load-core.js';

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'prepbot-migration-'));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

it('a version 1 store file opens on the real file store with item statistics from its closed rounds, and is saved as version 2', async () => {
  const path = join(dir, 'prepbot.json');
  const answer = (user: string, correct: boolean) => ({
    user: `slack:T1:${user}`,
    choice: correct ? 1 : 0,
    correct,
    at: 1,
    points: correct ? 10 : 0,
  });
  const round = {
    id: '1',
    channel: 'slack:T1:C1',
    season: 1,
    seq: 1,
    questionId: 'q-1',
    topic: 'Queues',
    answer: 1,
    occurrence: 0,
    closesAt: 2,
    closedAt: 2,
    revealed: true,
    answers: [answer('A', true), answer('B', false), answer('C', false)],
  };
  const totals = { A: [40, 1, 4, 4], B: [20, 1, 4, 2], C: [0, 1, 4, 0] };
  await writeFile(
    path,
    JSON.stringify({
      schemaVersion: 1,
      nextRound: 2,
      users: {},
      channels: {},
      rounds: { '1': round },
      seasons: {},
      scores: { 'slack:T1#1': { totals, topicNames: [], topics: {} } },
      practice: {},
    }),
  );
  const store = await openQuizStore({ STORE_PATH: path, STORE_BACKUPS: 1 }, pino({ level: 'silent' }));
  expect(store.data.curation).toEqual({
    'slack:T1': { questions: {}, items: { 'q-1': [3, 1, 1, 1, 1, 0] }, noticed: {} },
  });
  await store.change(() => {});
  await store.close();
  expect(JSON.parse(await readFile(path, 'utf8')).schemaVersion).toBe(2);
});
