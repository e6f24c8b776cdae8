import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Item, ParseWarning } from './item.js';
import { checkTextLimits } from './check-text-limits.js';
import type { Lexicon } from './lexicon.js';
import { parseNote } from './parse-note.js';
import { noteDigest } from './note-digest.js';

/** One note read and parsed: its items and warnings; `loaded` is false when the file was skipped. */
export interface NoteResult {
  items: Item[];
  warnings: ParseWarning[];
  loaded: boolean;
  /** SHA-256 of the file's bytes (see note-digest.ts), when it was loaded. */
  digest?: string;
}

const lineAt = (text: string, index: number): number => text.slice(0, index).split('\n').length;

/** Bytes → text; a file that is not UTF-8 is decoded with replacement characters and reported. */
function decode(file: string, bytes: Buffer, warnings: ParseWarning[]): string | undefined {
  if (bytes.includes(0)) {
    warnings.push({
      file,
      line: lineAt(bytes.subarray(0, bytes.indexOf(0)).toString('latin1'), bytes.indexOf(0)),
      message: 'binary file (contains NUL bytes): skipped',
    });
    return undefined;
  }
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    text = new TextDecoder('utf-8').decode(bytes);
    warnings.push({
      file,
      line: lineAt(text, text.indexOf('\uFFFD')),
      message: 'not valid UTF-8: unreadable bytes were replaced with \uFFFD',
    });
  }
  text = text.replace(/^\uFEFF/, '');
  if (text.trim() === '') {
    warnings.push({ file, line: 1, message: 'empty file: skipped' });
    return undefined;
  }
  return text;
}

/**
 * Read the note `file` (relative to `dir`, with `/`) and turn it into items, with the folder's `lexicon`. Never throws: an unreadable,
 * binary or empty file, or one the parser fails on, becomes a warning naming the file. The read is
 * synchronous: notes are loaded before the bot serves anyone, and an asynchronous read of a small file
 * costs four trips to the thread pool, about a millisecond of idling per note (1.3 s of a 1,400-note parse).
 */
export function readNote(dir: string, file: string, lexicon?: Lexicon): NoteResult {
  const warnings: ParseWarning[] = [];
  try {
    let bytes: Buffer | undefined = readFileSync(path.join(dir, file));
    const text = decode(file, bytes, warnings);
    if (text === undefined) return { items: [], warnings, loaded: false };
    // The digest is taken before parsing, so the file's bytes are not held while a long note is parsed.
    const digest = noteDigest(bytes);
    bytes = undefined;
    const checked = checkTextLimits(file, text);
    warnings.push(...checked.warnings);
    const parsed = parseNote(file, checked.text, lexicon);
    return { items: parsed.items, warnings: [...warnings, ...parsed.warnings], loaded: true, digest };
  } catch (error) {
    return { items: [], warnings: [...warnings, couldNotRead(file, error)], loaded: false };
  }
}

/** The warning for a note that could not be read or parsed at all. */
function couldNotRead(file: string, error: unknown): ParseWarning {
  return { file, line: 1, message: `could not be read: ${error instanceof Error ? error.message : String(error)}` };
}
