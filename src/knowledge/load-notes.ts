import { stat } from 'node:fs/promises';
import { availableParallelism } from 'node:os';
import type { Item, KnowledgeBase, ParseWarning } from './item.js';
import { loadLexicon, type Lexicon } from './lexicon.js';
import { listNoteFiles } from './list-note-files.js';
import { NotesFolderError } from './notes-folder-error.js';
import { readNote, type NoteResult } from './read-note.js';
import { readNotesInWorkers } from './read-notes-in-workers.js';

/** Folders with fewer notes than this are parsed in this thread: starting workers would cost more than it saves. */
const PARALLEL_FROM_FILES = 64;
/** At most one worker per this many files, so a folder just over the threshold starts few workers. */
const FILES_PER_WORKER = 16;

/** How loadNotes spreads the parsing. */
export interface LoadNotesOptions {
  /**
   * Worker threads that parse beside this one (which parses too); 0 parses here only. Default: none below
   * PARALLEL_FROM_FILES notes, else one per core but this thread's, at most one per 16 notes. Whatever
   * the number, the knowledge base is the same.
   */
  workers?: number;
}

function defaultWorkers(files: number): number {
  return files < PARALLEL_FROM_FILES ? 0 : Math.min(availableParallelism() - 1, Math.floor(files / FILES_PER_WORKER));
}

function readSerially(dir: string, files: string[], lexicon: Lexicon): NoteResult[] {
  return files.map((file) => readNote(dir, file, lexicon));
}

/**
 * Read every .md, .markdown and .txt note under `dir` (recursively) into one knowledge base.
 * Throws NotesFolderError when `dir` is missing; a bad file never throws, it becomes a warning.
 * Big folders are parsed in worker threads (see LoadNotesOptions); items and warnings keep the
 * sorted file order, so the knowledge base is identical to a one-by-one parse.
 */
export async function loadNotes(dir: string, options: LoadNotesOptions = {}): Promise<KnowledgeBase> {
  try {
    if (!(await stat(dir)).isDirectory()) throw new Error('not a directory');
  } catch (cause) {
    throw new NotesFolderError(dir, { cause });
  }
  const lexicon = loadLexicon(dir);
  let listed;
  try {
    listed = await listNoteFiles(dir);
  } catch (cause) {
    throw new NotesFolderError(dir, { cause });
  }
  const all = listed.files;
  const workers = Math.min(options.workers ?? defaultWorkers(all.length), all.length - 1);
  const results =
    workers > 0 ? (await readNotesInWorkers(dir, all, workers, { lexicon })).results : readSerially(dir, all, lexicon);
  const items: Item[] = [];
  const warnings: ParseWarning[] = [...listed.warnings];
  const files: string[] = [];
  const digests: Record<string, string> = {};
  results.forEach((result, index) => {
    // One loop push, not push(...array): a 5 MB note's items would overflow the stack as arguments.
    for (const item of result.items) items.push(item);
    for (const warning of result.warnings) warnings.push(warning);
    if (!result.loaded) return;
    files.push(all[index]!);
    if (result.digest) digests[all[index]!] = result.digest;
  });
  return { items, warnings, files, lexicon, digests };
}
