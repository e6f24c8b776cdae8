import { readFile, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { builtCli, runBotToEnd, tempFolder } from '../fakes/bot-process.js';

/** The `prepbot` command line as a newcomer meets it: version, a mistyped subcommand, the help. */

let folder: string;
beforeAll(async () => {
  [folder] = await Promise.all([tempFolder('prepbot-cli-'), builtCli()]);
}, 60_000);
afterAll(async () => {
  await rm(folder, { recursive: true, force: true });
});

describe('the prepbot command line', () => {
  it('prints its version with --version and -v', async () => {
    const { version } = JSON.parse(await readFile(join(import.meta.dirname, '..', '..', 'package.json'), 'utf8')) as {
      version: string;
    };
    for (const flag of ['--version', '-v']) {
      const result = await runBotToEnd([flag], {}, folder);
      expect(result.code).toBe(0);
      expect(result.stdout).toBe(`prepbot ${version}\n`);
    }
  });

  it('names an unknown subcommand as such, with the list, and exits 1 without starting the bot', async () => {
    const result = await runBotToEnd(['genrate'], {}, folder);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain(
      "unknown subcommand 'genrate'. Did you mean generate? The subcommands are start, generate, ask, review, register",
    );
    expect(result.stderr).not.toContain('too many arguments');
    expect(result.stdout).toBe('');
  });

  it('generate publishes the default kinds, and membership questions only when --kinds asks for them', async () => {
    const notes = join(import.meta.dirname, '..', '..', 'data', 'notes');
    const run = async (extra: string[], out: string) => {
      const result = await runBotToEnd(
        ['generate', '--notes', notes, '--out', join(folder, out), '--json', ...extra],
        {},
        folder,
      );
      expect(result.code).toBe(0);
      return JSON.parse(result.stdout) as { byKind: Record<string, number> };
    };
    const byDefault = await run([], 'bank-default');
    expect(byDefault.byKind.membership).toBe(0);
    expect(byDefault.byKind.quantity).toBeGreaterThan(0);
    const asked = await run(['--kinds', 'membership, quantity'], 'bank-kinds');
    expect(asked.byKind.membership).toBeGreaterThan(0);
    expect(asked.byKind['definition-to-term']).toBe(0);
  });

  it('shows each default once in the help of every subcommand', async () => {
    for (const subcommand of ['start', 'generate', 'ask', 'register']) {
      const result = await runBotToEnd([subcommand, '--help'], {}, folder);
      expect(result.code).toBe(0);
      const help = result.stdout.replace(/\s+/g, ' ');
      for (const option of help.split(/ (?=--)/).slice(1)) {
        expect(
          option.match(/\(default|\(env:|default [A-Z_]+/g)?.length ?? 0,
          `${subcommand}: ${option}`,
        ).toBeLessThanOrEqual(1);
      }
    }
    const generate = (await runBotToEnd(['generate', '--help'], {}, folder)).stdout.replace(/\s+/g, ' ');
    expect(generate).toContain(
      '--out <dir> output folder for the generated files (default: QUESTIONS_DIR/generated, i.e. questions/generated) --json',
    );
  });
});
