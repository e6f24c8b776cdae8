import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Readable, Writable } from 'node:stream';
import { stringify } from 'yaml';
import { loadQuestionBank } from '../questions/load-bank.js';
import { loadRetired, loadReviewed, saveRetired, saveReviewed, writeAtomically } from '../questions/curation-files.js';
import type { RetiredEntry, ReviewedEntry } from '../questions/curation-file-schema.js';
import type { Question } from '../questions/question-schema.js';
import { flagReasonLabels } from '../quiz/flag-reasons.js';
import { loadSettings } from '../settings/load-settings.js';
import { editQuestion } from './edit-question.js';
import { KeyReader, quitKey } from './key-reader.js';
import { readStoreSnapshot } from './read-store-snapshot.js';
import { reviewCard } from './review-card.js';
import { recordOf, selectForReview, type ReviewScope } from './review-selection.js';
import { describeStartupError } from './startup-error.js';

export interface ReviewIo {
  stdin: Readable;
  stdout: Writable;
  stderr: Writable;
  env?: NodeJS.ProcessEnv;
  /** Today as YAML dates want it (tests fix it). */
  today?: () => string;
}

/** Reasons a key gives when retiring; anything else typed is kept as the reviewer wrote it. */
const reasonKeys: Record<string, string> = {
  w: flagReasonLabels.wrong,
  u: flagReasonLabels.unclear,
  e: flagReasonLabels.easy,
  n: flagReasonLabels.useless,
};

/**
 * `prepbot review [--questions DIR] [--only new|flagged|all]`: walks the bank one question at a time
 * (with its note line, item statistics and flags from the store) and takes one key each: keep, retire
 * (with a reason), edit (in `$EDITOR`), skip, quit. Each decision is written at once: retirements to
 * `retired.yaml`, edits to `custom/<id>.yaml`, every decision to `reviewed.yaml`, so quitting keeps
 * what was decided and `--only new` (the default) resumes. Returns the exit code: 0, or 1 with one
 * message when the bank or a reviewers' file cannot be read.
 */
