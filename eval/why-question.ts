import { join } from 'node:path';
import type { Item } from '../src/knowledge/item.js';
import { loadNotes } from '../src/knowledge/load-notes.js';
import { itemSummary } from '../src/lookup/format-answer.js';
import { describe } from '../src/lookup/index-documents.js';
import { generateQuestions } from '../src/questions/generate-questions.js';
import { readTsv } from './corpus-eval.js';

/**
 * Developer aid: `tsx eval/why-question.ts <set> [substring of the label]` shows, for each key fact of
 * ../shared/corpora/<set>/key-facts.tsv, the items that state it and what the generator did with each
 * of their candidate questions (the gate that skipped it, or the question emitted), so a miss can be
 * traced to the parser, a builder or a gate.
 */
const [set, filter = ''] = process.argv.slice(2);
const dir = join(process.env.PREPBOT_CORPORA ?? join(import.meta.dirname, '..', '..', 'shared', 'corpora'), set!);
const kb = await loadNotes(join(dir, 'notes'));
const outcomes = new Map<Item, string[]>();
generateQuestions(kb, {
  kinds: [
    'quantity',
    'term-to-definition',
    'definition-to-term',
    'membership',
    'comparison',
    'notes-question',
    'usecase',
  ],
  onOutcome: (item, outcome) => outcomes.set(item, [...(outcomes.get(item) ?? []), outcome]),
});
for (const [label, stem, answer] of readTsv(join(dir, 'key-facts.tsv'))) {
  if (!label!.includes(filter)) continue;
  console.log(`\n### ${label}   stem /${stem}/  answer /${answer}/`);
  const stemRe = new RegExp(stem!, 'i');
  const answerRe = new RegExp(answer!, 'i');
  const stating = kb.items.filter((item) => {
    const text = `${item.topic} ${item.source.section.join(' ')} ${describe(item).name} ${itemSummary(item)}`;
    return stemRe.test(text) && answerRe.test(itemSummary(item));
  });
  if (stating.length === 0) console.log('  no item states it');
  for (const item of stating.slice(0, 5)) {
    console.log(
      `  [${item.kind}] ${item.source.file}:${item.source.line} topic="${item.topic}" :: ${itemSummary(item).slice(0, 140)}`,
    );
    for (const outcome of outcomes.get(item) ?? ['(no candidate built)'])
      console.log(`      - ${outcome.slice(0, 160)}`);
  }
}
