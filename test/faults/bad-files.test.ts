import { mkdir, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { initialQuizState, quizStateVersion } from '../../src/quiz/state-schema.js';
import { builtCli, runBotToEnd, tempFolder } from '../fakes/bot-process.js';

/**
 * Bad files handed to the real `prepbot` command (compiled, in a child process): broken notes to
 * `prepbot generate`, broken question files, store files and settings to `prepbot start`. Each is
 * reported with where it is; notes problems do not stop the rest; the others stop the bot, exit 1,
 * and leave the files as they were.
 */

const fixtures = join(import.meta.dirname, '..', 'fixtures');
let folder: string;

beforeAll(async () => {
  [folder] = await Promise.all([tempFolder(), builtCli()]);
}, 60_000);

afterAll(async () => {
  await rm(folder, { recursive: true, force: true });
});

/** Settings for `prepbot start` in console mode over the fault-test bank and notes. */
function consoleEnv(extra: Record<string, string>): Record<string, string> {
  return {
    QUESTIONS_DIR: join(fixtures, 'questions'),
    NOTES_DIR: join(fixtures, 'fault-notes'),
    STORE_PATH: join(folder, 'unused.json'),
    LOG_LEVEL: 'warn',
    ...extra,
  };
}

describe('prepbot generate over broken notes', () => {
  it('reports each broken file with file:line and still builds the questions of the good ones', async () => {
    const notes = join(folder, 'notes');
    const out = join(folder, 'bank');
    await mkdir(notes, { recursive: true });
    await writeFile(join(notes, 'good.md'), await readFile(join(fixtures, 'fault-notes', 'functions.md')));
    await writeFile(join(notes, 'empty.md'), '');
    await writeFile(join(notes, 'binary.md'), Buffer.from([0x23, 0x20, 0x42, 0x0a, 0x00, 0x01, 0x02, 0xff]));
    await writeFile(join(notes, 'latin1.md'), Buffer.from('# Queues\n\n- **Retention**: 14 days caf\xe9\n', 'latin1'));
    await writeFile(
      join(notes, 'fence.md'),
      '# Fence\n\n- **Limit**: 5 items\n\n```js\nconst a = 1;\n\n- **Other**: 10 items\n',
    );
    await writeFile(join(notes, 'long-line.md'), `# Long\n\n- **Size**: ${'x'.repeat(1024 * 1024)}\n`);
    await writeFile(
      join(notes, 'nested.md'),
      ['# Nested', '', ...Array.from({ length: 400 }, (_, i) => `${'  '.repeat(i)}- level ${i}`)].join('\n'),
    );
    await writeFile(
      join(notes, 'ragged.md'),
      '# Table\n\n| Service | Limit | Unit |\n|---|---|---|\n| Queue | 14 |\n| Function | 15 | minutes | extra | more |\n',
    );

    const result = await runBotToEnd(['generate', '--notes', notes, '--out', out], {}, folder, 60_000);

    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/binary\.md:2: binary file/);
    expect(result.stdout).toMatch(/empty\.md:1: empty file/);
    expect(result.stdout).toMatch(/latin1\.md:3: not valid UTF-8/);
    expect(result.stdout).toMatch(/fence\.md:5: code fence is never closed/);
    expect(result.stdout).toMatch(/ragged\.md:6: table row has 5 cells but the header has 3/);
    expect(result.stdout).toMatch(/long-line\.md:3: line is 1,048,588 characters long \(limit 20,000\): skipped/);
    expect(result.stdout).toMatch(/nested\.md:19: list nested about 17 levels deep/);
    // Both files are still read; the good file still gives questions.
    expect(result.stdout).toMatch(/long-line\.md\s+\d+/);
    expect(result.stdout).toMatch(/nested\.md\s+\d+/);
    expect(result.stdout).toMatch(/good\.md\s+[1-9]/);
    expect(await readdir(out)).toContain('good.json');
  }, 60_000);
});

