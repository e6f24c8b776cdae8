import { readFile } from 'node:fs/promises';
import { quizMigrations, quizStateSchema, quizStateVersion, type QuizState } from '../quiz/state-schema.js';
import { decodeStoreText } from '../store/decode-store-text.js';

/**
 * The quiz state as the store file holds it now, read without the store's lock and never written, so a
 * reviewer can look while the bot runs. Undefined with `problem` when there is no usable file.
 */
export async function readStoreSnapshot(path: string): Promise<{ state?: QuizState; problem?: string }> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    return {
      problem:
        code === 'ENOENT'
          ? `no store file at ${path} yet: no statistics or flags to show`
          : `cannot read the store file ${path} (${code ?? (error as Error).message})`,
    };
  }
  const decoded = decodeStoreText(text, {
    schema: quizStateSchema,
    currentVersion: quizStateVersion,
    migrations: quizMigrations,
  });
  return decoded.ok
    ? { state: decoded.data }
    : { problem: `the store file ${path} ${decoded.problem}: no statistics or flags shown` };
}
