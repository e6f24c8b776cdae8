import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadNotes } from '../src/knowledge/load-notes.js';
import { generateQuestions } from '../src/questions/generate-questions.js';
import { readTsv } from '../eval/corpus-eval.js';

const root = '/work/shared/corpora';
const only = process.argv[2]?.split(',');
for (const name of only ?? []) {
  const kb = await loadNotes(join(root, name, 'notes'));
  const { questions, summary } = generateQuestions(kb);
  console.log(`== ${name}: skipped`, JSON.stringify(summary.skipped));
  for (const [label, stem, answer] of readTsv(join(root, name, 'key-facts.tsv'))) {
    const re = new RegExp(answer!, 'i');
    const sre = new RegExp(stem!, 'i');
    const asked = questions.some((q) => sre.test(`${q.topic} ${q.stem}`) && re.test(q.choices[q.answer] ?? ''));
    if (asked) continue;
    console.log(`-- MISS ${label}`);
    const items = kb.items.filter((it) => re.test(JSON.stringify(it)) && sre.test(JSON.stringify(it)));
    for (const it of items.slice(0, 4)) {
      const qs = questions.filter((q) => q.source.file === it.source.file && q.source.line === it.source.line);
      const desc = it.kind === 'fact' ? `${it.subject} | ${it.attribute} | ${it.quantity?.text}` : it.kind === 'definition' ? `${it.term}: ${it.definition.slice(0, 80)}` : JSON.stringify(it).slice(0, 160);
      console.log(`   ${it.kind} ${it.source.file}:${it.source.line} ${desc} => ${qs.map((q) => q.stem + ' [' + q.choices[q.answer] + ']').join(' ;; ') || 'no question'}`);
    }
    if (items.length === 0) console.log('   (no item holds it)');
  }
}
