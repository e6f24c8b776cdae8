import { chmod, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { runGenerate } from '../../src/app/generate-command.js';
import { loadQuestionBank } from '../../src/questions/load-bank.js';
import type { Question } from '../../src/questions/question-schema.js';
import { builtCli } from '../fakes/bot-process.js';
import { keys, PtyBot } from './console-pty.js';

/**
 * `prepbot review` as a reviewer meets it: the built command in a real pseudo-terminal (util-linux
 * `script`), one key press per question, the terminal handed to `$EDITOR` for an edit.
 */

const notes = join(import.meta.dirname, '..', 'fixtures', 'review-notes');
let cli: string;
let dir: string;
let questions: string;
let bank: Question[];
const ptys: PtyBot[] = [];

beforeAll(async () => {
  [cli, dir] = await Promise.all([builtCli(), mkdtemp(join(tmpdir(), 'prepbot-review-pty-'))]);
  questions = join(dir, 'questions');
  await runGenerate({ notes, out: join(questions, 'generated'), json: false }, { stdout: new PassThrough() });
  bank = await loadQuestionBank(questions);
  // An "editor" that needs the terminal: it reads the new stem from it, as a person types in vi.
  await writeFile(
    join(dir, 'editor.sh'),
    `#!/bin/sh\nprintf 'EDITOR open on %s\\nNew stem: ' "$(basename "$1")"\nread stem\nsed -i "s/^stem: .*/stem: $stem/" "$1"\n`,
  );
  await chmod(join(dir, 'editor.sh'), 0o755);
}, 60_000);
afterAll(async () => {
  await Promise.all(ptys.map((pty) => pty.dispose()));
  await rm(dir, { recursive: true, force: true });
});

function review(): PtyBot {
  const env = { NOTES_DIR: notes, STORE_PATH: join(dir, 'store.json'), EDITOR: join(dir, 'editor.sh') };
  const pty = new PtyBot(cli, env, dir, `exec '${process.execPath}' '${cli}' review --questions '${questions}'`);
  ptys.push(pty);
  return pty;
}

describe('prepbot review in a terminal', () => {
  it('keep, retire with a reason, edit in $EDITOR, quit half-way, resume; generate then leaves the retired one out', async () => {
    const total = bank.length;
    const pty = review();
    await pty.waitFor(
      new RegExp(
        `1 / ${total} · ${bank[0]!.id}[\\s\\S]*\\[k\\]eep  \\[r\\]etire  \\[e\\]dit  \\[s\\]kip  \\[q\\]uit\\n> $`,
      ),
    );
    expect(pty.screen).toContain('✓ right answer');

    pty.type('k');
    await pty.waitFor(new RegExp(`Kept\\.[\\s\\S]*2 / ${total} · ${bank[1]!.id}[\\s\\S]*> $`));

    pty.type('r');
    await pty.waitFor('Reason> ');
    pty.type('u', keys.enter);
    await pty.waitFor(new RegExp(`Retired \\(unclear\\)[\\s\\S]*3 / ${total} · ${bank[2]!.id}[\\s\\S]*> $`));

    pty.type('e');
    await pty.waitFor(`EDITOR open on ${bank[2]!.id}.yaml`);
    pty.line('How long can a received message stay hidden at most?');
    await pty.waitFor(new RegExp(`Saved custom/${bank[2]!.id}\\.yaml[\\s\\S]*4 / ${total}[\\s\\S]*> $`));

    pty.type('q');
    await pty.waitFor(`Stopped at 4 / ${total}: kept 1, retired 1, edited 1, skipped 0.`);
    expect(await pty.exited).toBe(0);

    const retired = parseYaml(await readFile(join(questions, 'retired.yaml'), 'utf8'));
    expect(retired.retired).toEqual([
      { id: bank[1]!.id, reason: 'unclear', date: expect.stringMatching(/^\d{4}-\d{2}-\d{2}$/) },
    ]);
    const custom = parseYaml(await readFile(join(questions, 'custom', `${bank[2]!.id}.yaml`), 'utf8'));
    expect(custom.questions).toEqual([{ ...bank[2], stem: 'How long can a received message stay hidden at most?' }]);

    // Resume: the three decided ones are not asked again; Ctrl-C quits and keeps what was decided.
    const again = review();
    await again.waitFor(
      new RegExp(
        `Reviewing ${total - 3} questions \\(--only new\\) of ${total}[\\s\\S]*1 / ${total - 3} · ${bank[3]!.id}[\\s\\S]*> $`,
      ),
    );
    again.type(keys.ctrlC);
    await again.waitFor(`Stopped at 1 / ${total - 3}: kept 0, retired 0, edited 0, skipped 0.`);
    expect(await again.exited).toBe(0);

    const out = new PassThrough();
    let summary = '';
    out.on('data', (chunk: Buffer) => (summary += chunk.toString()));
    await runGenerate({ notes, out: join(questions, 'generated'), json: false, questions }, { stdout: out });
    expect(summary).toContain('Left out 1 retired question');
    const after = await loadQuestionBank(questions);
    expect(after.map((q) => q.id)).not.toContain(bank[1]!.id);
    expect(after.find((q) => q.id === bank[2]!.id)?.stem).toBe('How long can a received message stay hidden at most?');
  }, 60_000);
});
