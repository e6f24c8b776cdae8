/** Thrown by createSlackAdapter when its options cannot work (no token, no way to receive events). */
export class SlackConfigError extends Error {
  override readonly name = 'SlackConfigError';
  readonly code: string;

  constructor(message: string, code: string, options?: { cause?: unknown }) {
    super(message, options);
    this.code = code;
  }
}