export async function runReview(
  options: { questions?: string | undefined; only?: string | undefined },
  io: ReviewIo,
): Promise<number> {
  const out = (text: string) => io.stdout.write(text);
  const scope = (options.only ?? 'new') as ReviewScope;
  if (!['new', 'flagged', 'all'].includes(scope)) {
    io.stderr.write(`prepbot review: --only takes new, flagged or all (not "${options.only}")\n`);
    return 2;
  }
  let context: Awaited<ReturnType<typeof loadReview>>;
  try {
    context = await loadReview(options.questions, io.env);
  } catch (error) {
    io.stderr.write(`${describeStartupError(error).replace(/^prepbot: /, 'prepbot review: ')}\n`);
    return 1;
  }
  const { settings, bank, retired, reviewed, snapshot } = context;
  const dir = settings.QUESTIONS_DIR;
  const today = io.today ?? (() => new Date().toISOString().slice(0, 10));
  const env = io.env ?? process.env;
  if (snapshot.problem) out(`(${snapshot.problem})\n`);
  const record = (id: string) => recordOf(snapshot.state, id);
  const walk = selectForReview(bank, scope, { retired, reviewed }, record);
  const decided = reviewed.filter((entry) => bank.some((q) => q.id === entry.id)).length;
  out(
    `Reviewing ${walk.length} question${walk.length === 1 ? '' : 's'} (--only ${scope}) of ${bank.length} in ${dir}; ${decided} reviewed before, ${retired.length} retired.\n`,
  );
  if (walk.length === 0) {
    out('Nothing to review. prepbot review --only all walks every question again.\n');
    return 0;
  }
  const keys = new KeyReader(io.stdin);
  const tty = (io.stdin as { isTTY?: boolean }).isTTY === true;
  const counts = { keep: 0, retire: 0, edit: 0, skip: 0 };
  const decide = async (question: Question, decision: ReviewedEntry['decision']) => {
    const entry = { id: question.id, decision, date: today() };
    const at = reviewed.findIndex((e) => e.id === question.id);
    if (at >= 0) reviewed[at] = entry;
    else reviewed.push(entry);
    await saveReviewed(dir, reviewed);
    counts[decision] += 1;
  };
  let stoppedAt: number | undefined;
  try {
    walking: for (const [index, question] of walk.entries()) {
      out(
        `\n${reviewCard({ question, position: index + 1, total: walk.length, noteLine: await noteLine(settings.NOTES_DIR, question), record: record(question.id) })}\n> `,
      );
      for (;;) {
        const key = (await keys.nextCommand()).toLowerCase();
        if (key === 'k') {
          out('k\nKept.\n');
          await decide(question, 'keep');
          break;
        }
        if (key === 's') {
          out('s\nSkipped (it comes back next time).\n');
          counts.skip += 1;
          break;
        }
        if (key === 'q' || key === quitKey) {
          out(key === 'q' ? 'q\n' : '\n');
          stoppedAt = index + 1;
          break walking;
        }
        if (key === 'r') {
          out(
            'r\nReason: [w]rong answer, [u]nclear, too [e]asy, [n]ot useful, or type one; Enter to confirm, Esc to go back\nReason> ',
          );
          const typed = (await keys.line(out))?.trim();
          if (!typed) {
            out('\nNot retired.\n> ');
            continue;
          }
          const reason = reasonKeys[typed.toLowerCase()] ?? typed;
          const entry: RetiredEntry = { id: question.id, reason, date: today() };
          retired.push(entry);
          await saveRetired(dir, retired);
          await decide(question, 'retire');
          out(`\nRetired (${reason}): no workspace is asked it any more; prepbot generate leaves it out.\n`);
          break;
        }
        if (key === 'e') {
          out('e\n');
          const saved = await editLoop(question, keys, env, tty, out);
          if (!saved) {
            out('Not edited.\n> ');
            continue;
          }
          await writeAtomically(
            join(dir, 'custom', `${question.id}.yaml`),
            `# Edited in prepbot review: replaces the generated question of the same id.\n${stringify({ questions: [saved] })}`,
          );
          await decide(question, 'edit');
          out(`Saved custom/${question.id}.yaml: it replaces the generated question from the next start.\n`);
          break;
        }
        out(
          `\n"${key.replace(/[^\x20-\x7e]/g, '?')}" is not a key here. k keep · r retire · e edit · s skip · q quit\n> `,
        );
      }
    }
  } finally {
    keys.close();
  }
  const summary = `kept ${counts.keep}, retired ${counts.retire}, edited ${counts.edit}, skipped ${counts.skip}`;
  if (stoppedAt !== undefined)
    out(
      `\nStopped at ${stoppedAt} / ${walk.length}: ${summary}. Decisions are saved; prepbot review goes on from here.\n`,
    );
  else out(`\nDone, ${walk.length} / ${walk.length}: ${summary}.\n`);
  return 0;
}

async function loadReview(questions: string | undefined, env: NodeJS.ProcessEnv | undefined) {
  // The notes are only shown beside each question, so a missing notes folder is no reason to stop.
  const settings = loadSettings(env, { QUESTIONS_DIR: questions }, { usesNotes: false });
  const [bank, retired, reviewed, snapshot] = await Promise.all([
    loadQuestionBank(settings.QUESTIONS_DIR),
    loadRetired(settings.QUESTIONS_DIR),
    loadReviewed(settings.QUESTIONS_DIR),
    readStoreSnapshot(settings.STORE_PATH),
  ]);
  return { settings, bank, retired, reviewed, snapshot };
}

/** Edits until the question validates, or the reviewer gives up (undefined). */
async function editLoop(
  question: Question,
  keys: KeyReader,
  env: NodeJS.ProcessEnv,
  tty: boolean,
  out: (text: string) => void,
): Promise<Question | undefined> {
  let text: string | undefined;
  for (;;) {
    keys.pause();
    let result;
    try {
      result = await editQuestion(question, env, tty ? 'inherit' : 'ignore', text);
    } finally {
      keys.resume();
    }
    if (result.ok) return result.changed ? result.question : (out('No change made.\n'), undefined);
    out(
      `The edited question does not validate:\n${result.problems.map((p) => `  - ${p}`).join('\n')}\n[e]dit again or [d]iscard the edit? `,
    );
    text = result.text;
    const key = (await keys.nextCommand()).toLowerCase();
    out(`${key === 'e' ? 'e' : 'd'}\n`);
    if (key !== 'e') return undefined;
  }
}

/** The text of the note line a question came from, when the notes file can be read. */
async function noteLine(notesDir: string, question: Question): Promise<string | undefined> {
  try {
    return (await readFile(join(notesDir, question.source.file), 'utf8')).split(/\r?\n/)[question.source.line - 1];
  } catch {
    return undefined;
  }
}
