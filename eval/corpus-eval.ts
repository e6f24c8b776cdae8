import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { toPlainText } from '../src/adapters/console/to-plain-text.js';
import type { KnowledgeBase } from '../src/knowledge/item.js';
import { loadNotes } from '../src/knowledge/load-notes.js';
import { buildFactDesk } from '../src/lookup/build-fact-desk.js';
import { itemSummary } from '../src/lookup/format-answer.js';
import { describe } from '../src/lookup/index-documents.js';
import type { FactDesk } from '../src/lookup/fact-desk.js';
import { generateQuestions } from '../src/questions/generate-questions.js';
import type { Question } from '../src/questions/question-schema.js';
import { bankDefects } from '../test/questions/bank-defects.js';

/**
 * One corpus measured the way ../shared/corpora/README.md says: a key fact is asked when a question's
 * stem and topic match its stem regex and the right choice its answer regex; a lookup is right when the
 * first three lines of the reply match every one of its regexes; a negative lookup is right when the
 * desk says the notes do not hold it.
 */
export interface CorpusFigures {
  name: string;
  files: number;
  kilobytes: number;
  questions: number;
  filesWithout: string[];
  defects: string[];
  /** `stated`: some item's text (with its subject and section) matches both regexes, so the parser has it. */
  keyFacts: Array<{ label: string; asked: boolean; stated: boolean }>;
  lookups: Array<{ command: string; right: boolean; reply: string }>;
  negatives: Array<{ command: string; right: boolean; reply: string }>;
  bank: Question[];
  kb: KnowledgeBase;
}

/** Rows of a `#`-headed TSV file, split on tabs. */
export function readTsv(path: string): string[][] {
  return readFileSync(path, 'utf8')
    .split(/\r?\n/)
    .filter((line) => line.trim() !== '' && !line.startsWith('#'))
    .map((line) => line.split('\t'));
}

const regex = (source: string): RegExp => new RegExp(source, 'i');

/** The reply's first three non-empty lines: the headline and what follows it. */
function headOf(reply: string): string {
  return reply
    .split('\n')
    .filter((line) => line.trim() !== '')
    .slice(0, 3)
    .join('\n');
}

/** A reply that says the notes do not hold what was asked (and so answers nothing else). */
const saysNotInNotes = (reply: string): boolean =>
  /^(The notes (do not|don't) say|No (limit|definition) matched)/i.test(reply.trim());

export function ask(desk: FactDesk, command: string): string {
  const match = /^\/(limit|define)\s+(.*)$/.exec(command.trim());
  if (!match) throw new Error(`eval: cannot ask "${command}": only /limit and /define are measured`);
  const message = match[1] === 'limit' ? desk.limit(match[2]!) : desk.define(match[2]!);
  return toPlainText(message);
}

function sizeOf(dir: string): number {
  let bytes = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true, recursive: true })) {
    if (entry.isFile()) bytes += statSync(join(entry.parentPath, entry.name)).size;
  }
  return bytes;
}

/**
 * Measure the set in `dir` (its notes/, key-facts.tsv, lookups.tsv), or, with `notesDir`, a bare notes
 * folder with no expectations (the shipped notes, for a review sample).
 */
export async function evaluateCorpus(
  dir: string,
  name: string,
  negatives: readonly string[],
  notesDir?: string,
): Promise<CorpusFigures> {
  const notes = notesDir ?? join(dir, 'notes');
  const expectations = (file: string): string[][] => (notesDir ? [] : readTsv(join(dir, file)));
  const kb = await loadNotes(notes);
  const { questions, summary } = generateQuestions(kb);
  const desk = buildFactDesk(kb.items, { lexicon: kb.lexicon });
  const keyFacts = expectations('key-facts.tsv').map(([label, stem, answer]) => ({
    label: label!,
    asked: questions.some(
      (q) => regex(stem!).test(`${q.topic} ${q.stem}`) && regex(answer!).test(q.choices[q.answer] ?? ''),
    ),
    stated: kb.items.some((item) => {
      const text = `${item.topic} ${item.source.section.join(' ')} ${describe(item).name} ${itemSummary(item)}`;
      return regex(stem!).test(text) && regex(answer!).test(itemSummary(item));
    }),
  }));
  const lookups = expectations('lookups.tsv').map(([command, expected]) => {
    const reply = ask(desk, command!);
    const head = headOf(reply);
    return { command: command!, reply, right: expected!.split(' && ').every((part) => regex(part).test(head)) };
  });
  return {
    name,
    files: kb.files.length,
    kilobytes: sizeOf(notes) / 1024,
    questions: questions.length,
    filesWithout: Object.entries(summary.byFile)
      .filter(([, count]) => count === 0)
      .map(([file]) => file),
    defects: bankDefects(questions),
    keyFacts,
    lookups,
    negatives: negatives.map((command) => {
      const reply = ask(desk, command);
      return { command, reply, right: saysNotInNotes(reply) };
    }),
    bank: questions,
    kb,
  };
}
