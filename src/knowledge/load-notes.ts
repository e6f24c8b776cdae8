import { readdir, readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import type { Item, KnowledgeBase, ParseWarning } from './item.js';
import { checkTextLimits } from './check-text-limits.js';
import { NotesFolderError } from './notes-folder-error.js';
import { parseNote } from './parse-note.js';

const NOTE_EXTENSIONS = new Set(['.md', '.markdown', '.txt']);
const SKIPPED_FOLDERS = new Set(['node_modules', '.git']);

/** Every note below `dir`, as paths relative to it with `/`, sorted so loading is deterministic. */
async function noteFiles(dir: string, prefix = ''): Promise<string[]> {
  const entries = await readdir(path.join(dir, prefix), { withFileTypes: true });
  const found: string[] = [];
  for (const entry of entries) {
    const relative = prefix ? `${prefix}/${entry.name}` : entry.name;
    if (entry.isDirectory() && !SKIPPED_FOLDERS.has(entry.name) && !entry.name.startsWith('.')) found.push(...(await noteFiles(dir, relative)));
    else if (entry.isFile() && NOTE_EXTENSIONS.has(path.extname(entry.name).toLowerCase())) found.push(relative);
  }
  return found.sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
}

const lineAt = (text: string, index: number): number => text.slice(0, index).split('\n').length;

/** Bytes → text; a file that is not UTF-8 is decoded with replacement characters and reported. */
function decode(file: string, bytes: Buffer, warnings: ParseWarning[]): string | undefined {
  if (bytes.includes(0)) {
    warnings.push({ file, line: lineAt(bytes.subarray(0, bytes.indexOf(0)).toString('latin1'), bytes.indexOf(0)), message: 'binary file (contains NUL bytes): skipped' });
    return undefined;
  }
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    text = new TextDecoder('utf-8').decode(bytes);
    warnings.push({ file, line: lineAt(text, text.indexOf('\uFFFD')), message: 'not valid UTF-8: unreadable bytes were replaced with \uFFFD' });
  }
  text = text.replace(/^\uFEFF/, '');
  if (text.trim() === '') {
    warnings.push({ file, line: 1, message: 'empty file: skipped' });
    return undefined;
  }
  return text;
}

/**
 * Read every .md, .markdown and .txt note under `dir` (recursively) into one knowledge base.
 * Throws NotesFolderError when `dir` is missing; a bad file never throws, it becomes a warning.
 */
export async function loadNotes(dir: string): Promise<KnowledgeBase> {
  try {
    if (!(await stat(dir)).isDirectory()) throw new Error('not a directory');
  } catch (cause) {
    throw new NotesFolderError(dir, { cause });
  }
  const items: Item[] = [];
  const warnings: ParseWarning[] = [];
  const files: string[] = [];
  for (const file of await noteFiles(dir)) {
    try {
      const text = decode(file, await readFile(path.join(dir, file)), warnings);
      if (text === undefined) continue;
      const checked = checkTextLimits(file, text);
      warnings.push(...checked.warnings);
      const parsed = parseNote(file, checked.text);
      items.push(...parsed.items);
      warnings.push(...parsed.warnings);
      files.push(file);
    } catch (error) {
      warnings.push({ file, line: 1, message: `could not be read: ${error instanceof Error ? error.message : String(error)}` });
    }
  }
  return { items, warnings, files };
}
