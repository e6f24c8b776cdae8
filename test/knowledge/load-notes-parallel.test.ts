import { execFileSync } from 'node:child_process';
import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { loadNotes } from '../../src/knowledge/load-notes.js';
import { readNote } from '../../src/knowledge/read-note.js';
import { readNotesInWorkers } from '../../src/knowledge/read-notes-in-workers.js';

const repoRoot = path.resolve(import.meta.dirname, '..', '..');
const root = mkdtempSync(path.join(tmpdir(), 'prepbot-parallel-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

const services = ['Lambda', 'SQS', 'SNS', 'DynamoDB', 'Fargate', 'Kinesis', 'Aurora', 'Cognito'];

/** 80 small notes in nested folders: facts, a table, definitions, and a few bad files that become warnings. */
function bigFolder(): string {
  const dir = mkdtempSync(path.join(root, 'notes-'));
  for (let n = 0; n < 80; n += 1) {
    const name = `${services[n % services.length]} ${n}`;
    const file = path.join(dir, `part-${n % 4}`, `note-${String(n).padStart(2, '0')}.md`);
    mkdirSync(path.dirname(file), { recursive: true });
    let text = `# ${name}\n\n- Timeout: ${n + 1} minutes\n- Memory: ${128 * (n + 1)} MB\n\n${name} = a managed service number ${n}\n`;
    if (n % 10 === 3) text += `\n| Feature | ${name} | Other |\n|---|---|---|\n| Max size | ${n} GB | 1 GB |\n`;
    if (n === 7) text = '';
    if (n === 8) text = `# ${name}\n\n- Timeout: 9 minutes\n\`\`\`json\n{ "open": true\n`;
    if (n === 9) text = `# ${name}\n\n${'x'.repeat(25_000)}\n\n- Memory: 512 MB\n`;
    writeFileSync(file, n === 11 ? Buffer.from([0x23, 0x20, 0x41, 0x00, 0x01]) : text);
  }
  return dir;
}

describe('loadNotes on a big folder', () => {
  const dir = bigFolder();

  it('gives exactly the knowledge base of a one-by-one parse, with workers or without', async () => {
    const serial = await loadNotes(dir, { workers: 0 });
    expect(serial.files).toHaveLength(78);
    expect(serial.items.length).toBeGreaterThan(200);
    // Warnings in sorted file order, each file's in line order.
    expect(serial.warnings.map((w) => `${w.file}:${w.line} ${w.message.split(':')[0]}`)).toEqual([
      'part-0/note-08.md:4 code fence is never closed',
      'part-1/note-09.md:3 line is 25,000 characters long (limit 20,000)',
      'part-3/note-07.md:1 empty file',
      'part-3/note-11.md:1 binary file (contains NUL bytes)',
    ]);
    expect(await loadNotes(dir, { workers: 2 })).toEqual(serial);
    expect(await loadNotes(dir)).toEqual(serial); // 80 files: the default reads in workers
  });

  it('gets the same result for every file from the workers alone, a missing file included', async () => {
    const files = [...(await loadNotes(dir, { workers: 0 })).files, 'part-0/note-07.md', 'part-3/no-such-note.md'];
    const here = files.map((file) => readNote(dir, file));
    const { results, readInWorkers } = await readNotesInWorkers(dir, files, 2, { here: false });
    expect(readInWorkers).toBe(files.length);
    expect(results).toEqual(here);
    expect(results.at(-1)).toEqual({
      items: [],
      loaded: false,
      warnings: [
        { file: 'part-3/no-such-note.md', line: 1, message: expect.stringMatching(/^could not be read: ENOENT/) },
      ],
    });
  });

  it('runs under tsx as the bench and `npm run dev` do (workers started from .ts)', () => {
    const script = [
      `const { loadNotes } = await import(${JSON.stringify(path.join(repoRoot, 'src/knowledge/load-notes.ts'))});`,
      `const { readNotesInWorkers } = await import(${JSON.stringify(path.join(repoRoot, 'src/knowledge/read-notes-in-workers.ts'))});`,
      `const serial = await loadNotes(${JSON.stringify(dir)}, { workers: 0 });`,
      `const parallel = await loadNotes(${JSON.stringify(dir)}, { workers: 2 });`,
      `const workersOnly = await readNotesInWorkers(${JSON.stringify(dir)}, serial.files, 2, { here: false });`,
      `console.log(JSON.stringify({ same: JSON.stringify(serial) === JSON.stringify(parallel), readInWorkers: workersOnly.readInWorkers, files: serial.files.length }));`,
    ].join('\n');
    const out = execFileSync(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', script], {
      cwd: repoRoot,
      encoding: 'utf8',
    });
    const result = JSON.parse(out.trim().split('\n').at(-1)!) as {
      same: boolean;
      readInWorkers: number;
      files: number;
    };
    expect(result.same).toBe(true);
    expect(result.readInWorkers).toBe(result.files);
    // A whole tsx process, cold: its TypeScript transform alone takes seconds on a busy 2-core machine.
  }, 120_000);
});

describe('the folder lexicon', () => {
  it('reaches the parser in worker threads as in this one: a word it lists is a name', async () => {
    const dir = mkdtempSync(path.join(root, 'lexicon-'));
    writeFileSync(path.join(dir, 'lexicon.yaml'), 'names:\n  - quarry\n');
    writeFileSync(path.join(dir, 'quarry.md'), '## Quarry\n\nA store for cold blocks of data.\n');
    const files = ['quarry.md'];
    // Without the lexicon "Quarry" is an ordinary word: its heading names nothing, so nothing is defined.
    expect(readNote(dir, 'quarry.md').items.filter((i) => i.kind === 'definition')).toEqual([]);
    const { lexicon } = await loadNotes(dir, { workers: 0 });
    const { results, readInWorkers } = await readNotesInWorkers(dir, files, 1, { here: false, lexicon });
    expect(readInWorkers).toBe(1);
    expect(results[0]!.items).toEqual([
      expect.objectContaining({ kind: 'definition', term: 'Quarry', definition: 'A store for cold blocks of data.' }),
    ]);
    expect((await loadNotes(dir, { workers: 0 })).items).toEqual(results[0]!.items);
  }, 30_000);
});
