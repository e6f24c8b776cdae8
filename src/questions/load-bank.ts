import { readdir, readFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { parse as parseYaml, YAMLParseError } from 'yaml';
import type { z } from 'zod';
import { retiredFileName, reviewedFileName } from './curation-file-schema.js';
import { type Question, questionSchema } from './question-schema.js';
import { generatedBy } from './write-bank.js';
import { PrepbotError } from '../errors/prepbot-error.js';

/** Every problem found in a question bank, one per line as `file: question <id> (#index): path: expected`. */
export class QuestionBankError extends PrepbotError {
  override readonly name = 'QuestionBankError';
  readonly code = 'QUESTION_BANK_INVALID';
  constructor(
    readonly dir: string,
    readonly problems: string[],
    options?: { cause?: unknown },
  ) {
    super(`question bank ${dir} has ${problems.length === 1 ? 'a problem' : `${problems.length} problems`}:\n${problems.map((p) => `  - ${p}`).join('\n')}`, options);
  }
}

const bankExtensions = /\.(json|ya?ml)$/i;
const curationFiles = new Set([retiredFileName, reviewedFileName]);
const isCustom = (file: string) => file.startsWith('custom/');

/**
 * Reads every `.json`, `.yaml` and `.yml` file under `dir` (recursively, sorted), each either
 * `{ questions: [...] }` or a bare list of questions, and validates each question with the schema.
 * Throws one QuestionBankError listing every problem (unreadable or invalid files, bad fields, answer
 * out of range, duplicate ids across files, an empty bank); otherwise returns the questions in file order.
 * A question under `custom/` with the id of a generated one replaces it (an edited question keeps its id);
 * `retired.yaml` and `reviewed.yaml` at the top are the reviewers' files, not questions.
 */
export async function loadQuestionBank(dir: string): Promise<Question[]> {
  let files: string[];
  try {
    files = (await listFiles(dir)).filter((file) => bankExtensions.test(file) && !curationFiles.has(relative(dir, file))).sort();
  } catch (error) {
    throw new QuestionBankError(dir, [`${dir}: cannot read the folder (${(error as Error).message})`], { cause: error });
  }
  const read: ReadFile[] = [];
  for (const path of files) {
    const file = relative(dir, path).split('\\').join('/');
    const fileProblems: string[] = [];
    const { entries, generated } = await readEntries(path, file, fileProblems);
    read.push({ file, generated, fileProblems, entries: entries.map((entry, index) => checkEntry(entry, index, file)) });
  }
  const owners = idOwners(read);
  const problems: string[] = [];
  const questions: Question[] = [];
  const edits = new Map<string, Question>();
  for (const { file, generated, fileProblems, entries } of read) {
    problems.push(...fileProblems);
    for (const entry of entries) {
      if ('problems' in entry) {
        problems.push(...entry.problems);
        continue;
      }
      const owner = owners.get(entry.question.id)!;
      // An edited question (`prepbot review` writes it under custom/) stands where the generated one was.
      if (owner.entry !== entry && owner.generated && !generated && isCustom(file) && !edits.has(entry.question.id)) {
        edits.set(entry.question.id, entry.question);
        continue;
      }
      const hint = owner.generated && !generated ? ' (written by prepbot generate: give the question here another id)' : '';
      if (owner.entry !== entry) problems.push(`${entry.where}: id: duplicate id, already used in ${owner.file}${hint}`);
      questions.push(entry.question);
    }
  }
  if (problems.length === 0 && questions.length === 0) problems.push(`${dir}: no questions found (expected .json, .yaml or .yml files with a "questions" list)`);
  if (problems.length > 0) throw new QuestionBankError(dir, problems);
  return questions.map((question) => edits.get(question.id) ?? question);
}

/** One file as read: its own problems, and each entry either a valid question or its problems. */
interface ReadFile {
  file: string;
  generated: boolean;
  fileProblems: string[];
  entries: CheckedEntry[];
}

type CheckedEntry = { where: string; question: Question } | { problems: string[] };

function checkEntry(entry: unknown, index: number, file: string): CheckedEntry {
  const id = typeof (entry as { id?: unknown })?.id === 'string' ? (entry as { id: string }).id : '?';
  const where = `${file}: question ${id} (#${index})`;
  const parsed = questionSchema.safeParse(entry);
  if (parsed.success) return { where, question: parsed.data };
  // A value of the wrong type also fails the checks after it (zod keeps going): report the type only.
  const mistyped = new Set(parsed.error.issues.filter((issue) => issue.code === 'invalid_type').map((issue) => issue.path.join('.')));
  const problems: string[] = [];
  for (const issue of parsed.error.issues) {
    const path = issue.path.join('.');
    if (issue.code !== 'invalid_type' && mistyped.has(path)) continue;
    problems.push(`${where}: ${path || '(question)'}: ${describe(issue)}`);
  }
  return { problems };
}

/**
 * Which occurrence of each id keeps it: the first in a generated file if there is one, else the
 * first. Every other occurrence is the duplicate, so a clash between a question file a person wrote
 * and a generated one is reported against the person's file (the one to edit: a generated file is
 * rewritten by the next `prepbot generate`), naming the generated file it clashes with.
 */
function idOwners(read: readonly ReadFile[]): Map<string, { file: string; generated: boolean; entry: CheckedEntry }> {
  const owners = new Map<string, { file: string; generated: boolean; entry: CheckedEntry }>();
  for (const pass of [true, false]) {
    for (const { file, generated, entries } of read) {
      if (generated !== pass) continue;
      for (const entry of entries) if ('question' in entry && !owners.has(entry.question.id)) owners.set(entry.question.id, { file, generated, entry });
    }
  }
  return owners;
}

async function listFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true });
  const nested = await Promise.all(entries.map((entry) => (entry.isDirectory() ? listFiles(join(dir, entry.name)) : Promise.resolve(entry.isFile() ? [join(dir, entry.name)] : []))));
  return nested.flat();
}

/** The question entries of one file, and whether `prepbot generate` wrote it; file-level problems are added to `problems`. */
async function readEntries(path: string, file: string, problems: string[]): Promise<{ entries: unknown[]; generated: boolean }> {
  let data: unknown;
  try {
    const text = await readFile(path, 'utf8');
    data = /\.json$/i.test(path) ? JSON.parse(text) : parseYaml(text);
  } catch (error) {
    const where = error instanceof YAMLParseError && error.linePos ? ` at line ${error.linePos[0].line}` : '';
    const kind = /\.json$/i.test(path) ? 'not valid JSON' : 'not valid YAML';
    problems.push(`${file}: ${kind}${where}: ${(error as Error).message.split('\n')[0]}`);
    return { entries: [], generated: false };
  }
  if (Array.isArray(data)) return { entries: data, generated: file.startsWith('generated/') };
  // Written by `prepbot generate`, or kept in its folder (an edit under custom/ may replace such a question).
  const generated = (data as { generatedBy?: unknown } | null)?.generatedBy === generatedBy || file.startsWith('generated/');
  if (typeof data === 'object' && data !== null && Array.isArray((data as { questions?: unknown }).questions)) return { entries: (data as { questions: unknown[] }).questions, generated };
  problems.push(`${file}: expected an object with a "questions" list (or a list of questions)`);
  return { entries: [], generated };
}

function describe(issue: z.core.$ZodIssue): string {
  return issue.message.replace(/^Invalid input: /, '').replace(/received undefined$/, 'but it is missing');
}
