import { spawnSync } from 'node:child_process';
import { mkdtemp, mkdir, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { median, round1 } from './figures.js';

/**
 * Generation benchmark: notes → items → questions → files, for the shipped notes and for synthetic
 * corpora 3× and 100× their size (every note copied, each copy's service names suffixed so the copies
 * are new topics, not duplicates). Parse (loadNotes), generation and writing are timed apart; every
 * figure is a median of several runs. Wall time depends on what else the machine runs; CPU time (all
 * threads) much less. The dense-note case has a bench of its own (dense-bench.ts).
 *
 * Every run is measured as a user runs it: the compiled code (dist/, built first), one generation per
 * process, so its peak RSS is that one run's and not the garbage of the runs before it, nor the
 * TypeScript loader's cost in each parse worker (about 90 MB and 1.5 s of CPU a worker under tsx).
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

/** What one generation run measured: its phases, CPU time over all threads, sizes and peak RSS. */
interface Run {
  parseMs: number;
  generateMs: number;
  writeMs: number;
  totalMs: number;
  parseCpuMs: number;
  totalCpuMs: number;
  items: number;
  questions: number;
  peakRssMb: number;
}

const ROOT = fileURLToPath(new URL('..', import.meta.url));

/** Builds dist/ from src/ (incremental), so the compiled runs measure today's code. */
function buildDist(): void {
  const tsc = createRequire(import.meta.url).resolve('typescript/bin/tsc');
  const built = spawnSync(process.execPath, [tsc, '-p', join(ROOT, 'tsconfig.build.json')], { encoding: 'utf8' });
  if (built.status !== 0) throw new Error(`building dist/ for the bench failed:\n${built.stdout}${built.stderr}`);
}

/** The child of one compiled run: notes → items → questions → files over dist/, each phase timed, then its peak RSS. */
const ONCE = `
import { performance } from 'node:perf_hooks';
const [notes, out, dist] = process.argv.slice(1);
const { loadNotes } = await import(dist + 'knowledge/load-notes.js');
const { generateQuestions } = await import(dist + 'questions/generate-questions.js');
const { writeBank } = await import(dist + 'questions/write-bank.js');
const cpuMs = (since) => { const u = process.cpuUsage(since); return (u.user + u.system) / 1000; };
const cpu = process.cpuUsage();
const started = performance.now();
const kb = await loadNotes(notes);
const parsed = performance.now();
const parseCpuMs = cpuMs(cpu);
const { questions } = generateQuestions(kb);
const generated = performance.now();
await writeBank(out, questions);
const finished = performance.now();
process.stdout.write(JSON.stringify({
  parseMs: parsed - started, generateMs: generated - parsed, writeMs: finished - generated, totalMs: finished - started,
  parseCpuMs, totalCpuMs: cpuMs(cpu), items: kb.items.length, questions: questions.length,
  peakRssMb: Math.round(process.resourceUsage().maxRSS / 1024),
}));
`;

/** One generation of `notes` by the compiled code in a process of its own. */
function timeCompiledGeneration(notes: string, out: string): Run {
  const dist = new URL('../dist/', import.meta.url).href;
  const child = spawnSync(process.execPath, ['--input-type=module', '-e', ONCE, notes, out, dist], {
    encoding: 'utf8',
  });
  if (child.status !== 0) throw new Error(`compiled generation of ${notes} failed:\n${child.stderr}`);
  return JSON.parse(child.stdout) as Run;
}

/** `runs` generations of `notes`, each by the compiled code in a process of its own. */
function timeRuns(notes: string, out: string, runs: number): Run[] {
  return Array.from({ length: runs }, (_, run) => timeCompiledGeneration(notes, join(out, `run-${run}`)));
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
    ...(runs[0]!.peakRssMb === undefined
      ? {}
      : { [`${label}: peak RSS MB (median of ${runs.length})`]: median(runs.map((r) => r.peakRssMb!)) }),
  };
}

const ms = round1;

export async function benchGenerate(): Promise<Record<string, number | string>> {
  const work = await mkdtemp(join(tmpdir(), 'prepbot-bench-generate-'));
  try {
    buildDist();
    const shipped = timeRuns(NOTES_DIR, join(work, 'out-shipped'), 5);
    const small = join(work, 'corpus-3x');
    await writeSyntheticCorpus(small, 3);
    const three = timeRuns(small, join(work, 'out-3x'), 5);
    const big = join(work, 'corpus-100x');
    const bytes = await writeSyntheticCorpus(big, 100);
    const hundred = timeRuns(big, join(work, 'out-100x'), 3);
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
