import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { loadNotes } from '../../src/knowledge/load-notes.js';
import { NotesFolderError } from '../../src/knowledge/notes-folder-error.js';

const root = mkdtempSync(path.join(tmpdir(), 'prepbot-notes-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

function folder(files: Record<string, string | Buffer>): string {
  const dir = mkdtempSync(path.join(root, 'case-'));
  for (const [name, content] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
    writeFileSync(path.join(dir, name), content);
  }
  return dir;
}

describe('loadNotes', () => {
  it('reads .md, .markdown and .txt recursively, sorted, with / paths', async () => {
    const dir = folder({
      'b.md': '# Lambda\n\n- Timeout: 15 minutes\n',
      'a/z.markdown': '# SQS\n\n- Retention: 14 days\n',
      'a/glossary.txt': 'SNS = publish/subscribe notification service',
      'ignored.json': '{}',
      'notes.MD': '# Upper\n',
    });
    const kb = await loadNotes(dir);
    expect(kb.files).toEqual(['a/glossary.txt', 'a/z.markdown', 'b.md', 'notes.MD']);
    expect(kb.items.map((i) => [i.source.file, i.kind, i.topic])).toEqual([
      ['a/glossary.txt', 'definition', 'SNS'],
      ['a/z.markdown', 'fact', 'SQS'],
      ['b.md', 'fact', 'Lambda'],
    ]);
    expect(kb.warnings).toEqual([]);
  });

  it('throws a typed error naming a missing folder', async () => {
    const missing = path.join(root, 'no-such-folder');
    await expect(loadNotes(missing)).rejects.toThrow(NotesFolderError);
    await expect(loadNotes(missing)).rejects.toThrow(missing);
  });

  it('warns about bad files and carries on', async () => {
    const dir = folder({
      'empty.md': '',
      'binary.md': Buffer.from([0x23, 0x20, 0x41, 0x0a, 0x00, 0x01, 0x02]),
      'latin1.md': Buffer.concat([
        Buffer.from('# Caf'),
        Buffer.from([0xe9]),
        Buffer.from('\n\n- Timeout: 15 minutes\n'),
      ]),
      'fence.md': '# Lambda\n\n- Memory: 128 MB\n\n```json\n{ "a": 1 }\n',
      'ragged.md': '# T\n\n| A | B |\n|---|---|\n| x | 1 | extra |\n| y |\n',
      'good.md': '# Lambda\n\n- Timeout: 15 minutes\n',
    });
    const kb = await loadNotes(dir);
    expect(kb.warnings.map((w) => `${w.file}:${w.line} ${w.message.split(':')[0]}`)).toEqual([
      'binary.md:2 binary file (contains NUL bytes)',
      'empty.md:1 empty file',
      'fence.md:5 code fence is never closed',
      'latin1.md:1 not valid UTF-8',
      'ragged.md:5 table row has 3 cells but the header has 2; extra cells ignored',
    ]);
    expect(kb.files).toEqual(['fence.md', 'good.md', 'latin1.md', 'ragged.md']);
    expect(kb.items.filter((i) => i.kind === 'fact').map((i) => i.source.file)).toEqual([
      'fence.md',
      'good.md',
      'latin1.md',
      'ragged.md',
    ]);
    // The ragged table has two columns: its rows are statements ("x: 1"), the row without a value gives nothing.
    expect(kb.items.filter((i) => i.source.file === 'ragged.md').map((i) => i.kind === 'fact' && i.text)).toEqual([
      'x: 1',
    ]);
  });

  it('copes with a 1 MB line and deeply nested lists', async () => {
    const deep = Array.from({ length: 200 }, (_, i) => `${'  '.repeat(i)}- level ${i}`).join('\n');
    const dir = folder({
      'long.md': `# Big\n\n${'word '.repeat(210_000)}\n\n- Timeout: 15 minutes\n`,
      'deep.md': `# Deep\n\n${deep}\n`,
    });
    const kb = await loadNotes(dir);
    expect(kb.files).toEqual(['deep.md', 'long.md']);
    // The 1 MB line is skipped and reported; the rest of its file is still read.
    expect(kb.warnings.map((w) => `${w.file}:${w.line} ${w.message}`)).toEqual([
      'deep.md:19 list nested about 17 levels deep (more than 16): read, but check its subjects',
      'long.md:3 line is 1,050,000 characters long (limit 20,000): skipped',
    ]);
    expect(kb.items.some((i) => i.kind === 'fact' && i.source.file === 'long.md' && i.source.line === 5)).toBe(true);
  }, 60_000);
});
