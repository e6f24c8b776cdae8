import { mkdir, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { GenerateError } from './generate-errors.js';
import type { Question } from './question-schema.js';

const parallelWrites = 16;

/** The marker every file written here carries; only files with it are ever removed as stale. */
export const generatedBy = 'prepbot generate';

/** "lambda/limits.md" → "lambda__limits.json": one flat folder, one bank file per notes file. */
export function bankFileName(notesFile: string): string {
  return `${notesFile.replace(/\.[^./]+$/, '').split('/').join('__')}.json`;
}

/**
 * The file beside the bank files that records the notes they came from: `{ generatedBy, notesFolder,
 * notes: { "<file>": "<sha256>" }, questions: [] }` (an empty question list, so the bank loader reads
 * it as a bank file like any other). Start-up compares it with the notes it is given.
 */
export const sourceNotesFile = '_source-notes.json';

/** The exact text of the source-notes file: files sorted, 2-space indent, trailing newline. */
function sourceNotesText(notesFolder: string, digests: Readonly<Record<string, string>>): string {
  const notes = Object.fromEntries(Object.entries(digests).sort(([a], [b]) => (a < b ? -1 : 1)));
  return `${JSON.stringify({ generatedBy, notesFolder, notes, questions: [] }, null, 2)}\n`;
}

/** The exact text of one bank file: stable key order, 2-space indent, trailing newline. */
export function bankFileText(notesFile: string, questions: readonly Question[]): string {
  const ordered = questions.map((q) => ({
    id: q.id,
    kind: q.kind,
    topic: q.topic,
    stem: q.stem,
    choices: q.choices,
    answer: q.answer,
    explanation: q.explanation,
    source: { file: q.source.file, line: q.source.line, section: q.source.section },
    ...(q.quality === undefined ? {} : { quality: q.quality }),
  }));
  return `${JSON.stringify({ generatedBy, notes: notesFile, questions: ordered }, null, 2)}\n`;
}

/**
 * Writes one JSON file per notes file that has questions into `outDir` (created if missing) and removes
 * the stale ones: `.json` files directly in `outDir` that carry the `generatedBy` marker and were not
 * written now. Never touches subfolders (`custom/`) or files without the marker. With `source`, also
 * writes the source-notes file (every notes file read, with its digest, including those that gave no
 * question). Returns the question files written, relative to `outDir`, sorted (not the source-notes file).
 * Throws GenerateError BANK_UNWRITABLE (naming the folder) when `outDir` cannot be made or written.
 */
export async function writeBank(outDir: string, questions: readonly Question[], options: { source?: { folder: string; digests: Readonly<Record<string, string>> } } = {}): Promise<string[]> {
  try {
    return await writeBankFiles(outDir, questions, options);
  } catch (error) {
    const code = (error as { code?: string }).code;
    const why = code === 'EEXIST' || code === 'ENOTDIR' ? 'it (or a folder above it) is a file, not a folder' : `it cannot be written (${code ?? (error as Error).message})`;
    throw new GenerateError(`cannot write the question bank to ${outDir}: ${why}. Choose another folder with --out.`, 'BANK_UNWRITABLE', { cause: error });
  }
}

/** How many question files `prepbot generate` wrote directly in `outDir` (0 when it does not exist). */
export async function countBankFiles(outDir: string): Promise<number> {
  const entries = await readdir(outDir, { withFileTypes: true }).catch(() => []);
  let count = 0;
  for (const entry of entries) if (entry.isFile() && entry.name.endsWith('.json') && entry.name !== sourceNotesFile && (await isOurs(join(outDir, entry.name)))) count += 1;
  return count;
}

async function writeBankFiles(outDir: string, questions: readonly Question[], options: { source?: { folder: string; digests: Readonly<Record<string, string>> } }): Promise<string[]> {
  await mkdir(outDir, { recursive: true });
  const byFile = new Map<string, Question[]>();
  for (const question of questions) {
    const fileQuestions = byFile.get(question.source.file);
    if (fileQuestions) fileQuestions.push(question);
    else byFile.set(question.source.file, [question]);
  }
  const written = new Set<string>();
  const files: Array<{ name: string; text: string }> = [];
  for (const [notesFile, fileQuestions] of [...byFile].sort(([a], [b]) => (a < b ? -1 : 1))) {
    // "x.md" and "x.txt" would share "x.json": the later one keeps its extension in the name.
    const plain = bankFileName(notesFile);
    const name = written.has(plain) ? `${notesFile.split('/').join('__')}.json` : plain;
    files.push({ name, text: bankFileText(notesFile, fileQuestions) });
    written.add(name);
  }
  if (options.source) {
    const { folder, digests } = options.source;
    files.push({ name: sourceNotesFile, text: sourceNotesText(folder, digests) });
    written.add(sourceNotesFile);
  }
  // A big corpus has thousands of files: write a few at a time rather than one after another.
  for (let start = 0; start < files.length; start += parallelWrites) {
    await Promise.all(files.slice(start, start + parallelWrites).map(({ name, text }) => writeFile(join(outDir, name), text)));
  }
  for (const entry of await readdir(outDir, { withFileTypes: true })) {
    if (!entry.isFile() || !entry.name.endsWith('.json') || written.has(entry.name)) continue;
    if (await isOurs(join(outDir, entry.name))) await rm(join(outDir, entry.name));
  }
  return [...written].filter((name) => name !== sourceNotesFile).sort();
}

async function isOurs(path: string): Promise<boolean> {
  try {
    const parsed: unknown = JSON.parse(await readFile(path, 'utf8'));
    return typeof parsed === 'object' && parsed !== null && (parsed as { generatedBy?: unknown }).generatedBy === generatedBy;
  } catch {
    return false;
  }
}
