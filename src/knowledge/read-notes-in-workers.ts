import { Worker } from 'node:worker_threads';
import { baseLexiconOnly, type Lexicon } from './lexicon.js';
import type { Batch, BatchDone, WorkerSetup } from './parse-worker.js';
import { readNote, type NoteResult } from './read-note.js';

/** Files handed to a worker at a time: small enough to share the work evenly, large enough to keep messages few. */
const BATCH = 8;
/** Batches a worker holds at once, so it never waits for this thread (which parses too) to send the next. */
const IN_FLIGHT = 2;

/**
 * A worker running parse-worker. Compiled, this module is dist/knowledge/*.js and so is the worker. Under
 * tsx (the bench, `npm run dev`) or vitest both are .ts: Node 20 hands `--import tsx` on to workers but
 * does not apply it there, so the worker is a small module that registers tsx, then loads the .ts.
 */
function startWorker(setup: WorkerSetup): Worker {
  if (!import.meta.url.endsWith('.ts'))
    return new Worker(new URL('./parse-worker.js', import.meta.url), { workerData: setup });
  const tsx = import.meta.resolve('tsx/esm/api');
  const worker = new URL('./parse-worker.ts', import.meta.url).href;
  const code = `import { register } from ${JSON.stringify(tsx)};\nregister();\nawait import(${JSON.stringify(worker)});\n`;
  return new Worker(new URL(`data:text/javascript,${encodeURIComponent(code)}`), { workerData: setup });
}

/** The shared queue: `files[next…]` are still to be read; `results` fills in by index. */
interface Queue {
  files: string[];
  next: number;
  results: (NoteResult | undefined)[];
}

/** What readNotesInWorkers gives: one result per file, in order, and how many of them the workers read. */
export interface NotesRead {
  results: NoteResult[];
  readInWorkers: number;
}

/** One worker taking batches from the queue once it says it is ready; `done` settles when it has exited. */
function helper(setup: WorkerSetup, queue: Queue): { done: Promise<void>; stopIfIdle: () => void } {
  let worker: Worker;
  try {
    worker = startWorker(setup);
  } catch {
    return { done: Promise.resolve(), stopIfIdle: () => undefined };
  }
  let pending = 0; // batches sent and not yet answered
  const send = (): void => {
    if (queue.next < queue.files.length) {
      const start = queue.next;
      queue.next = Math.min(queue.files.length, start + BATCH);
      pending += 1;
      worker.postMessage({ start, files: queue.files.slice(start, queue.next) } satisfies Batch);
    } else if (pending === 0) void worker.terminate();
  };
  worker.on('message', (message: BatchDone | 'ready') => {
    if (message === 'ready') {
      for (let i = 0; i < IN_FLIGHT; i += 1) send();
      return;
    }
    pending -= 1;
    message.results.forEach((result, offset) => (queue.results[message.start + offset] = result));
    send();
  });
  // A worker that fails leaves its unanswered batches empty: this thread reads those files at the end.
  worker.on('error', () => void worker.terminate());
  const done = new Promise<void>((resolve) => worker.once('exit', () => resolve()));
  return { done, stopIfIdle: () => pending === 0 && void worker.terminate() };
}

/**
 * Read and parse `files` (relative to `dir`) in this thread and up to `workers` worker threads, all taking
 * from one queue; the results come back in the order of `files`, exactly as readNote gives them. Never
 * throws: a worker that cannot start or that dies leaves its files to this thread (a bad file is a warning).
 * `here: false` keeps this thread out of the queue until the workers are done (tests use it to see what
 * the workers themselves give).
 */
export async function readNotesInWorkers(
  dir: string,
  files: string[],
  workers: number,
  { here = true, lexicon }: { here?: boolean; lexicon?: Lexicon } = {},
): Promise<NotesRead> {
  const queue: Queue = { files, next: 0, results: new Array<NoteResult | undefined>(files.length) };
  const setup: WorkerSetup = { dir, lexicon: lexicon ?? baseLexiconOnly() };
  const helpers = Array.from({ length: workers }, () => helper(setup, queue));
  // This thread is warm already and a worker takes a while to start: it reads from the same queue meanwhile,
  // yielding to the event loop after each file so the workers' messages are handled in between.
  let readHere = 0;
  while (here && queue.next < files.length) {
    const index = queue.next++;
    queue.results[index] = readNote(dir, files[index]!, setup.lexicon);
    readHere += 1;
    await new Promise((resolve) => setImmediate(resolve));
  }
  if (here) for (const h of helpers) h.stopIfIdle(); // one still starting has nothing left to do
  await Promise.all(helpers.map((h) => h.done));
  const readInWorkers = queue.results.filter(Boolean).length - readHere;
  for (let index = 0; index < files.length; index += 1)
    queue.results[index] ??= readNote(dir, files[index]!, setup.lexicon);
  return { results: queue.results as NoteResult[], readInWorkers };
}
