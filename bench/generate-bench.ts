import { mkdtemp, mkdir, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join, relative } from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import { loadNotes } from '../src/knowledge/load-notes.js';
import { generateQuestions } from '../src/questions/generate-questions.js';
import { writeBank } from '../src/questions/write-bank.js';

/**
 * Generation benchmark: notes → items → questions → files, for the shipped notes and for synthetic
 * corpora 3× and 100× their size (every note copied, each copy's service names suffixed so the copies
 * are new topics, not duplicates). Parse (loadNotes), generation and writing are timed apart; every
 * figure is a median of several runs.
 */
const NOTES_DIR = fileURLToPath(new URL('../data/notes/', import.meta.url));

async function listNotes(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true, recursive: true });
  return entries
    .filter((e) => e.isFile() && /\.(md|markdown|txt)$/.test(e.name))
    .map((e) => join(e.parentPath, e.name));
}

async function writeSyntheticCorpus(target: string, copies: number): Promise<number> {
  const files = await listNotes(NOTES_DIR);
  const names = [
    'Lambda',
    'DynamoDB',
    'Fargate',
    'EventBridge',
    'Aurora',
    'Cognito',
    'Step Functions',
    'API Gateway',
    'X-Ray',
    'ECR',
    'ECS',
    'EKS',
    'S3',
    'CloudFront',
    'AppSync',
  ];
  const pattern = new RegExp(`\\b(${names.map((n) => n.replace(/[.*+?^${}()|[\]\\-]/g, '\\$&')).join('|')})\\b`, 'g');
  let bytes = 0;
  for (let copy = 0; copy < copies; copy += 1) {
    for (const file of files) {
      const text = (await readFile(file, 'utf8')).replace(pattern, `$1 ${copy}`);
      const out = join(target, `copy-${copy}`, relative(NOTES_DIR, file));
      await mkdir(dirname(out), { recursive: true });
      await writeFile(out, text);
      bytes += Buffer.byteLength(text);
    }
  }
  return bytes;
}

async function timeGeneration(notes: string, out: string) {
  const started = performance.now();
  const kb = await loadNotes(notes);
  const parsed = performance.now();
  const { questions } = generateQuestions(kb);
  const generated = performance.now();
  await writeBank(out, questions);
  const finished = performance.now();
  return {
    parseMs: parsed - started,
    generateMs: generated - parsed,
    writeMs: finished - generated,
    totalMs: finished - started,
    items: kb.items.length,
    questions: questions.length,
  };
}

/**
 * One note of about `bytes` characters of dense `- Name attribute: value` bullets under one heading, the
 * shape of a pasted limits cheat sheet: the case that once took minutes and overflowed the stack.
 */
async function writeDenseNote(target: string, bytes: number): Promise<void> {
  const names = ['Lambda', 'Queue', 'Bucket', 'Table', 'Stream'];
  const attributes = ['timeout', 'memory size', 'retention', 'batch size', 'max connections'];
  const units = ['seconds', 'MB', 'days', 'items', 'GB'];
  const lines = ['# Limits', ''];
  let size = 0;
  for (let i = 0; size < bytes; i += 1) {
    const line = `- ${names[i % 5]} ${i} ${attributes[i % 5]}: ${(i % 900) + 1} ${units[i % 5]}`;
    lines.push(line);
    size += line.length + 1;
  }
  await mkdir(target, { recursive: true });
  await writeFile(join(target, 'dense.md'), lines.join('\n') + '\n');
}

async function timeDenseParse(notes: string): Promise<{ parseMs: number; items: number }> {
  const started = performance.now();
  const kb = await loadNotes(notes);
  return { parseMs: performance.now() - started, items: kb.items.length };
}

type Run = Awaited<ReturnType<typeof timeGeneration>>;

async function timeRuns(notes: string, out: string, runs: number): Promise<Run[]> {
  const results: Run[] = [];
  for (let run = 0; run < runs; run += 1) results.push(await timeGeneration(notes, join(out, `run-${run}`)));
  return results;
}

/** Figures for one corpus: sizes, then the median of each phase over the runs. */
function figures(label: string, runs: Run[]): Record<string, number> {
  const of = (phase: keyof Run) => ms(median(runs.map((r) => r[phase])));
  return {
    [`${label}: items`]: runs[0]!.items,
    [`${label}: questions`]: runs[0]!.questions,
    [`${label}: parse ms (median of ${runs.length})`]: of('parseMs'),
    [`${label}: generate ms (median of ${runs.length})`]: of('generateMs'),
    [`${label}: write ms (median of ${runs.length})`]: of('writeMs'),
    [`${label}: total ms (median of ${runs.length})`]: of('totalMs'),
  };
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;
const ms = (value: number) => Math.round(value * 10) / 10;

export async function benchGenerate(): Promise<Record<string, number | string>> {
  const work = await mkdtemp(join(tmpdir(), 'prepbot-bench-generate-'));
  try {
    const shipped = await timeRuns(NOTES_DIR, join(work, 'out-shipped'), 5);
    const small = join(work, 'corpus-3x');
    await writeSyntheticCorpus(small, 3);
    const three = await timeRuns(small, join(work, 'out-3x'), 5);
    const big = join(work, 'corpus-100x');
    const bytes = await writeSyntheticCorpus(big, 100);
    const hundred = await timeRuns(big, join(work, 'out-100x'), 3);
    const dense = join(work, 'dense-5mb');
    await writeDenseNote(dense, 5 * 1024 * 1024);
    const denseRun = await timeDenseParse(dense);
    return {
      ...figures('shipped notes', shipped),
      ...figures('3x corpus', three),
      '100x corpus: size (MB)': ms(bytes / 1048576),
      ...figures('100x corpus', hundred),
      '100x corpus: target total ms': '< 10000',
      '5 MB dense note: items': denseRun.items,
      '5 MB dense note: parse ms': ms(denseRun.parseMs),
      '5 MB dense note: target parse ms': '< 10000',
    };
  } finally {
    await rm(work, { recursive: true, force: true });
  }
}
