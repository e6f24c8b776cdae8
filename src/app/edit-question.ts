import { spawn } from 'node:child_process';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse as parseYaml, stringify } from 'yaml';
import { questionSchema, type Question } from '../questions/question-schema.js';

export type EditResult = { ok: true; question: Question; changed: boolean } | { ok: false; problems: string[] };

/**
 * Opens a question in the person's editor as YAML (`$VISUAL`, else `$EDITOR`, else `vi`; the command
 * may carry arguments, as `code --wait` does) and reads it back through the question schema. The id
 * cannot change: an edited question replaces the generated one of the same id. `stdio` is the editor's
 * (the terminal itself when reviewing in one).
 */
export async function editQuestion(
  question: Question,
  env: NodeJS.ProcessEnv,
  stdio: 'inherit' | 'ignore',
  previousText?: string,
): Promise<EditResult & { text?: string }> {
  const dir = await mkdtemp(join(tmpdir(), 'prepbot-edit-'));
  const file = join(dir, `${question.id}.yaml`);
  try {
    const original = stringify(question);
    await writeFile(file, previousText ?? original, 'utf8');
    const editor = env.VISUAL || env.EDITOR || 'vi';
    const code = await new Promise<number | null>((resolve, reject) => {
      const child = spawn(`${editor} '${file.replaceAll("'", "'\\''")}'`, { shell: true, stdio, env });
      child.once('error', reject);
      child.once('exit', (exitCode) => resolve(exitCode));
    });
    if (code !== 0)
      return { ok: false, problems: [`the editor (${editor}) exited with code ${code}; nothing was changed`] };
    const text = await readFile(file, 'utf8');
    let data: unknown;
    try {
      data = parseYaml(text);
    } catch (error) {
      return { ok: false, problems: [`not valid YAML: ${(error as Error).message.split('\n')[0]}`], text };
    }
    const parsed = questionSchema.safeParse(data);
    if (!parsed.success)
      return {
        ok: false,
        problems: parsed.error.issues.map(
          (issue) => `${issue.path.join('.') || '(question)'}: ${issue.message.replace(/^Invalid input: /, '')}`,
        ),
        text,
      };
    if (parsed.data.id !== question.id)
      return {
        ok: false,
        problems: [`id: an edited question keeps its id (${question.id}), so scores and statistics stay with it`],
        text,
      };
    return { ok: true, question: parsed.data, changed: text !== original };
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}
