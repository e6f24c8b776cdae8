import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import type { Item } from '../src/knowledge/item.js';
import { loadNotes } from '../src/knowledge/load-notes.js';
import { buildFactDesk } from '../src/lookup/build-fact-desk.js';
import type { Lexicon } from '../src/knowledge/lexicon.js';
import type { FactDesk } from '../src/lookup/fact-desk.js';
import { labelOf } from '../src/lookup/suggest.js';

/**
 * Fact-desk benchmark: index build time and lookup latency (p50/p99) over the shipped notes and over a
 * synthetic corpus 100× their size (the notes replicated with renamed topics).
 */

const NOTES_DIR = fileURLToPath(new URL('../data/notes/', import.meta.url));
const COPIES = 100;
const MIN_QUERIES = 1_200;
const ROUNDS = 3;

/** A made-up two-letter tag per copy ("qa", "qb", …), so each copy's topic is a new word. */
function tag(copy: number): string {
  return String.fromCharCode(97 + (Math.floor(copy / 26) % 26)) + String.fromCharCode(97 + (copy % 26));
}

function renameDeep<T>(value: T, rename: (text: string) => string): T {
  if (typeof value === 'string') return rename(value) as T;
  if (Array.isArray(value)) return value.map((entry) => renameDeep(entry, rename)) as T;
  if (value && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([key, entry]) => [key, renameDeep(entry, rename)])) as T;
  }
  return value;
}

/** The items `copies` times over; every copy after the first renames each topic ("Lambda" → "Lambdaqb"). */
export function replicate(items: readonly Item[], copies: number): Item[] {
  const topics = [...new Set(items.map((item) => item.topic))].filter((topic) => topic.trim().length > 0);
  const escaped = topics
    .map((topic) => topic.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&'))
    .sort((a, b) => b.length - a.length);
  const pattern = escaped.length > 0 ? new RegExp(`(${escaped.join('|')})`, 'giu') : undefined;
  const out: Item[] = [...items];
  for (let copy = 1; copy < copies; copy += 1) {
    const suffix = tag(copy);
    for (const item of items) {
      const renamed = renameDeep(item, (text) => (pattern ? text.replace(pattern, `$1${suffix}`) : text));
      out.push({ ...renamed, id: `${item.id}-${copy}`, source: { ...renamed.source, line: item.source.line } });
    }
  }
  return out;
}

/** A typo a person makes: two neighbouring letters swapped in the longest word. */
function typo(query: string): string {
  const words = query.split(' ');
  const longest = words.reduce((best, word, i) => (word.length > (words[best]?.length ?? 0) ? i : best), 0);
  const word = words[longest] ?? '';
  if (word.length < 5) return query;
  words[longest] = `${word.slice(0, 2)}${word[3]}${word[2]}${word.slice(4)}`;
  return words.join(' ');
}

const EXTRA_QUERIES: Array<['limit' | 'define', string]> = [
  ['limit', 'lambda ram'],
  ['limit', 'lambda duration'],
  ['limit', 'max execution time'],
  ['limit', 'ephemeral storage'],
  ['limit', 'env vars'],
  ['limit', 'zip'],
  ['limit', 'unzipped'],
  ['limit', 'concurrency'],
  ['limit', 'payload'],
  ['limit', 'lambda price'],
  ['limit', 'xray port'],
  ['limit', 'lamda timout'],
  ['limit', 'timeout lambda'],
  ['limit', 'foo bar'],
  ['limit', 'no such thing here'],
  ['define', 'cloudwatch events'],
  ['define', 'dynamo db'],
  ['define', 'dyanmodb'],
  ['define', 'eventbrige'],
  ['define', 'kubernetes operator'],
  ['define', 'cup'],
];

/** Varied queries: every item's label, a typo of it, the words reversed, plus synonyms and misses. */
export function queriesFor(items: readonly Item[]): Array<['limit' | 'define', string]> {
  const queries: Array<['limit' | 'define', string]> = [...EXTRA_QUERIES];
  for (const item of items) {
    const command = item.kind === 'fact' && item.quantity ? 'limit' : 'define';
    const label = labelOf(command, item);
    if (!label) continue;
    queries.push([command, label], [command, typo(label)], [command, label.split(' ').reverse().join(' ')]);
  }
  return queries;
}

function percentile(sorted: readonly number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * p))] ?? 0;
}