describe('prepbot start with a broken question bank', () => {
  const cases = [
    {
      name: 'a wrong type',
      question: { choices: 'one, two' },
      expected: /bad\.yaml: question q-bad \(#0\): choices: .*expected array/,
    },
    {
      name: 'a missing field',
      question: { explanation: undefined },
      expected: /bad\.yaml: question q-bad \(#0\): explanation: .*expected string/,
    },
    {
      name: 'an answer out of range',
      question: { answer: 7 },
      expected: /bad\.yaml: question q-bad \(#0\): answer: index 7 is out of range for 3 choices/,
    },
    {
      name: 'a duplicate id',
      question: { id: 'fault-bucket-object' },
      expected: /bad\.yaml: question fault-bucket-object \(#0\): id: duplicate id, already used in a\.yaml/,
    },
  ];
  for (const { name, question, expected } of cases) {
    it(`refuses to start on ${name}, naming the file, the question id and the field`, async () => {
      const bank = join(folder, `bank-${name.replace(/\W+/g, '-')}`);
      await mkdir(bank, { recursive: true });
      await writeFile(join(bank, 'a.yaml'), await readFile(join(fixtures, 'questions', 'fault-bank.yaml')));
      const good = {
        id: 'q-bad',
        kind: 'custom',
        topic: 'Queues',
        stem: 'Which one?',
        choices: ['one', 'two', 'three'],
        answer: 1,
        explanation: 'Because.',
        source: { file: 'q.md', line: 1, section: 'Q' },
      };
      await writeFile(join(bank, 'bad.yaml'), JSON.stringify({ questions: [{ ...good, ...question }] }));
      const result = await runBotToEnd(['start'], consoleEnv({ QUESTIONS_DIR: bank }), folder);
      expect(result.code).toBe(1);
      expect(result.stderr).toMatch(expected);
      expect(result.stdout).toBe('');
    });
  }
});

// A file under custom/ with a generated question's id replaces that question (an edit, as `prepbot review` writes);
// a hand-written file elsewhere in the bank that reuses one is a mistake.
describe('prepbot start with a hand-written question whose id a generated question already has', () => {
  it('names the hand-written file (the one a person edits) and the generated file it clashes with', async () => {
    const bank = join(folder, 'bank-custom-clash');
    await mkdir(join(bank, 'custom'), { recursive: true });
    await mkdir(join(bank, 'generated'), { recursive: true });
    const question = (id: string, stem: string) => ({
      id,
      kind: 'custom',
      topic: 'Queues',
      stem,
      choices: ['one', 'two', 'three'],
      answer: 1,
      explanation: 'Because.',
      source: { file: 'queues.md', line: 1, section: 'Queues' },
    });
    await writeFile(
      join(bank, 'generated', 'queues.json'),
      JSON.stringify({
        generatedBy: 'prepbot generate',
        notes: 'queues.md',
        questions: [question('queue-retention', 'How long by default?')],
      }),
    );
    // "a-mine.yaml" sorts before "generated/": the hand-written file is read first, and is still the one named.
    await writeFile(
      join(bank, 'a-mine.yaml'),
      JSON.stringify({ questions: [question('queue-retention', 'How long at most?')] }),
    );
    const result = await runBotToEnd(['start'], consoleEnv({ QUESTIONS_DIR: bank }), folder);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain(
      'a-mine.yaml: question queue-retention (#0): id: duplicate id, already used in generated/queues.json (written by prepbot generate: give the question here another id)',
    );
    expect(result.stderr).not.toMatch(/generated\/queues\.json: question/);
    expect(result.stdout).toBe('');
  });
});

describe('prepbot start with a broken store file', () => {
  const good = JSON.stringify({ schemaVersion: quizStateVersion, ...initialQuizState() });
  const cases = [
    { name: 'truncated', text: good.slice(0, good.length - 7), problem: /is cut short/ },
    { name: 'not JSON', text: 'schemaVersion = 1\n', problem: /is not valid JSON/ },
    {
      name: 'the wrong shape',
      text: JSON.stringify({ schemaVersion: quizStateVersion, channels: [], rounds: 'none' }),
      problem: /does not have the expected shape:\n(\s+.*\n)*\s+channels: expected record, received array/,
    },
    {
      name: 'from a newer prepbot',
      text: JSON.stringify({ schemaVersion: quizStateVersion + 1, ...initialQuizState() }),
      problem: new RegExp(`was written by a newer prepbot \\(schemaVersion ${quizStateVersion + 1}`),
    },
  ];
  for (const { name, text, problem } of cases) {
    it(`exits 1 on a store file that is ${name}, naming the file and the last good backup, and leaves the bytes alone`, async () => {
      const dir = join(folder, `store-${name.replace(/\W+/g, '-')}`);
      const path = join(dir, 'prepbot.json');
      await mkdir(dir, { recursive: true });
      await writeFile(path, text);
      await writeFile(`${path}.bak-1`, good);
      const result = await runBotToEnd(['start'], consoleEnv({ STORE_PATH: path }), folder);
      expect(result.code).toBe(1);
      expect(result.stderr).toContain(`Cannot open the store file ${path}`);
      expect(result.stderr).toMatch(problem);
      expect(result.stderr).toContain(`The newest backup that loads is ${path}.bak-1`);
      expect(result.stderr).toContain(`cp '${path}.bak-1' '${path}'`);
      expect(await readFile(path, 'utf8')).toBe(text);
      expect(await readdir(dir)).toEqual(['prepbot.json', 'prepbot.json.bak-1']);
    });
  }

  it('exits 1 when the store cannot be written where it is (its folder is a file), naming the file', async () => {
    const blocker = join(folder, 'not-a-folder');
    await writeFile(blocker, 'a file where the store folder should be');
    const path = join(blocker, 'prepbot.json');
    const result = await runBotToEnd(['start'], consoleEnv({ STORE_PATH: path }), folder);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain(
      `Cannot open the store file ${path}: it cannot be saved because its folder ${blocker} is not writable`,
    );
    expect(await readFile(blocker, 'utf8')).toBe('a file where the store folder should be');
  });
});

describe('prepbot start with invalid settings', () => {
  it('names every bad setting in one message and exits 1', async () => {
    const result = await runBotToEnd(
      ['start'],
      consoleEnv({ CLOSE_AFTER_HOURS: 'abc', PORT: '99999', LOG_LEVEL: 'loud' }),
      folder,
    );
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/3 settings are invalid/);
    expect(result.stderr).toMatch(/CLOSE_AFTER_HOURS: /);
    expect(result.stderr).toMatch(/PORT: /);
    expect(result.stderr).toMatch(/LOG_LEVEL: /);
    expect(result.stdout).toBe('');
  });
});
