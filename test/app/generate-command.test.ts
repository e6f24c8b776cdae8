import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { runGenerate } from '../../src/app/generate-command.js';

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'prepbot-generate-'));
  await mkdir(join(dir, 'notes', 'compute'), { recursive: true });
  await writeFile(
    join(dir, 'notes', 'compute', 'limits.md'),
    [
      '# Lambda',
      '',
      '## Limits',
      '',
      '- Execution timeout: 15 minutes',
      '- Memory: 128 MB to 10 GB',
      '- Deployment package size: 50 MB (zip)',
      '',
    ].join('\n'),
  );
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

function capture() {
  const stream = new PassThrough();
  let text = '';
  stream.on('data', (chunk: Buffer) => (text += chunk.toString()));
  return { stream, text: () => text };
}

describe('runGenerate', () => {
  it('writes the bank and prints questions per kind and file, and skips by reason', async () => {
    const out = capture();
    const summary = await runGenerate(
      { notes: join(dir, 'notes'), out: join(dir, 'generated'), json: false },
      { stdout: out.stream },
    );
    // Beside the bank file, the record of the notes it came from (read at start to spot a stale bank).
    expect(await readdir(join(dir, 'generated'))).toEqual(['_source-notes.json', 'compute__limits.json']);
    const source = JSON.parse(await readFile(join(dir, 'generated', '_source-notes.json'), 'utf8'));
    expect(Object.keys(source.notes)).toEqual(['compute/limits.md']);
    expect(source.notes['compute/limits.md']).toMatch(/^[0-9a-f]{64}$/);
    expect(summary.byKind.quantity).toBeGreaterThanOrEqual(3);
    const text = out.text();
    expect(text).toMatch(/^Generated \d+ questions from 1 notes file in .*notes → 1 file in .*generated\n/);
    expect(text).toMatch(/Questions per kind:\n {2}quantity +\d+/);
    expect(text).toMatch(/Questions per file:\n {2}compute\/limits\.md +\d+/);
  });

  it('says "1 question" for one question, not "1 questions"', async () => {
    await writeFile(
      join(dir, 'notes', 'compute', 'limits.md'),
      ['# Lambda', '', '## Limits', '', '- Execution timeout: 15 minutes', ''].join('\n'),
    );
    const out = capture();
    const summary = await runGenerate(
      { notes: join(dir, 'notes'), out: join(dir, 'generated'), json: false },
      { stdout: out.stream },
    );
    expect(summary.questions).toBe(1);
    expect(out.text()).toMatch(/^Generated 1 question from 1 notes file in .*notes → 1 file in /);
  });

  it('prints one JSON object with --json', async () => {
    const out = capture();
    const summary = await runGenerate(
      { notes: join(dir, 'notes'), out: join(dir, 'generated'), json: true },
      { stdout: out.stream },
    );
    const printed = JSON.parse(out.text());
    expect(printed).toMatchObject({
      questions: summary.questions,
      byKind: summary.byKind,
      byFile: summary.byFile,
      files: ['compute__limits.json'],
    });
    expect(out.text().trim().split('\n')).toHaveLength(1);
  });

  it('fails with the loader error when the notes folder is missing', async () => {
    await expect(
      runGenerate({ notes: join(dir, 'nope'), out: join(dir, 'generated'), json: false }, { stdout: capture().stream }),
    ).rejects.toThrow(/nope/);
  });
});
