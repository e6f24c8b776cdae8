import { readdir, readFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { parse as parseYaml, YAMLParseError } from 'yaml';
import type { z } from 'zod';
import { retiredFileName, reviewedFileName } from './curation-file-schema.js';
import { type Question, questionSchema } from './question-schema.js';

/** Every problem found in a question bank, one per line as `file: question <id> (#index): path: expected`. */
export class QuestionBankError extends Error {
  override readonly name = 'QuestionBankError';
  readonly code = 'E_QUESTION_BANK';
  constructor(
    readonly dir: string,
    readonly problems: string[],
    options?: { cause?: unknown },
  ) {
    super(`question bank ${dir} has ${problems.length === 1 ? 'a problem' : `${problems.length} problems`}:\n${problems.map((p) => `  - ${p}`).join('\n')}`, options);
  }
}

const bankExtensions = /\.(json|ya?ml)$/i;
/** The reviewers' files beside the bank are not question files. */
const curationFiles = new Set([retiredFileName, reviewedFileName]);
/** A question under `custom/` replaces a generated one of the same id (an edit made in `prepbot review`). */
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
  const problems: string[] = [];
  const questions: Question[] = [];
  const firstSeen = new Map<string, string>();
  for (const path of files) {
    const file = relative(dir, path).split('\\').join('/');
    const entries = await readEntries(path, file, problems);
    entries.forEach((entry, index) => {
      const id = typeof (entry as { id?: unknown })?.id === 'string' ? (entry as { id: string }).id : '?';
      const where = `${file}: question ${id} (#${index})`;
      const parsed = questionSchema.safeParse(entry);
      if (!parsed.success) {
        // A value of the wrong type also fails the checks after it (zod keeps going): report the type only.
        const mistyped = new Set(parsed.error.issues.filter((issue) => issue.code === 'invalid_type').map((issue) => issue.path.join('.')));
        for (const issue of parsed.error.issues) {
          const path = issue.path.join('.');
          if (issue.code !== 'invalid_type' && mistyped.has(path)) continue;
          problems.push(`${where}: ${path || '(question)'}: ${describe(issue)}`);
        }
        return;
      }
      const earlier = firstSeen.get(parsed.data.id);
      if (earlier && isCustom(earlier) !== isCustom(file)) {
        // An edited question: the custom one stands where the generated one was, whichever was read first.
        if (isCustom(file)) questions[questions.findIndex((q) => q.id === parsed.data.id)] = parsed.data;
        firstSeen.set(parsed.data.id, isCustom(file) ? file : earlier);
        return;
      }
      if (earlier) problems.push(`${where}: id: duplicate id, already used in ${earlier}`);
      else firstSeen.set(parsed.data.id, file);
      questions.push(parsed.data);
    });
  }
  if (problems.length === 0 && questions.length === 0) problems.push(`${dir}: no questions found (expected .json, .yaml or .yml files with a "questions" list)`);
  if (problems.length > 0) throw new QuestionBankError(dir, problems);
  return questions;
}

async function listFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true });
  const nested = await Promise.all(entries.map((entry) => (entry.isDirectory() ? listFiles(join(dir, entry.name)) : Promise.resolve(entry.isFile() ? [join(dir, entry.name)] : []))));
  return nested.flat();
}

/** The question entries of one file; file-level problems are added to `problems`. */
async function readEntries(path: string, file: string, problems: string[]): Promise<unknown[]> {
  let data: unknown;
  try {
    const text = await readFile(path, 'utf8');
    data = /\.json$/i.test(path) ? JSON.parse(text) : parseYaml(text);
  } catch (error) {
    const where = error instanceof YAMLParseError && error.linePos ? ` at line ${error.linePos[0].line}` : '';
    const kind = /\.json$/i.test(path) ? 'not valid JSON' : 'not valid YAML';
    problems.push(`${file}: ${kind}${where}: ${(error as Error).message.split('\n')[0]}`);
    return [];
  }
  if (Array.isArray(data)) return data;
  if (typeof data === 'object' && data !== null && Array.isArray((data as { questions?: unknown }).questions)) return (data as { questions: unknown[] }).questions;
  problems.push(`${file}: expected an object with a "questions" list (or a list of questions)`);
  return [];
}

function describe(issue: z.core.$ZodIssue): string {
  return issue.message.replace(/^Invalid input: /, '').replace(/received undefined$/, 'but it is missing');
}
