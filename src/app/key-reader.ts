import type { Readable } from 'node:stream';

/** Ctrl-C, Ctrl-D and the end of the input all read as this key: the person wants out. */
export const quitKey = '\u0003';

/**
 * Single key presses from an input stream: a terminal is put in raw mode (no Enter needed, nothing
 * echoed); piped input is read character by character, so a script can type too. `pause()` hands the
 * terminal back (to an editor); `close()` restores it for good. Never rejects: the end of the input is
 * `quitKey`.
 */
export class KeyReader {
  private readonly queue: string[] = [];
  private waiting: ((key: string) => void) | undefined;
  private ended = false;
  private readonly tty: boolean;
  private readonly onData = (chunk: Buffer | string) => {
    // Escape sequences (arrows) are one key; everything else is a key per character.
    for (const key of String(chunk).match(/\x1b\[[0-9;]*[A-Za-z~]|[\s\S]/gu) ?? []) this.push(key);
  };
  private readonly onEnd = () => {
    this.ended = true;
    this.push(quitKey);
  };

  constructor(private readonly input: Readable) {
    this.tty = (input as { isTTY?: boolean }).isTTY === true;
    input.setEncoding('utf8');
    input.on('data', this.onData);
    input.on('end', this.onEnd);
    this.resume();
  }

  /** The next key press. */
  next(): Promise<string> {
    const key = this.queue.shift();
    if (key !== undefined) return Promise.resolve(key);
    if (this.ended) return Promise.resolve(quitKey);
    return new Promise((resolve) => (this.waiting = resolve));
  }

  /** The next key that is not Enter, a space or a line feed (piped scripts end their keys with newlines). */
  async nextCommand(): Promise<string> {
    for (;;) {
      const key = await this.next();
      if (!/^[\r\n ]$/.test(key)) return key === '\u0004' ? quitKey : key;
    }
  }

  /**
   * A line typed key by key, echoed through `echo`: Enter ends it (ignored while nothing is typed, so the
   * newline after a piped key does not answer for the person), Backspace takes a character back, Escape
   * (or Ctrl-C, or the end of the input) gives undefined.
   */
  async line(echo: (text: string) => void): Promise<string | undefined> {
    let text = '';
    for (;;) {
      const key = await this.next();
      if (key === '\r' || key === '\n') {
        if (text.trim() !== '') return text;
        continue;
      }
      if (key === '\x1b' || key === quitKey || key === '\u0004') return undefined;
      if (key === '\x7f' || key === '\b') {
        if (text.length > 0) {
          text = text.slice(0, -1);
          echo('\b \b');
        }
        continue;
      }
      if (key.length === 1 && key >= ' ') {
        text += key;
        echo(key);
      }
    }
  }

  /** Hands the terminal back (cooked mode, input paused), e.g. while an editor runs. */
  pause(): void {
    if (this.tty) (this.input as NodeJS.ReadStream).setRawMode(false);
    this.input.pause();
  }

  resume(): void {
    if (this.tty) (this.input as NodeJS.ReadStream).setRawMode(true);
    this.input.resume();
  }

  close(): void {
    this.pause();
    this.input.off('data', this.onData);
    this.input.off('end', this.onEnd);
  }

  private push(key: string): void {
    const waiting = this.waiting;
    if (waiting) {
      this.waiting = undefined;
      waiting(key);
    } else this.queue.push(key);
  }
}