interface Timings {
  /** Every run of every query, in ms, sorted. */
  all: number[];
  /** Each query's fastest run, in ms, sorted: the lookup's own cost, without scheduler or GC pauses. */
  best: number[];
  rounds: number;
}

/** Runs each query ROUNDS times (at least MIN_QUERIES runs in all). */
function timeQueries(desk: FactDesk, queries: Array<['limit' | 'define', string]>): Timings {
  const all: number[] = [];
  const best = new Array<number>(queries.length).fill(Number.POSITIVE_INFINITY);
  const rounds = Math.max(ROUNDS, Math.ceil(MIN_QUERIES / Math.max(1, queries.length)));
  for (let round = 0; round < rounds; round += 1) {
    queries.forEach(([command, query], i) => {
      const started = performance.now();
      if (command === 'limit') desk.limit(query);
      else desk.define(query);
      const took = performance.now() - started;
      all.push(took);
      best[i] = Math.min(best[i] ?? took, took);
    });
  }
  return { all: all.sort((a, b) => a - b), best: best.sort((a, b) => a - b), rounds };
}

function measure(
  items: readonly Item[],
  queries: Array<['limit' | 'define', string]>,
  lexicon: Lexicon,
): { build: number } & Timings {
  const started = performance.now();
  const desk = buildFactDesk(items, { lexicon });
  const build = performance.now() - started;
  timeQueries(desk, queries.slice(0, 100)); // warm up the JIT before measuring
  return { build, ...timeQueries(desk, queries) };
}

const µs = (ms: number): number => Math.round(ms * 1000);
const ms = (value: number): number => Math.round(value * 10) / 10;

/** Builds the fact desk for data/notes and for a 100× synthetic corpus; returns build ms and p50/p99 µs. */
export async function benchLookup(): Promise<Record<string, number | string>> {
  const { items, lexicon } = await loadNotes(NOTES_DIR);
  const notes = measure(items, queriesFor(items), lexicon);
  const bigItems = replicate(items, COPIES);
  // Queries for the big corpus mix the originals with the renamed copies' labels.
  const big = measure(
    bigItems,
    [...queriesFor(items), ...queriesFor(bigItems.slice(items.length * 37, items.length * 38))],
    lexicon,
  );
  const report = (name: string, corpus: readonly Item[], m: { build: number } & Timings): Record<string, number> => ({
    [`lookup items (${name})`]: corpus.length,
    [`lookup build ms (${name})`]: ms(m.build),
    [`lookup queries run (${name})`]: m.all.length,
    [`lookup p50 µs (${name})`]: µs(percentile(m.all, 0.5)),
    [`lookup p99 µs (${name})`]: µs(percentile(m.all, 0.99)),
    [`lookup p99 µs, best of ${m.rounds} runs per query (${name})`]: µs(percentile(m.best, 0.99)),
  });
  return { ...report('notes', items, notes), ...report('100×', bigItems, big), ...longQuery(items, lexicon) };
}

/** A pasted 10,000-character query against a short one on the shipped notes: medians of 50 runs each (ms). */
function longQuery(items: readonly Item[], lexicon: Lexicon): Record<string, number> {
  const desk = buildFactDesk(items, { lexicon });
  const median = (query: string): number => {
    desk.limit(query);
    const runs = Array.from({ length: 50 }, () => {
      const started = performance.now();
      desk.limit(query);
      return performance.now() - started;
    });
    return percentile(runs, 0.5);
  };
  const short = median('lambda timeout');
  const long = median('lambda timeout '.repeat(700));
  return { 'lookup median µs, short query': µs(short), 'lookup median µs, 10,000-character query': µs(long) };
}
