import { join } from 'node:path';
import { loadNotes } from '../src/knowledge/load-notes.js';
import { buildFactDesk } from '../src/lookup/build-fact-desk.js';
import { buildFactIndex } from '../src/lookup/fact-index.js';
import { prepareQuery } from '../src/lookup/prepare-query.js';
import { itemSummary } from '../src/lookup/format-answer.js';
import { describe } from '../src/lookup/index-documents.js';
import { readTsv, ask } from './corpus-eval.js';

/**
 * Developer aid: `tsx eval/why-lookup.ts <set> [substring of the command]` shows, for each matching
 * lookup of ../shared/corpora/<set>/lookups.tsv (or $PREPBOT_CORPORA/<set>), the reply, the prepared terms, how the notes use them,
 * the top hits, and which items state the expected answer (so a miss is a knowledge or a lookup one).
 */
const [set, filter = ''] = process.argv.slice(2);
const dir = join(process.env.PREPBOT_CORPORA ?? join(import.meta.dirname, '..', '..', 'shared', 'corpora'), set!);
const kb = await loadNotes(join(dir, 'notes'));
const desk = buildFactDesk(kb.items, { lexicon: kb.lexicon });
const index = buildFactIndex(kb.items, kb.lexicon);
for (const [command, expected] of readTsv(join(dir, 'lookups.tsv'))) {
  if (!command!.includes(filter)) continue;
  const verb = command!.startsWith('/limit') ? 'limit' : 'define';
  const query = command!.replace(/^\/\w+\s+/u, '');
  console.log(`\n### ${command}   expect ${expected}`);
  console.log(
    ask(desk, command!)
      .split('\n')
      .slice(0, 4)
      .map((l) => `  | ${l}`)
      .join('\n'),
  );
  const { terms } = prepareQuery(query, index.vocabulary, index.synonyms);
  console.log('  terms', JSON.stringify(index.uses(verb, terms)));
  for (const hit of index.search(verb, terms).slice(0, 5)) {
    console.log(
      `  hit ${hit.score.toFixed(1)} t=${hit.terms.join(',')} about=${hit.aboutTerms.join(',')} :: ${hit.item.kind} ${describe(hit.item).name} :: ${itemSummary(hit.item).slice(0, 90)}`,
    );
  }
  const answer = expected!.split(' && ').map((p) => new RegExp(p, 'i'));
  const stating = kb.items.filter((item) =>
    answer.every((r) => r.test(itemSummary(item)) || r.test(`${describe(item).body}`)),
  );
  for (const item of stating.slice(0, 6)) {
    const f =
      item.kind === 'fact' ? ` subj="${item.subject}" attr="${item.attribute}" q=${item.quantity ? 'y' : 'n'}` : '';
    console.log(
      `  STATES [${item.kind}] topic="${item.topic}"${f} name="${describe(item).name}" sec=${item.source.section.join(' > ')} @${item.source.file}:${item.source.line} :: ${itemSummary(item).slice(0, 120)}`,
    );
  }
  if (stating.length === 0) console.log('  STATES: no item');
}
