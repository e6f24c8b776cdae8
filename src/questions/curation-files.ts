import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { isMap, isSeq, LineCounter, parseDocument, stringify, type Node } from 'yaml';
import type { z } from 'zod';
import { CurationFileError } from './curation-file-error.js';
import { retiredFileName, retiredFileSchema, reviewedFileName, reviewedFileSchema, type RetiredEntry, type ReviewedEntry } from './curation-file-schema.js';

/**
 * Reading and writing the reviewers' files (see curation-file-schema.ts). A missing file is an empty
 * list; a file that does not validate throws CurationFileError naming the file and the line of each
 * problem. Writes replace the file atomically (a temporary file renamed over it), so quitting or a crash
 * mid-review never leaves half a file.
 */

/** `questions/retired.yaml`: the questions retired for every workspace. */
export function loadRetired(questionsDir: string): Promise<RetiredEntry[]> {
  return loadList(join(questionsDir, retiredFileName), 'retired', retiredFileSchema);
}

/** `questions/reviewed.yaml`: the decisions taken in review so far. */
export function loadReviewed(questionsDir: string): Promise<ReviewedEntry[]> {
  return loadList(join(questionsDir, reviewedFileName), 'reviewed', reviewedFileSchema);
}

/** Replaces `retired.yaml` with `entries`. */
export async function saveRetired(questionsDir: string, entries: RetiredEntry[]): Promise<void> {
  await writeAtomically(join(questionsDir, retiredFileName), `# Questions no workspace is asked any more (prepbot review writes this; edit by hand if you like).\n${stringify({ retired: entries })}`);
}

/** Replaces `reviewed.yaml`. */
export async function saveReviewed(questionsDir: string, entries: ReviewedEntry[]): Promise<void> {
  await writeAtomically(join(questionsDir, reviewedFileName), `# Decisions taken in prepbot review, so the next review resumes where this one stopped.\n${stringify({ reviewed: entries })}`);
}

export async function writeAtomically(path: string, text: string): Promise<void> {
  await mkdir(dirname(path), { recursive: true });
  const temporary = `${path}.${process.pid}.tmp`;
  await writeFile(temporary, text, 'utf8');
  await rename(temporary, path);
}

async function loadList<T>(path: string, key: string, schema: z.ZodType<Record<string, T[]>>): Promise<T[]> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return [];
    throw new CurationFileError(path, [`${path}: cannot read it (${(error as Error).message})`], { cause: error });
  }
  const lines = new LineCounter();
  const document = parseDocument(text, { lineCounter: lines });
  if (document.errors.length > 0) {
    throw new CurationFileError(path, document.errors.map((e) => `${path}:${e.linePos?.[0].line ?? 1}: not valid YAML: ${e.message.split('\n')[0]}`));
  }
  const data = document.toJS() ?? { [key]: [] };
  const parsed = schema.safeParse(Array.isArray(data) ? { [key]: data } : data);
  if (parsed.success) return parsed.data[key]!;
  const problems = parsed.error.issues.map((issue) => {
    // A bare list was read as `{ <key>: list }`: its nodes are found without the key.
    const inDocument = (Array.isArray(data) ? issue.path.slice(1) : issue.path) as Array<string | number>;
    const line = lineOf(document.contents as Node | null, inDocument, lines);
    return `${path}:${line}: ${issue.path.join('.') || '(file)'}: ${issue.message.replace(/^Invalid input: /, '').replace(/received undefined$/, 'but it is missing')}`;
  });
  throw new CurationFileError(path, problems);
}

/** The line of the deepest node the path reaches (1 when not even the top is there). */
function lineOf(root: Node | null, path: Array<string | number>, lines: LineCounter): number {
  let node: Node | null | undefined = root;
  let line = node?.range ? lines.linePos(node.range[0]).line : 1;
  for (const step of path) {
    if (isMap(node)) node = node.get(step, true) as Node | undefined;
    else if (isSeq(node)) node = node.get(Number(step), true) as Node | undefined;
    else break;
    if (!node?.range) break;
    line = lines.linePos(node.range[0]).line;
  }
  return line;
}
