import { describe, expect, it } from 'vitest';
import { actionOfName, actionOfPurpose, fieldActions, objectOf, plausibleRival } from '../../src/questions/command-action.js';

describe('the kind of job a command does', () => {
  it.each([
    ['lists the open sockets', 'inspect'],
    ['is the quickest way to check the quota', 'inspect'],
    ['purges the cache of a host', 'remove'],
    ['builds a disk image', 'create'],
    ['rotates the keys of a vault', 'change'],
    ['is the GUI tool for netd', undefined],
  ])('reads "%s" as %s', (purpose, action) => {
    expect(actionOfPurpose(purpose)).toBe(action);
  });

  it.each([
    ['boxctl describe', 'inspect'],
    ['Remove-AzDisk', 'remove'],
    ['diskremove', 'remove'],
    ['getquota', 'inspect'],
    ['boxctl taint', undefined],
  ])('reads the name %s as %s', (name, action) => {
    expect(actionOfName(name)).toBe(action);
  });

  it('takes what a purpose acts on without its circumstance', () => {
    expect(objectOf('is the quickest way to open a tunnel in the lab')).toBe('a tunnel');
    expect(objectOf('marks host unschedulable')).toBe('host unschedulable');
  });
});

describe('a plausible rival command', () => {
  const purposes: Record<string, string> = {
    'boxctl uncordon': 'marks host schedulable again',
    'boxctl scale': 'resizes a pool of workers',
    'boxctl stats': 'shows the usage of each host',
    'boxctl purge': 'wipes the stopped workers',
  };
  const rivalOf = (name: string, purpose: string) => ({
    name,
    objectWords: new Set(objectOf(purpose).split(' ')),
    action: actionOfPurpose(purpose),
    purposeOf: (text: string) => purposes[text],
    fieldActions: fieldActions({ inspect: ['pstop'], create: [], remove: [], change: [] }),
  });

  it('never offers a command that changes among commands that show', () => {
    const answer = rivalOf('boxctl top', 'shows the live load of each host');
    expect(plausibleRival('boxctl stats', answer)).toBe(true);
    // Named in passing, known by the lexicon to show something.
    expect(plausibleRival('pstop', rivalOf('dirls', 'lists the boxes'))).toBe(true);
    expect(plausibleRival('netnew', rivalOf('dirls', 'lists the boxes'))).toBe(false);
    expect(plausibleRival('boxctl uncordon', answer)).toBe(false);
    expect(plausibleRival('boxctl purge', answer)).toBe(false);
  });

  it('offers a change of the same thing, not a change of something else', () => {
    const answer = rivalOf('boxctl cordon', 'marks host unschedulable');
    expect(plausibleRival('boxctl uncordon', answer)).toBe(true);
    expect(plausibleRival('boxctl scale', answer)).toBe(false);
  });

  it('offers the names that share a word or a family mark whatever their job', () => {
    expect(plausibleRival('netctl set-route', rivalOf('netctl get-route', 'shows the route'))).toBe(true);
    expect(plausibleRival('dkcreate', rivalOf('dkremove', 'removes a disk'))).toBe(true);
  });
});
