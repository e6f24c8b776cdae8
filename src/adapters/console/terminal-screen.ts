import { clearScreenDown, createInterface, cursorTo, moveCursor, type Interface } from 'node:readline';
import type { Readable, Writable } from 'node:stream';

export interface TerminalScreenOptions {
  input: Readable;
  output: Writable;
  /**
   * A person at a terminal: a prompt, line editing and history (Node's readline), Ctrl-C reported
   * through `onInterrupt`, and text arriving while they type printed above their line. Off: lines are
   * read as they come (piped input) and text is written as is.
   */
  editing: boolean;
  /** The prompt, already styled. */
  prompt?: string;
  /** Called on Ctrl-C at the prompt (editing only). */
  onInterrupt?: () => void;
}

/**
 * The terminal the chat runs in: typed lines in, text out. Every piece of text is followed by a blank
 * line. With editing, text never tears the line being typed: the prompt and the half-typed line are
 * cleared, the text printed, and both redrawn below it.
 */
export class TerminalScreen {
  private readonly lines: Interface;
  private promptShown = false;
  private closed = false;

  constructor(private readonly options: TerminalScreenOptions) {
    this.lines = options.editing
      ? createInterface({
          input: options.input,
          output: options.output,
          terminal: true,
          prompt: options.prompt ?? '> ',
          historySize: 500,
          removeHistoryDuplicates: true,
          crlfDelay: Infinity,
        })
      : createInterface({ input: options.input, crlfDelay: Infinity, terminal: false });
    this.lines.on('line', () => (this.promptShown = false));
    // Ctrl-D, the end of the input, or close(): end a half-typed line so what follows starts afresh.
    this.lines.on('close', () => {
      if (this.options.editing && this.promptShown) this.options.output.write('\n');
      this.promptShown = false;
      this.closed = true;
    });
    if (options.editing) this.lines.on('SIGINT', () => options.onInterrupt?.());
  }

  /** The typed lines, in order; ends when the input ends (Ctrl-D, end of a pipe) or on `close()`. */
  read(): AsyncIterable<string> {
    return this.lines;
  }

  /** Shows `text` and a blank line, above the prompt if one is shown. */
  write(text: string): void {
    const { output } = this.options;
    if (!this.options.editing || !this.promptShown) {
      output.write(`${text}\n\n`);
      return;
    }
    const { rows } = this.lines.getCursorPos();
    cursorTo(output, 0);
    moveCursor(output, 0, -rows);
    clearScreenDown(output);
    output.write(`${text}\n\n`);
    this.lines.prompt(true);
  }

  /** Shows the prompt (editing only), keeping whatever is already typed. */
  prompt(): void {
    if (!this.options.editing || this.closed) return;
    this.promptShown = true;
    this.lines.prompt(true);
  }

  /** Stops reading; `read()` ends. A half-typed line stays on screen, ended (as Ctrl-C in a shell). Idempotent. */
  close(): void {
    this.lines.close();
  }
}
