import { PassThrough } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { TerminalScreen } from '../../../src/adapters/console/terminal-screen.js';

const readable = (raw: string) => raw.replace(/\x1b\[[0-9;?]*[A-Za-z]/g, '').replace(/\r/g, '');

function screenOver(editing: boolean) {
  const input = new PassThrough();
  const output = new PassThrough();
  let shown = '';
  output.on('data', (chunk: Buffer) => (shown += chunk.toString('utf8')));
  const screen = new TerminalScreen({ input, output, editing, prompt: '> ' });
  const lines: string[] = [];
  const reading = (async () => {
    for await (const line of screen.read()) lines.push(line);
  })();
  return { input, screen, lines, reading, shown: () => shown };
}

const settle = () => new Promise((resolve) => setTimeout(resolve, 20));

describe('TerminalScreen', () => {
  it('with editing: text arriving while a line is half typed goes above it, and the line is kept', async () => {
    const { input, screen, lines, reading, shown } = screenOver(true);
    screen.prompt();
    input.write('/lim');
    await settle();
    const before = shown().length;
    screen.write('Question of the day · S3');
    await settle();
    const redraw = shown().slice(before);
    // The prompt line is cleared (cursor to column 1, clear below), the text printed, then prompt and typed text again.
    expect(redraw).toMatch(/^\x1b\[1G\x1b\[0J/);
    expect(readable(redraw)).toBe('Question of the day · S3\n\n> /lim');
    input.write('it lambda\r');
    await settle();
    expect(lines).toEqual(['/limit lambda']);
    screen.close();
    await reading;
  });

  it('with editing: Up brings back the previous line', async () => {
    const { input, screen, lines, reading } = screenOver(true);
    screen.prompt();
    input.write('/score\r');
    await settle();
    screen.prompt();
    input.write('\x1b[A\r');
    await settle();
    expect(lines).toEqual(['/score', '/score']);
    screen.close();
    await reading;
  });

  it('without editing: no prompt, no escape code, each text followed by a blank line', async () => {
    const { input, screen, lines, reading, shown } = screenOver(false);
    screen.prompt();
    screen.write('hello');
    input.end('/help\n');
    await reading;
    expect(lines).toEqual(['/help']);
    expect(shown()).toBe('hello\n\n');
  });
});
