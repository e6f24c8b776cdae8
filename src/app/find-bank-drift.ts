import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { generatedBy, sourceNotesFile } from '../questions/write-bank.js';

/** How a generated bank and the notes it is served beside differ, with the command that fixes it. */
export interface BankDrift {
  /** The folder holding the generated bank files. */
  bankFolder: string;
  /** Notes files the bank came from that are not in the notes folder. */
  missing: string[];
  /** Notes files not in the bank's record (new since, or another folder altogether). */
  added: string[];
  /** Notes files whose bytes changed since the bank was generated. */
  changed: string[];
  /** One paragraph for a person: what differs and the one command that brings them together. */
  message: string;
}

/**
 * Compares the generated bank under `questionsDir` with the notes in `notesDir` (`digests`: each
 * notes file loaded, relative to it, with the SHA-256 of its bytes as the loader read them). The bank's `_source-notes.json` lists every notes file with its
 * digest; a bank from before it existed is judged by the notes file each bank file names (then only
 * missing files can be told). Resolves to undefined when they agree or there is no generated bank
 * (hand-written questions only).
 */
export async function findBankDrift(
  questionsDir: string,
  notesDir: string,
  digests: Readonly<Record<string, string>>,
): Promise<BankDrift | undefined> {
  const notesFiles = Object.keys(digests);
  const bank = await readGeneratedBank(questionsDir);
  if (!bank) return undefined;
  const present = new Set(notesFiles);
  const missing = [...bank.notes.keys()].filter((file) => !present.has(file)).sort();
  const added = bank.complete ? notesFiles.filter((file) => !bank.notes.has(file)) : [];
  const changed: string[] = [];
  for (const file of notesFiles) {
    const digest = bank.notes.get(file);
    if (!digest) continue;
    if (digests[file] !== digest) changed.push(file);
  }
  if (missing.length + added.length + changed.length === 0) return undefined;
  const parts = [
    missing.length > 0
      ? `${count(missing.length, 'notes file')} it came from ${missing.length === 1 ? 'is' : 'are'} not in ${notesDir} (${sample(missing)})`
      : '',
    added.length > 0
      ? `${count(added.length, 'notes file')} in ${notesDir} ${added.length === 1 ? 'is' : 'are'} not in it (${sample(added)})`
      : '',
    changed.length > 0
      ? `${count(changed.length, 'notes file')} changed since it was generated (${sample(changed)})`
      : '',
  ].filter(Boolean);
  // Explicit unless it is generate's own default, so the command is right whatever QUESTIONS_DIR says.
  const out = bank.folder === join('questions', 'generated') ? '' : ` --out ${quote(bank.folder)}`;
  const message = `The question bank in ${bank.folder} was not generated from these notes: ${parts.join('; ')}. Quiz questions come from the bank, /limit and /define from the notes. To bring them together, run:\n  prepbot generate --notes ${quote(notesDir)}${out}`;
  return { bankFolder: bank.folder, missing, added, changed, message };
}

/** The generated bank's record of its notes: from `_source-notes.json` (complete, with digests) or,
 *  lacking it, from the `notes` each generated bank file names (digest ''). */
async function readGeneratedBank(
  questionsDir: string,
): Promise<{ folder: string; notes: Map<string, string>; complete: boolean } | undefined> {
  const folders = await foldersWithBankFiles(questionsDir);
  for (const folder of folders) {
    const source = await readJson(join(folder, sourceNotesFile));
    if (source?.generatedBy === generatedBy && typeof source.notes === 'object' && source.notes !== null) {
      return { folder, notes: new Map(Object.entries(source.notes as Record<string, string>)), complete: true };
    }
  }
  for (const folder of folders) {
    const notes = new Map<string, string>();
    for (const name of (await readdir(folder)).filter((n) => n.endsWith('.json'))) {
      const file = await readJson(join(folder, name));
      if (file?.generatedBy === generatedBy && typeof file.notes === 'string') notes.set(file.notes, '');
    }
    if (notes.size > 0) return { folder, notes, complete: false };
  }
  return undefined;
}

/** `questionsDir` and its subfolders, the conventional `generated` first. */
async function foldersWithBankFiles(questionsDir: string): Promise<string[]> {
  const found: string[] = [];
  const walk = async (dir: string): Promise<void> => {
    found.push(dir);
    const entries = await readdir(dir, { withFileTypes: true }).catch(() => []);
    for (const entry of entries) if (entry.isDirectory()) await walk(join(dir, entry.name));
  };
  await walk(questionsDir);
  const conventional = join(questionsDir, 'generated');
  return found.sort((a, b) => Number(b === conventional) - Number(a === conventional));
}

async function readJson(path: string): Promise<Record<string, unknown> | undefined> {
  try {
    const parsed: unknown = JSON.parse(await readFile(path, 'utf8'));
    return typeof parsed === 'object' && parsed !== null ? (parsed as Record<string, unknown>) : undefined;
  } catch {
    return undefined;
  }
}

const count = (n: number, noun: string) => `${n} ${noun}${n === 1 ? '' : 's'}`;
const sample = (files: string[]) =>
  files.length <= 3 ? files.join(', ') : `${files.slice(0, 3).join(', ')} and ${files.length - 3} more`;
const quote = (text: string) => (/^[\w./-]+$/.test(text) ? text : `'${text.replace(/'/g, `'\\''`)}'`);
