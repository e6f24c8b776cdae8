import { PrepbotError } from '../errors/prepbot-error.js';
/** A reviewers' file (retired.yaml, reviewed.yaml) that cannot be read: every problem as `file:line: path: expected`. */
export class CurationFileError extends PrepbotError {
  override readonly name = 'CurationFileError';
  readonly code = 'CURATION_FILE_INVALID';
  constructor(
    readonly file: string,
    readonly problems: string[],
    options?: { cause?: unknown },
  ) {
    super(`${file} has ${problems.length === 1 ? 'a problem' : `${problems.length} problems`}:\n${problems.map((p) => `  - ${p}`).join('\n')}`, options);
  }
}
