/** Developer aid: `tsx eval/why-negatives.ts` prints each negative lookup the desk answers anyway, with the head of its reply. */
import { join } from 'node:path';
import { loadNotes } from '../src/knowledge/load-notes.js';
import { buildFactDesk } from '../src/lookup/build-fact-desk.js';
import { readTsv, ask, headOf, saysNotInNotes } from './corpus-eval.js';
const rows = readTsv(join(import.meta.dirname, 'negative-lookups.tsv'));
const sets = [...new Set(rows.map((r) => r[0]!))];
for (const set of sets) {
  const kb = await loadNotes(join(import.meta.dirname, '..', '..', 'shared', 'corpora', set, 'notes'));
  const desk = buildFactDesk(kb.items, { lexicon: kb.lexicon });
  for (const [s, command] of rows)
    if (s === set) {
      const r = ask(desk, command!);
      if (!saysNotInNotes(r)) console.log(set, command, '\n   ', headOf(r).replace(/\n/g, '\n    '));
    }
}
