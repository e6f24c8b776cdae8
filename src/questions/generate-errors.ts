import { PrepbotError } from '../errors/prepbot-error.js';
/**
 * Why `prepbot generate` stopped without touching the bank. `GENERATE_NOTHING`: the notes gave no
 * question, and replacing a bank with nothing is never what was meant (a wrong or empty --notes);
 * `BANK_UNWRITABLE`: the output folder cannot be made or written (cause: the file-system error).
 */
export class GenerateError extends PrepbotError {
  override readonly name = 'GenerateError';
  constructor(
    message: string,
    readonly code: 'GENERATE_NOTHING' | 'BANK_UNWRITABLE',
    options: { cause?: unknown } = {},
  ) {
    super(message, { cause: options.cause });
  }
}
