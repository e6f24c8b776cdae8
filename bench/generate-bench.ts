import { mkdtemp, mkdir, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join, relative } from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import { loadNotes } from '../src/knowledge/load-notes.js';
import { generateQuestions } from '../src/questions/generate-questions.js';
import { writeBank } from '../src/questions/write-bank.js';

/**
 * Generation benchmark: notes → items → questions → files, for the shipped notes and for a synthetic
 * corpus 100× their size (every note copied 100 times, each copy's service names suffixed so the
 * copies are new topics, not duplicates). Medians of several runs for the small corpus.
 */
const NOTES_DIR = fileURLToPath(new URL('../data/notes/', import.meta.url));
const COPIES = 100;

async function listNotes(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true, recursive: true });
  return entries.filter((e) => e.isFile() && /\.(md|markdown|txt)$/.test(e.name)).map((e) => join(e.parentPath, e.name));
}

async function writeSyntheticCorpus(target: string): Promise<number> {
  const files = await listNotes(NOTES_DIR);
  const names = ['Lambda', 'DynamoDB', 'Fargate', 'EventBridge', 'Aurora', 'Cognito', 'Step Functions', 'API Gateway', 'X-Ray', 'ECR', 'ECS', 'EKS', 'S3', 'CloudFront', 'AppSync'];
  const pattern = new RegExp(`\\b(${names.map((n) => n.replace(/[.*+?^${}()|[\]\\-]/g, '\\$&')).join('|')})\\b`, 'g');
  let bytes = 0;
  for (let copy = 0; copy < COPIES; copy += 1) {
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
  return { parseMs: parsed - started, generateMs: generated - parsed, totalMs: performance.now() - started, items: kb.items.length, questions: questions.length };
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;
const ms = (value: number) => Math.round(value * 10) / 10;

export async function benchGenerate(): Promise<Record<string, number | string>> {
  const work = await mkdtemp(join(tmpdir(), 'prepbot-bench-generate-'));
  try {
    const small = [];
    for (let run = 0; run < 5; run += 1) small.push(await timeGeneration(NOTES_DIR, join(work, `out-small-${run}`)));
    const corpus = join(work, 'corpus');
    const bytes = await writeSyntheticCorpus(corpus);
    const big = await timeGeneration(corpus, join(work, 'out-big'));
    return {
      'shipped notes: items': small[0]!.items,
      'shipped notes: questions': small[0]!.questions,
      'shipped notes: generate total ms (median of 5)': ms(median(small.map((r) => r.totalMs))),
      '100x corpus: size (MB)': ms(bytes / 1048576),
      '100x corpus: items': big.items,
      '100x corpus: questions': big.questions,
      '100x corpus: parse ms': ms(big.parseMs),
      '100x corpus: generate ms': ms(big.generateMs),
      '100x corpus: total ms (target < 10000)': ms(big.totalMs),
    };
  } finally {
    await rm(work, { recursive: true, force: true });
  }
}
