import { chmod, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { runReview } from '../../src/app/review-command.js';
import { runGenerate } from '../../src/app/generate-command.js';
import { loadQuestionBank } from '../../src/questions/load-bank.js';
import { openQuizStore } from '../../src/app/load-core.js';
import { pino } from 'pino';

/** `prepbot review` driven through its streams: keys in, screen out, files written as a reviewer expects. */

const notes = join(import.meta.dirname, '..', 'fixtures', 'review-notes');
let dir: string;
let questions: string;

beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'prepbot-review-'));
  questions = join(dir, 'questions');
  await runGenerate({ notes, out: join(questions, 'generated'), json: false }, { stdout: new PassThrough() });
  // An editor that rewrites the stem, as a person would in vi.
  await writeFile(
    join(dir, 'editor.sh'),
    `#!/bin/sh\nsed -i 's/^stem: .*/stem: How long can a received message stay hidden at most?/' "$1"\n`,
  );
  await chmod(join(dir, 'editor.sh'), 0o755);
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

/** Runs a review with `keys` already typed; resolves with the exit code and the screen. */
async function review(keys: string, only?: string, extraEnv: Record<string, string> = {}) {
  const stdin = new PassThrough();
  const stdout = new PassThrough();
  let screen = '';
  stdout.on('data', (chunk: Buffer) => (screen += chunk.toString()));
  stdin.end(keys);
  const env = {
    NOTES_DIR: notes,
    QUESTIONS_DIR: questions,
    STORE_PATH: join(dir, 'store.json'),
    EDITOR: join(dir, 'editor.sh'),
    ...extraEnv,
  };
  const code = await runReview({ only }, { stdin, stdout, stderr: stdout, env, today: () => '2026-12-01' });
  return { code, screen };
}

describe('prepbot review (streams)', () => {
  it('keep, retire with a reason, edit, quit half-way; the files say so; a second review resumes; generate leaves the retired one out', async () => {
    const bank = await loadQuestionBank(questions);
    const [first, second, third] = bank;
    const { code, screen } = await review('k\nr\nw\ne\nq\n');
    expect(code).toBe(0);
    expect(screen).toContain(`Reviewing ${bank.length} questions (--only new) of ${bank.length}`);
    expect(screen).toContain(`── 1 / ${bank.length} · ${first!.id}`);
    // The note line the question came from, beside it.
    expect(screen).toMatch(new RegExp(`${first!.source.line} │ - `));
    expect(screen).toContain('Answers: not answered yet');
    expect(screen).toContain('Retired (wrong answer)');
    expect(screen).toContain(`Saved custom/${third!.id}.yaml`);
    expect(screen).toContain(`Stopped at 4 / ${bank.length}: kept 1, retired 1, edited 1, skipped 0.`);

    const retired = parseYaml(await readFile(join(questions, 'retired.yaml'), 'utf8'));
    expect(retired).toEqual({ retired: [{ id: second!.id, reason: 'wrong answer', date: '2026-12-01' }] });
    const custom = parseYaml(await readFile(join(questions, 'custom', `${third!.id}.yaml`), 'utf8'));
    expect(custom.questions).toEqual([{ ...third, stem: 'How long can a received message stay hidden at most?' }]);

    // The bank now holds the edited question under its own id, once.
    const after = await loadQuestionBank(questions);
    expect(after.filter((q) => q.id === third!.id).map((q) => q.stem)).toEqual([
      'How long can a received message stay hidden at most?',
    ]);
    expect(after).toHaveLength(bank.length);

    // Resuming: only what was not decided yet, starting with the one the reviewer quit on.
    const resumed = await review('s\nq\n');
    expect(resumed.screen).toContain(
      `Reviewing ${bank.length - 3} questions (--only new) of ${bank.length} in ${questions}; 3 reviewed before, 1 retired.`,
    );
    expect(resumed.screen).toContain(`── 1 / ${bank.length - 3} · ${bank[3]!.id}`);
    expect(resumed.screen).not.toContain(first!.id);

    // generate leaves the retired id out and says so.
    const out = new PassThrough();
    let text = '';
    out.on('data', (chunk: Buffer) => (text += chunk.toString()));
    await runGenerate({ notes, out: join(questions, 'generated'), json: false, questions }, { stdout: out });
    expect(text).toContain('Left out 1 retired question (listed in retired.yaml)');
    const regenerated = await loadQuestionBank(questions);
    expect(regenerated.map((q) => q.id)).not.toContain(second!.id);
    expect(regenerated).toHaveLength(bank.length - 1);
  });

  it('a retirement reason can be typed out; Esc goes back without retiring', async () => {
    const bank = await loadQuestionBank(questions);
    const { screen } = await review('r\x1bkr\nthe limit changed in 2024\nq');
    expect(screen).toContain('Not retired.');
    const retired = parseYaml(await readFile(join(questions, 'retired.yaml'), 'utf8'));
    expect(retired.retired).toEqual([{ id: bank[1]!.id, reason: 'the limit changed in 2024', date: '2026-12-01' }]);
  });

  it('an edit that breaks the question is refused with the field, and can be discarded', async () => {
    await writeFile(join(dir, 'breaker.sh'), `#!/bin/sh\nsed -i 's/^answer: .*/answer: 9/' "$1"\n`);
    await chmod(join(dir, 'breaker.sh'), 0o755);
    const { screen } = await review('ed\nq', undefined, { EDITOR: join(dir, 'breaker.sh') });
    expect(screen).toMatch(/does not validate:\n {2}- answer: index 9 is out of range for \d choices/);
    expect(screen).toContain('Not edited.');
    expect(await readdir(questions)).not.toContain('custom');
  });

  it('--only flagged walks what chat flagged or the answers mark, with the statistics', async () => {
    const bank = await loadQuestionBank(questions);
    expect(bank.length).toBeGreaterThanOrEqual(3);
    // One question flagged in chat, another marked by its answers; the walk goes in bank order.
    const flagged = bank[1]!;
    const marked = bank[bank.length - 1]!;
    const store = await openQuizStore(
      { STORE_PATH: join(dir, 'store.json'), STORE_BACKUPS: 0 },
      pino({ level: 'silent' }),
    );
    await store.change((d) => {
      d.curation['slack:T1'] = {
        questions: { [flagged.id]: { flags: [{ user: 'U1', reason: 'unclear', at: 1, admin: false }] } },
        items: { [marked.id]: [20, 20, 6, 6, 6, 6] },
        noticed: {},
      };
    });
    await store.close();
    const { screen } = await review('kk', 'flagged');
    expect(screen).toContain('Reviewing 2 questions (--only flagged)');
    expect(screen).toContain(`1 / 2 · ${flagged.id}`);
    expect(screen).toContain('Flags: unclear ×1');
    expect(screen).toContain(`2 / 2 · ${marked.id}`);
    expect(screen).toContain(
      'Answers: 20 answered · 100% right · discrimination +0.00 · review: almost everyone gets it right',
    );
    expect(screen).toContain('Done, 2 / 2: kept 2');
  });

  it('a broken retired.yaml stops review with the file and line', async () => {
    await writeFile(
      join(questions, 'retired.yaml'),
      'retired:\n  - id: q-1\n    reason: wrong answer\n    date: yesterday\n',
    );
    const { code, screen } = await review('q');
    expect(code).toBe(1);
    expect(screen).toMatch(/retired\.yaml:4: retired\.0\.date: expected a date as YYYY-MM-DD/);
  });
});
