import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { evaluateCorpus, readTsv, type CorpusFigures } from './corpus-eval.js';
import { reviewSample } from './review-sample.js';

/**
 * `npm run eval`: measures question generation and the fact desk on sets of other people's notes
 * (default ../shared/corpora/*) and prints the figures. It asserts nothing and times nothing.
 *
 *   npm run eval -- [--corpora DIR] [--only NAME,…] [--misses] [--sample N --seed S --out DIR]
 *   npm run eval -- --notes data/notes --sample 30 --seed S --out DIR    (one notes folder, no expectations)
 *
 * --misses lists each key fact not asked, each wrong lookup with the head of its reply, and each defect.
 * --sample writes N questions per set, drawn with the seed, with their cited lines, for a blind review.
 */
const { values } = parseArgs({
  options: {
    corpora: { type: 'string', default: resolve(import.meta.dirname, '../../shared/corpora') },
    only: { type: 'string' },
    misses: { type: 'boolean', default: false },
    sample: { type: 'string' },
    seed: { type: 'string', default: '1' },
    out: { type: 'string' },
    notes: { type: 'string' },
  },
});

const root = values.notes ? resolve(values.notes) : values.corpora!;
if (!existsSync(root)) {
  console.error(`eval: no corpora folder at ${root} (set --corpora DIR)`);
  process.exit(2);
}
const only = values.only?.split(',');
const names = values.notes
  ? [basename(root)]
  : readdirSync(root, { withFileTypes: true })
      .filter((entry) => entry.isDirectory() && existsSync(join(root, entry.name, 'key-facts.tsv')))
      .map((entry) => entry.name)
      .filter((name) => !only || only.includes(name))
      .sort();

const negatives = new Map<string, string[]>();
for (const [corpus, command] of readTsv(resolve(import.meta.dirname, 'negative-lookups.tsv'))) {
  negatives.set(corpus!, [...(negatives.get(corpus!) ?? []), command!]);
}

const results: CorpusFigures[] = [];
for (const name of names) {
  results.push(
    await evaluateCorpus(join(root, name), name, negatives.get(name) ?? [], values.notes ? root : undefined),
  );
}

const count = <T>(list: readonly T[], keep: (t: T) => boolean): number => list.filter(keep).length;
const header = [
  'set',
  'files',
  'KB',
  'questions',
  'q/KB',
  'no-question files',
  'defects',
  'key facts',
  'lookups',
  'negatives',
];
const rows = results.map((r) => [
  r.name,
  String(r.files),
  r.kilobytes.toFixed(0),
  String(r.questions),
  (r.questions / r.kilobytes).toFixed(2),
  `${r.filesWithout.length}`,
  String(r.defects.length),
  `${count(r.keyFacts, (k) => k.asked)}/${r.keyFacts.length}`,
  `${count(r.lookups, (l) => l.right)}/${r.lookups.length}`,
  `${count(r.negatives, (l) => l.right)}/${r.negatives.length}`,
]);
const sum = (pick: (r: CorpusFigures) => number): number => results.reduce((total, r) => total + pick(r), 0);
const files = sum((r) => r.files);
const without = sum((r) => r.filesWithout.length);
const kb = sum((r) => r.kilobytes);
const questions = sum((r) => r.questions);
rows.push([
  'total',
  String(files),
  kb.toFixed(0),
  String(questions),
  (questions / kb).toFixed(2),
  `${without} (${((100 * without) / files).toFixed(0)} %)`,
  String(sum((r) => r.defects.length)),
  `${sum((r) => count(r.keyFacts, (k) => k.asked))}/${sum((r) => r.keyFacts.length)}`,
  `${sum((r) => count(r.lookups, (l) => l.right))}/${sum((r) => r.lookups.length)}`,
  `${sum((r) => count(r.negatives, (l) => l.right))}/${sum((r) => r.negatives.length)}`,
]);
const widths = header.map((h, i) => Math.max(h.length, ...rows.map((row) => row[i]!.length)));
const line = (cells: string[]): string =>
  cells.map((cell, i) => (i === 0 ? cell.padEnd(widths[i]!) : cell.padStart(widths[i]!))).join('  ');
console.log(line(header));
for (const row of rows) console.log(line(row));

if (values.misses) {
  for (const r of results) {
    console.log(`\n== ${r.name}`);
    for (const k of r.keyFacts.filter((k) => !k.asked))
      console.log(
        `  key fact not asked: ${k.label}${k.stated ? '  (an item states it: the generator left it out)' : '  (no item states it: the parser missed it)'}`,
      );
    for (const l of [...r.lookups, ...r.negatives].filter((l) => !l.right)) {
      console.log(`  wrong: ${l.command}\n    ${l.reply.split('\n').filter(Boolean).slice(0, 3).join('\n    ')}`);
    }
    for (const d of r.defects) console.log(`  defect: ${d}`);
    for (const f of r.filesWithout) console.log(`  no question: ${f}`);
  }
}

if (values.sample) {
  if (!values.out) {
    console.error('eval: --sample needs --out DIR');
    process.exit(2);
  }
  mkdirSync(values.out, { recursive: true });
  for (const r of results) {
    const notesDir = values.notes ? root : join(root, r.name, 'notes');
    const text = reviewSample(
      r.bank,
      Number(values.sample),
      values.seed!,
      (file, at) => readFileSync(join(notesDir, file), 'utf8').split(/\r?\n/)[at - 1] ?? '',
    );
    writeFileSync(join(values.out, `${r.name}.md`), text);
  }
  console.log(`\nwrote ${values.sample} questions per set (seed ${values.seed}) to ${values.out}`);
}
