import { join } from 'node:path';
import { loadNotes } from '../src/knowledge/load-notes.js';
import { buildContext } from '../src/questions/generation-context.js';
import { comparisonQuestions } from '../src/questions/comparison-question.js';
const [name, file, ...lines] = process.argv.slice(2);
const kb = await loadNotes(join('/work/shared/corpora', name!, 'notes'));
const context = buildContext(kb);
for (const item of kb.items) {
  if (item.kind !== 'comparison' || item.source.file !== file || !lines.includes(String(item.source.line))) continue;
  console.log(item.row, JSON.stringify(comparisonQuestions(item, context).map((o) => ('skip' in o ? o.skip : `${o.question.stem} [${o.question.choices.join(' / ')}]`))));
}
