import { PrepbotError } from '../../errors/prepbot-error.js';
/** Thrown by createSlackAdapter when its options cannot work (no token, no way to receive events). */
export class SlackConfigError extends PrepbotError {
  override readonly name = 'SlackConfigError';
  readonly code: 'SLACK_NO_BOT_TOKEN' | 'SLACK_NO_RECEIVER';

  constructor(message: string, code: SlackConfigError['code'], options?: { cause?: unknown }) {
    super(message, options);
    this.code = code;
  }
}
