import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadNotes } from '../src/knowledge/load-notes.js';
import { qualityTraits } from '../src/questions/gates/quality-score.js';
import { buildContext } from '../src/questions/generation-context.js';

/**
 * Developer aid: `tsx eval/why-quality.ts <review folder> <round> [<round> …] [--sets a,b,…]` counts,
 * over blind reviews written by `npm run eval -- --sample` (<round>/<set>.md) and judged
 * (<round>-verdicts/<set>.tsv: n, id, verdict, categories, reason), how many questions of each stem
 * form and trait were usable as they are: the counts behind the weights of gates/quality-score.ts.
 * A sample does not name a question's kind, so it is read from the stem's wording (see kindOf).
 */
const args = process.argv.slice(2);
const setsAt = args.indexOf('--sets');
const sets =
  setsAt >= 0
    ? args[setsAt + 1]!.split(',')
    : ['aws-ccp', 'aws-dva', 'azure-az104', 'db-tsql', 'k8s-cka', 'med-pharm', 'security-cissp'];
const flags = new Set(['--sets', '--corpora']);
const [folder, ...rounds] = args.filter((arg, i) => !flags.has(arg) && !flags.has(args[i - 1] ?? ''));
if (!folder || rounds.length === 0) {
  console.error('usage: tsx eval/why-quality.ts <review folder> <round> [<round> …] [--sets a,b,…]');
  process.exit(2);
}

interface Reviewed {
  stem: string;
  choices: string[];
  section: string[];
  usable: boolean;
}

function readRound(round: string, set: string): Reviewed[] {
  const sample = join(folder!, round, `${set}.md`);
  const verdicts = join(folder!, `${round}-verdicts`, `${set}.tsv`);
  if (!existsSync(sample) || !existsSync(verdicts)) return [];
  const verdictOf = new Map(
    readFileSync(verdicts, 'utf8')
      .split('\n')
      .slice(1)
      .map((line) => line.split('\t'))
      .map(([, id, verdict]) => [id, verdict]),
  );
  return readFileSync(sample, 'utf8')
    .split('\n## ')
    .slice(1)
    .flatMap((block) => {
      const id = /^\d+\.\s+(\S+)/.exec(block)?.[1];
      const stem = /^Q: (.*)$/m.exec(block)?.[1];
      const verdict = id === undefined ? undefined : verdictOf.get(id);
      if (stem === undefined || verdict === undefined) return [];
      const choices = [...block.matchAll(/^ {2}[A-F]\) (.*?)(?: {3}<- keyed answer)?$/gm)].map((m) => m[1]!);
      const section = (/^Source: .*? \((.*)\)$/m.exec(block)?.[1] ?? '').split(' › ');
      return [{ stem, choices, section, usable: verdict === 'usable' }];
    });
}

/** The kind that writes a stem of this wording (the builders' templates). */
function kindOf(stem: string, choices: readonly string[]): string {
  const body = stem.replace(/^In [^,]+, /, '');
  if (/\bbest describes\b/.test(body)) return 'term-to-definition';
  if (/^Which command\b/.test(body)) return 'command';
  if (
    /^Comparing /.test(stem) ||
    /\bhas (?:the [^“?]*“|this [^:?]*:)/.test(body) ||
    (/^What is the [^?]* of [^?]*\?$/.test(stem) && !/ for /.test(stem))
  )
    return 'comparison';
  if (/^(What is|Which port)\b/.test(stem) && choices.every((choice) => /\d/.test(choice))) return 'quantity';
  if (/\b(one of|NOT)\b/.test(body)) return 'membership';
  if (/\bfits\b/.test(body)) return 'usecase';
  if (/^which\b/i.test(body)) return 'definition-to-term';
  return 'notes-question';
}

const corporaAt = args.indexOf('--corpora');
const corpora = corporaAt >= 0 ? args[corporaAt + 1] : undefined;
const namesOf = async (set: string): Promise<ReadonlySet<string> | undefined> =>
  corpora ? buildContext(await loadNotes(join(corpora, set, 'notes'))).thingNames : undefined;

const counts = new Map<string, [number, number]>();
const count = (key: string, usable: boolean): void => {
  const [u, n] = counts.get(key) ?? [0, 0];
  counts.set(key, [u + (usable ? 1 : 0), n + 1]);
};
for (const set of sets) {
  const names = await namesOf(set);
  for (const round of rounds)
    for (const q of readRound(round, set)) {
      const traits = qualityTraits({
        kind: kindOf(q.stem, q.choices),
        stem: q.stem,
        choices: q.choices,
        section: q.section,
        names,
      });
      count(`form: ${traits.form}`, q.usable);
      count(`heading as subject: ${traits.headingAsSubject ? 'with' : 'without'}`, q.usable);
      if (traits.form !== 'number')
        count(`uneven text choices: ${traits.unevenChoices ? 'with' : 'without'}`, q.usable);
      count('all', q.usable);
    }
}
for (const [key, [usable, reviewed]] of [...counts].sort(([a], [b]) => (a < b ? -1 : 1)))
  console.log(
    `${key.padEnd(58)} ${String(usable).padStart(4)} / ${String(reviewed).padEnd(4)} smoothed ${((usable + 1) / (reviewed + 2)).toFixed(2)}`,
  );
