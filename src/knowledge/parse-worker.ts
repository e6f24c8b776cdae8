import { parentPort, workerData } from 'node:worker_threads';
import type { Lexicon } from './lexicon.js';
import { readNote, type NoteResult } from './read-note.js';

/** What a worker is started with: the notes folder and the lexicon its notes are read with. */
export interface WorkerSetup {
  dir: string;
  lexicon: Lexicon;
}

/** A batch of notes to read: `files[i]` is the queue's file number `start + i`. */
export interface Batch {
  start: number;
  files: string[];
}

/** The answer to a Batch: one NoteResult per file, in the batch's order. */
export interface BatchDone {
  start: number;
  results: NoteResult[];
}

/**
 * Worker thread for readNotesInWorkers. `workerData` is a WorkerSetup. Says 'ready' once loaded; then
 * answers each Batch with a BatchDone, in the order the batches came.
 * readNote never throws, so a bad file is a warning in its result. The worker ends when it is terminated.
 */
const { dir, lexicon } = workerData as WorkerSetup;
const port = parentPort!;

port.on('message', ({ start, files }: Batch) => {
  port.postMessage({ start, results: files.map((file) => readNote(dir, file, lexicon)) } satisfies BatchDone);
});
port.postMessage('ready');
