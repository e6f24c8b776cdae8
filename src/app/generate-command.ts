import { dirname, join } from 'node:path';
import { describeStartupError } from './startup-error.js';
import { loadNotes } from '../knowledge/load-notes.js';
import { loadSettings } from '../settings/load-settings.js';
import { loadRetired } from '../questions/curation-files.js';
import { GenerateError } from '../questions/generate-errors.js';
import { generateQuestions, type GenerationSummary } from '../questions/generate-questions.js';
import { countBankFiles, writeBank } from '../questions/write-bank.js';

export interface GenerateOptions {
  /** The notes folder (.md, .markdown, .txt, recursively). */
  notes: string;
  /** Where the generated bank files go (e.g. questions/generated); custom questions live elsewhere. */
  out: string;
  /** Print the summary as one JSON object instead of text. */
  json: boolean;
  /** At most this many questions per fact (see GenerationOptions); undefined for no cap. */
  maxPerFact?: number;
  /** Kinds of question to emit (see GenerationOptions); undefined for the published ones. */
  kinds?: readonly string[];
  /** The questions folder whose `retired.yaml` lists ids to leave out (default: the parent of `out`). */
  questions?: string;
}

/**
 * The `prepbot generate` command: settings from the one loader (`.env`, environment, then `--notes`),
 * `out` defaulting to QUESTIONS_DIR/generated; prints the summary, or one message (no stack) and
 * returns 1.
 */
export async function generateFromCli(
  options: {
    notes?: string | undefined;
    out?: string | undefined;
    json: boolean;
    maxPerFact?: number | undefined;
    kinds?: readonly string[] | undefined;
  },
  io: { stdout: NodeJS.WritableStream; stderr: NodeJS.WritableStream },
): Promise<number> {
  try {
    const settings = loadSettings(undefined, { NOTES_DIR: options.notes });
    await runGenerate(
      {
        notes: settings.NOTES_DIR,
        out: options.out ?? join(settings.QUESTIONS_DIR, 'generated'),
        json: options.json,
        maxPerFact: options.maxPerFact,
        ...(options.kinds ? { kinds: options.kinds } : {}),
        questions: settings.QUESTIONS_DIR,
      },
      io,
    );
    return 0;
  } catch (error) {
    io.stderr.write(`${describeStartupError(error).replace(/^prepbot: /, 'prepbot generate: ')}\n`);
    return 1;
  }
}

/**
 * `prepbot generate`: loads the notes, generates the questions, leaves out those `retired.yaml` lists
 * (and says how many), writes one bank file per notes file
 * into `out` (removing its own stale files) and prints what it did. Throws the loader's
 * NotesFolderError for a missing notes folder, GenerateError GENERATE_NOTHING when the notes give no
 * question (the bank is left as it was) and BANK_UNWRITABLE when `out` cannot be written.
 */
export async function runGenerate(
  options: GenerateOptions,
  io: { stdout: NodeJS.WritableStream },
): Promise<GenerationSummary> {
  const kb = await loadNotes(options.notes);
  const retiredIds = new Set((await loadRetired(options.questions ?? dirname(options.out))).map((entry) => entry.id));
  const generated = generateQuestions(kb, {
    maxPerFact: options.maxPerFact,
    ...(options.kinds ? { kinds: options.kinds } : {}),
  });
  const { summary } = generated;
  const questions = generated.questions.filter((q) => !retiredIds.has(q.id));
  const retired = generated.questions.length - questions.length;
  if (questions.length === 0) throw await nothingToWrite(options, kb.files.length, summary.warnings.length);
  const files = await writeBank(options.out, questions, { source: { folder: options.notes, digests: kb.digests } });
  io.stdout.write(
    options.json
      ? `${JSON.stringify({ ...summary, retired, out: options.out, files })}\n`
      : formatSummary(summary, options, files, retired),
  );
  return summary;
}

async function nothingToWrite(options: GenerateOptions, notesFiles: number, warnings: number): Promise<GenerateError> {
  const existing = await countBankFiles(options.out);
  const found =
    notesFiles === 0
      ? 'no notes files (.md, .markdown, .txt) were found there'
      : `its ${notesFiles} notes files gave no question${warnings > 0 ? ` (${warnings} warnings; run with a notes folder that has facts, definitions or lists)` : ''}`;
  const kept =
    existing > 0
      ? `the bank in ${options.out} (${existing} question file${existing === 1 ? '' : 's'}) was left as it is`
      : `nothing was written to ${options.out}`;
  return new GenerateError(
    `no questions from ${options.notes}: ${found}; ${kept}. Check --notes (or NOTES_DIR).`,
    'GENERATE_NOTHING',
  );
}

/** The human report: totals, per kind, per file, retired ones left out, skips per reason, warnings with file:line. */
function formatSummary(
  summary: GenerationSummary,
  options: Pick<GenerateOptions, 'notes' | 'out'>,
  files: string[],
  retired = 0,
): string {
  const lines = [
    `Generated ${count(summary.questions - retired, 'question')} from ${count(Object.keys(summary.byFile).length, 'notes file')} in ${options.notes} → ${count(files.length, 'file')} in ${options.out}`,
  ];
  if (retired > 0) lines.push(`Left out ${count(retired, 'retired question')} (listed in retired.yaml)`);
  const section = (title: string, entries: Array<[string, number | string]>): void => {
    if (entries.length === 0) return;
    const width = Math.max(...entries.map(([key]) => key.length));
    lines.push('', `${title}:`, ...entries.map(([key, value]) => `  ${key.padEnd(width)}  ${value}`));
  };
  section('Questions per kind', Object.entries(summary.byKind));
  section('Questions per file', Object.entries(summary.byFile));
  const skipped = Object.values(summary.skipped).reduce((a, b) => a + b, 0);
  if (summary.capped > 0) lines.push('', `Capped: ${summary.capped} questions left out by --max-per-fact`);
  section(
    `Skipped (${skipped}, by reason)`,
    Object.entries(summary.skipped).sort(([, a], [, b]) => b - a),
  );
  if (summary.warnings.length > 0)
    lines.push(
      '',
      `${summary.warnings.length === 1 ? 'Warning' : 'Warnings'} (${summary.warnings.length}):`,
      ...summary.warnings.map((w) => `  ${w.file}:${w.line}: ${w.message}`),
    );
  return `${lines.join('\n')}\n`;
}

/** "1 question", "2 questions". */
function count(n: number, noun: string): string {
  return `${n} ${noun}${n === 1 ? '' : 's'}`;
}
