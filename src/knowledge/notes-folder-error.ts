import { PrepbotError } from '../errors/prepbot-error.js';
/** The notes folder is missing or is not a folder: the bot has nothing to learn from. */
export class NotesFolderError extends PrepbotError {
  override readonly name = 'NotesFolderError';
  readonly code = 'NOTES_FOLDER_UNREADABLE';

  constructor(
    readonly folder: string,
    options?: { cause?: unknown },
  ) {
    super(`notes folder ${folder} does not exist or is not a readable folder`, options);
  }
}
