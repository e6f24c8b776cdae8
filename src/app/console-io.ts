import type { Readable, Writable } from 'node:stream';
import { ConsoleAdapter } from '../adapters/console/console-adapter.js';
import type { Adapter } from './pick-adapters.js';

/** The terminal the console chat talks through; `ended` resolves when standard input ends. */
export interface ConsoleIo {
  input: Readable;
  output: Writable;
}

/** The console adapter over `io`, with a promise that settles when its input has ended. */
export function createConsoleAdapterFor(io: ConsoleIo): Adapter & { console: ConsoleAdapter; ended: Promise<void> } {
  let ended!: () => void;
  const done = new Promise<void>((resolve) => (ended = resolve));
  const port = new ConsoleAdapter({ input: io.input, output: io.output, onEnd: () => ended() });
  return { port, console: port, ended: done, health: () => ({ platform: 'console', connected: true }) };
}
