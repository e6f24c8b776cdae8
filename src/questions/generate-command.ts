import { loadNotes } from '../knowledge/load-notes.js';
import { generateQuestions, type GenerationSummary } from './generate-questions.js';
import { writeBank } from './write-bank.js';

export interface GenerateOptions {
  /** The notes folder (.md, .markdown, .txt, recursively). */
  notes: string;
  /** Where the generated bank files go (e.g. questions/generated); custom questions live elsewhere. */
  out: string;
  /** Print the summary as one JSON object instead of text. */
  json: boolean;
  /** At most this many questions per fact (see GenerationOptions); undefined for no cap. */
  maxPerFact?: number;
}

/**
 * `prepbot generate`: loads the notes, generates the questions, writes one bank file per notes file
 * into `out` (removing its own stale files) and prints what it did. Throws the loader's
 * NotesFolderError for a missing notes folder.
 */
export async function runGenerate(options: GenerateOptions, io: { stdout: NodeJS.WritableStream }): Promise<GenerationSummary> {
  const kb = await loadNotes(options.notes);
  const { questions, summary } = generateQuestions(kb, { maxPerFact: options.maxPerFact });
  const files = await writeBank(options.out, questions);
  io.stdout.write(options.json ? `${JSON.stringify({ ...summary, out: options.out, files })}\n` : formatSummary(summary, options, files));
  return summary;
}

/** The human report: totals, per kind, per file, skips per reason, warnings with file:line. */
export function formatSummary(summary: GenerationSummary, options: Pick<GenerateOptions, 'notes' | 'out'>, files: string[]): string {
  const lines = [`Generated ${summary.questions} questions from ${Object.keys(summary.byFile).length} notes files in ${options.notes} → ${files.length} files in ${options.out}`];
  const section = (title: string, entries: Array<[string, number | string]>): void => {
    if (entries.length === 0) return;
    const width = Math.max(...entries.map(([key]) => key.length));
    lines.push('', `${title}:`, ...entries.map(([key, value]) => `  ${key.padEnd(width)}  ${value}`));
  };
  section('Questions per kind', Object.entries(summary.byKind));
  section('Questions per file', Object.entries(summary.byFile));
  const skipped = Object.values(summary.skipped).reduce((a, b) => a + b, 0);
  if (summary.capped > 0) lines.push('', `Capped: ${summary.capped} questions left out by --max-per-fact`);
  section(`Skipped (${skipped}, by reason)`, Object.entries(summary.skipped).sort(([, a], [, b]) => b - a));
  if (summary.warnings.length > 0) lines.push('', `Warnings (${summary.warnings.length}):`, ...summary.warnings.map((w) => `  ${w.file}:${w.line}: ${w.message}`));
  return `${lines.join('\n')}\n`;
}
