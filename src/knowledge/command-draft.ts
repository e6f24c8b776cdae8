/** A command read from the notes, before it becomes an item (see extract-command.ts). */
export interface CommandDraft {
  /** The command as the notes wrote it, options and arguments included. */
  command: string;
  /** What a choice names: the program and its sub-commands. */
  name: string;
  /** What it does, a third-person verb phrase; absent for a command the notes only name. */
  purpose?: string;
  /** The sentence it was read from, without markdown. */
  sentence: string;
  line: number;
}
