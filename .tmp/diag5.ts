import { join } from 'node:path';
import { loadNotes } from '../src/knowledge/load-notes.js';
import { buildContext } from '../src/questions/generation-context.js';
import { comparisonQuestions } from '../src/questions/comparison-question.js';
const seen = new Set<string>();
for (const name of process.argv.slice(2)) {
  const kb = await loadNotes(join('/work/shared/corpora', name, 'notes'));
  const context = buildContext(kb);
  for (const item of kb.items) {
    if (item.kind !== 'comparison') continue;
    const key = item.source.file + item.title;
    if (seen.has(key)) continue;
    const out = comparisonQuestions(item, context);
    if (out.some((o) => 'skip' in o && o.skip === 'table does not say what it compares')) {
      seen.add(key);
      const rows = kb.items.filter((i) => i.kind === 'comparison' && i.source.file === item.source.file && i.title === item.title).map((i: any) => i.row);
      console.log(`${name} | ${item.title} | cols: ${item.values.map((v) => v.column).join(' / ')} | rows: ${rows.slice(0, 5).join(' / ')}`);
    }
  }
}
