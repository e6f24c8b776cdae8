/** A reviewers' file (retired.yaml, reviewed.yaml) that cannot be read: every problem as `file:line: path: expected`. */
export class CurationFileError extends Error {
  override readonly name = 'CurationFileError';
  readonly code = 'E_CURATION_FILE';
  constructor(
    readonly file: string,
    readonly problems: string[],
    options?: { cause?: unknown },
  ) {
    super(`${file} has ${problems.length === 1 ? 'a problem' : `${problems.length} problems`}:\n${problems.map((p) => `  - ${p}`).join('\n')}`, options);
  }
}
