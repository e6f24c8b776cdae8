import { mkdtemp, mkdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { loadNotes } from '../src/knowledge/load-notes.js';
import { median, round1 } from './figures.js';

/**
 * Dense-note benchmark: one notes file of dense `- Name attribute: value` bullets under one heading, the
 * shape of a pasted limits cheat sheet (once minutes and a stack overflow), at 1, 2.5 and 5 MB, so the
 * figures show whether parse time grows linearly with the size. It runs in a process of its own (see
 * run.ts), so its peak RSS is the dense notes' alone. Each size: median of 3 parses, wall and CPU time.
 */
const SIZES_MB = [1, 2.5, 5];
const RUNS = 3;

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

async function timeParse(notes: string): Promise<{ wallMs: number; cpuMs: number; items: number }> {
  const cpu = process.cpuUsage();
  const started = performance.now();
  const kb = await loadNotes(notes);
  const wallMs = performance.now() - started;
  const used = process.cpuUsage(cpu);
  return { wallMs, cpuMs: (used.user + used.system) / 1000, items: kb.items.length };
}

export async function benchDense(): Promise<Record<string, number | string>> {
  const work = await mkdtemp(join(tmpdir(), 'prepbot-bench-dense-'));
  const figures: Record<string, number | string> = {};
  try {
    for (const mb of SIZES_MB) {
      const dir = join(work, `${mb}mb`);
      await writeDenseNote(dir, mb * 1024 * 1024);
      const runs = [];
      for (let run = 0; run < RUNS; run += 1) runs.push(await timeParse(dir));
      const wall = median(runs.map((r) => r.wallMs));
      const label = `${mb} MB dense note`;
      figures[`${label}: items`] = runs[0]!.items;
      figures[`${label}: parse ms (median of ${RUNS})`] = round1(wall);
      figures[`${label}: parse CPU ms (median of ${RUNS})`] = round1(median(runs.map((r) => r.cpuMs)));
      figures[`${label}: parse ms per MB`] = round1(wall / mb);
      await rm(dir, { recursive: true, force: true });
    }
    figures['5 MB dense note: target parse ms'] = '< 10000, linear in size';
    return figures;
  } finally {
    await rm(work, { recursive: true, force: true });
  }
}
