import { describe, expect, it } from 'vitest';
import type { CommandItem } from '../../src/knowledge/item.js';
import { parseNote } from '../../src/knowledge/parse-note.js';
import { leadInJob } from '../../src/knowledge/stated-purpose.js';

/** The commands read from a note, as "line name: purpose" ("-" for a command only named). */
function commandsIn(text: string): string[] {
  return parseNote('tools.md', text)
    .items.filter((item): item is CommandItem => item.kind === 'command')
    .map((item) => `${item.source.line} ${item.name}: ${item.purpose ?? '-'}`);
}

describe('forms in which notes state what a command does', () => {
  it('reads lines that each open with a code span as one command each, without bullets or full stops', () => {
    const text = [
      '## Pools',
      '',
      '`poolgrow` extends the storage pool',
      '`poolmove DEV` moves blocks off DEV',
      '`poolls` lists the storage pools',
    ].join('\n');
    expect(commandsIn(text)).toEqual([
      '3 poolgrow: extends the storage pool',
      '4 poolmove: -',
      '5 poolls: lists the storage pools',
    ]);
  });

  it('keeps a line opening with code inside the sentence the line before began', () => {
    const text = ['Check the pools first. For example,', '`poolls -v` will print the details of each pool.'].join('\n');
    expect(commandsIn(text).some((line) => line.includes('prints the details'))).toBe(false);
  });

  it('reads the job in a numbered step and after an arrow', () => {
    const text = [
      '1. Log in to the host.',
      '2. Run `poolscan -a` to find new disks.',
      '3. `poolmount` -> attaches a pool to the host',
    ].join('\n');
    expect(commandsIn(text)).toEqual(['2 poolscan: finds new disks', '3 poolmount: attaches a pool to the host']);
  });

  it('reads the job from the line that leads into a block of one command, and from a short heading over one code span', () => {
    const text = [
      'Then check the pool state:',
      '',
      '```bash',
      'poolstate',
      '```',
      '',
      '### Flush the write cache',
      '',
      '`poolflush`',
      '',
      'Here is an example:',
      '',
      '```bash',
      'poolinfo',
      '```',
    ].join('\n');
    // "Here is an example:" points at what follows and says no job.
    expect(commandsIn(text).filter((line) => !line.endsWith(': -'))).toEqual([
      '4 poolstate: checks the pool state',
      '9 poolflush: flushes the write cache',
    ]);
  });

  it('does not take a title over several commands for the job of the one code span under it', () => {
    const text = [
      '## Manage Pools Using poolctl, poolgui or poolsh',
      '',
      '`poold`',
      '',
      '`poolgui` is the GUI tool for poold.',
    ].join('\n');
    expect(commandsIn(text).filter((line) => line.startsWith('3 '))).toEqual(['3 poold: -']);
  });
});

describe('the job a lead-in line states', () => {
  it.each([
    ['To reload the units:', 'reload the units'],
    ['To reload the units, run:', 'reload the units'],
    ['Next, check the status with:', 'check the status'],
    ['Run the following:', undefined],
  ])('reads "%s" as %s', (line, job) => {
    expect(leadInJob(line)).toBe(job);
  });
});
