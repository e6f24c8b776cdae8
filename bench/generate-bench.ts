import { mkdtemp, mkdir, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join, relative } from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import { loadNotes } from '../src/knowledge/load-notes.js';
import { generateQuestions } from '../src/questions/generate-questions.js';
import { writeBank } from '../src/questions/write-bank.js';
import { median, round1 } from './figures.js';

/**
 * Generation benchmark: notes → items → questions → files, for the shipped notes and for synthetic
 * corpora 3× and 100× their size (every note copied, each copy's service names suffixed so the copies
 * are new topics, not duplicates). Parse (loadNotes), generation and writing are timed apart; every
 * figure is a median of several runs. Wall time depends on what else the machine runs; CPU time (all
 * threads) much less. The dense-note case has a bench of its own (dense-bench.ts).
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

/** CPU time of this process since `since` (all threads: the parse workers' too), in ms. */
const cpuMs = (since: NodeJS.CpuUsage): number => {
  const used = process.cpuUsage(since);
  return (used.user + used.system) / 1000;
};

async function timeGeneration(notes: string, out: string) {
  const cpu = process.cpuUsage();
  const started = performance.now();
  const kb = await loadNotes(notes);
  const parsed = performance.now();
  const parseCpuMs = cpuMs(cpu);
  const { questions } = generateQuestions(kb);
  const generated = performance.now();
  await writeBank(out, questions);
  const finished = performance.now();
  return {
    parseMs: parsed - started,
    generateMs: generated - parsed,
    writeMs: finished - generated,
    totalMs: finished - started,
    parseCpuMs,
    totalCpuMs: cpuMs(cpu),
    items: kb.items.length,
    questions: questions.length,
  };
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
    [`${label}: parse CPU ms, all threads (median of ${runs.length})`]: of('parseCpuMs'),
    [`${label}: total CPU ms, all threads (median of ${runs.length})`]: of('totalCpuMs'),
  };
}

const ms = round1;

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
    return {
      ...figures('shipped notes', shipped),
      ...figures('3x corpus', three),
      '100x corpus: size (MB)': ms(bytes / 1048576),
      ...figures('100x corpus', hundred),
      '100x corpus: target total ms': '< 10000, peak RSS < 500 MB',
    };
  } finally {
    await rm(work, { recursive: true, force: true });
  }
}
