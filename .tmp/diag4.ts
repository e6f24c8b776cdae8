import { join } from 'node:path';
import { loadNotes } from '../src/knowledge/load-notes.js';
import { buildContext } from '../src/questions/generation-context.js';
import { generateQuestions } from '../src/questions/generate-questions.js';
import { comparisonQuestions } from '../src/questions/comparison-question.js';
import { definitionQuestions } from '../src/questions/definition-question.js';
import { quantityQuestions } from '../src/questions/quantity-question.js';
import { membershipQuestions } from '../src/questions/membership-question.js';
import { notesQuestions } from '../src/questions/notes-question.js';
import { usecaseQuestions } from '../src/questions/usecase-question.js';
const reasons = new Map<string, number>();
const kinds = new Map<string, number>();
for (const name of process.argv.slice(2)) {
  const kb = await loadNotes(join('/work/shared/corpora', name, 'notes'));
  const { summary } = generateQuestions(kb);
  const empty = new Set(Object.entries(summary.byFile).filter(([, n]) => n === 0).map(([f]) => f));
  const context = buildContext(kb);
  for (const item of kb.items) {
    if (!empty.has(item.source.file)) continue;
    kinds.set(item.kind, (kinds.get(item.kind) ?? 0) + 1);
    const b: any = { fact: quantityQuestions, definition: definitionQuestions, list: membershipQuestions, comparison: comparisonQuestions, qa: notesQuestions, usecase: usecaseQuestions }[item.kind];
    for (const o of b(item, context)) if ('skip' in o) reasons.set(`${item.kind}: ${o.skip}`, (reasons.get(`${item.kind}: ${o.skip}`) ?? 0) + 1);
  }
  const noItems = [...empty].filter((f) => !kb.items.some((i) => i.source.file === f));
  console.log(name, 'empty files', empty.size, 'with no items', noItems.length);
}
console.log([...kinds]);
console.log([...reasons].sort((a, b) => b[1] - a[1]).slice(0, 25));
