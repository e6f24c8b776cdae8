import { describe, expect, it } from 'vitest';
import { parseTerminalLine } from '../../../src/adapters/console/parse-terminal-line.js';

describe('parseTerminalLine', () => {
  it.each([
    ['', { kind: 'empty' }],
    ['   ', { kind: 'empty' }],
    ['b', { kind: 'letter', letter: 'B' }],
    [' C ', { kind: 'letter', letter: 'C' }],
    ['a)', { kind: 'letter', letter: 'A' }],
    ['D.', { kind: 'letter', letter: 'D' }],
    ['/daily', { kind: 'daily' }],
    ['daily', { kind: 'daily' }],
    ['daily B', { kind: 'daily', letter: 'B' }],
    ['/daily c)', { kind: 'daily', letter: 'C' }],
    ['/Daily   a', { kind: 'daily', letter: 'A' }],
    ['/daily what', { kind: 'daily-usage' }],
    ['/quit', { kind: 'quit' }],
    ['exit', { kind: 'quit' }],
    ['/QUIT', { kind: 'quit' }],
    ['/limit lambda timeout', { kind: 'command', command: 'limit', text: 'lambda timeout' }],
    ['/Help', { kind: 'command', command: 'help', text: '' }],
    ['/dailyish', { kind: 'command', command: 'dailyish', text: '' }],
    ['hello bot', { kind: 'chatter' }],
    ['ab', { kind: 'chatter' }],
  ])('%j', (line, expected) => {
    expect(parseTerminalLine(line)).toEqual(expected);
  });
});
