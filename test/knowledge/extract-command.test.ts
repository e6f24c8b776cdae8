import { describe, expect, it } from 'vitest';
import type { CommandItem, Item } from '../../src/knowledge/item.js';
import { parseNote } from '../../src/knowledge/parse-note.js';

const commandsIn = (text: string): Array<Pick<CommandItem, 'name' | 'purpose'> & { line: number }> =>
  parseNote('tools.md', text)
    .items.filter((item: Item): item is CommandItem => item.kind === 'command' && item.purpose !== undefined)
    .map((item) => ({ name: item.name, purpose: item.purpose, line: item.source.line }));

describe('commands and what they do', () => {
  it('reads a code span leading its sentence or bullet, with a verb of what commands do', () => {
    const notes = [
      '## Containers',
      '',
      '`podman ps` lists the running containers.',
      '',
      '- `journalctl -u UNIT` basically shows the log of one service unit',
      '- `git stash` will save the uncommitted changes for later',
    ].join('\n');
    expect(commandsIn(notes)).toEqual([
      { name: 'podman ps', purpose: 'lists the running containers', line: 3 },
      { name: 'journalctl', purpose: 'shows the log of one service unit', line: 5 },
      { name: 'git stash', purpose: 'saves the uncommitted changes for later', line: 6 },
    ]);
  });

  it('turns "to …", "is for …ing", "allows you to …" and an imperative after a dash into a third-person phrase', () => {
    const notes = [
      '`wipefs` to erase the file system signatures of a disk.',
      '',
      '`swapoff` is for disabling a swap area.',
      '',
      '`tune2fs` allows you to change the mount count of a file system.',
      '',
      '- `Remove-AzVM -Name <name>` - delete a virtual machine',
    ].join('\n');
    expect(commandsIn(notes).map(({ name, purpose }) => `${name}: ${purpose}`)).toEqual([
      'wipefs: erases the file system signatures of a disk',
      'swapoff: disables a swap area',
      'tune2fs: changes the mount count of a file system',
      'Remove-AzVM: deletes a virtual machine',
    ]);
  });

  it('reads the purpose before a command the sentence ends with, and after "use `cmd` to"', () => {
    const notes = [
      'Next we need to **format** the new partition by using `mkfs`.',
      '',
      'You should use `blockdev --getsize64 DEVICE` to print the size of a block device.',
      '',
      'To reload the unit files, run `systemctl daemon-reload`.',
    ].join('\n');
    expect(commandsIn(notes).map(({ name, purpose }) => `${name}: ${purpose}`)).toEqual([
      'mkfs: formats the new partition',
      'blockdev: prints the size of a block device',
      'systemctl daemon-reload: reloads the unit files',
    ]);
  });

  it('reads a two-column table of commands, each row at its line, its first clause only', () => {
    const notes = [
      '| Command | Effect |',
      '| --- | --- |',
      '| `docker pause <container>` | Stops every process of the container — memory is kept |',
      '| `docker unpause <container>` | Resumes the stopped processes |',
    ].join('\n');
    expect(commandsIn(notes)).toEqual([
      { name: 'docker pause', purpose: 'stops every process of the container', line: 3 },
      { name: 'docker unpause', purpose: 'resumes the stopped processes', line: 4 },
    ]);
  });

  it('keeps "is the fastest way to …" and "is the … tool for …" whole', () => {
    expect(commandsIn('- `helm rollback <release> <revision>` is the quickest way to undo a bad upgrade')).toEqual([
      { name: 'helm rollback', purpose: 'is the quickest way to undo a bad upgrade', line: 1 },
    ]);
    expect(commandsIn('`nmtui` is the text user interface tool for NetworkManager.').map((c) => c.purpose)).toEqual([]);
    expect(commandsIn('`nmcli` is the command line tool for NetworkManager.').map((c) => c.purpose)).toEqual([
      'is the command line tool for NetworkManager',
    ]);
  });

  it('cuts a closing phrase about a placeholder, and reads no sub-command a flag repeats', () => {
    expect(commandsIn('`hostnamectl set-hostname NAME` sets the host name to NAME.').map((c) => c.purpose)).toEqual([
      'sets the host name',
    ]);
    expect(commandsIn('`kubectl run web --image=web` is the fastest way to start a pod')).toEqual([]);
  });

  it('asks nothing of an example invocation, an option-made purpose, a pointing-back or restricted one', () => {
    const notes = [
      '`usermod -aG wheel alice` gives alice admin rights.',
      '',
      '`nice -n 5 make` starts make with a lower priority.',
      '',
      '`ls --sort=size` lists the files by size.',
      '',
      '`lsof -n` lists every open file of the system.',
      '',
      '`lsattr` displays them.',
      '',
      '`chgrp` only changes the group.',
      '',
      '`rsync` copies files but not the device nodes.',
    ].join('\n');
    expect(commandsIn(notes)).toEqual([]);
  });

  it('reads a command line written without backticks that holds code', () => {
    expect(commandsIn('passwd -l USER locks the password of an account').map((c) => `${c.name}: ${c.purpose}`)).toEqual(
      ['passwd: locks the password of an account'],
    );
  });

  it('keeps other command-like code spans as commands named without a purpose, never paths or output', () => {
    const items = parseNote(
      'tools.md',
      'After `pvcreate` check `/etc/lvm/lvm.conf` and `load average: 0.1` then run `pvs -v`.',
    ).items;
    const named = items
      .filter((item): item is CommandItem => item.kind === 'command')
      .map((item) => [item.name, item.purpose]);
    expect(named).toEqual([
      ['pvcreate', undefined],
      ['pvs', undefined],
    ]);
  });
});

describe('commands whose purpose comes first or two to a sentence', () => {
  it('reads "use `a` to … and `b` to …" as two commands', () => {
    expect(
      commandsIn('You can use `pvscan` to scan the disks for physical volumes and `vgscan` to scan for volume groups.'),
    ).toEqual([
      { name: 'pvscan', purpose: 'scans the disks for physical volumes', line: 1 },
      { name: 'vgscan', purpose: 'scans for volume groups', line: 1 },
    ]);
  });

  it('reads a bullet that says what it does before a colon or a dash, then the command', () => {
    const notes = [
      '- Reload the firewall rules: `firewall-cmd --reload`',
      '- Print the routing table - `ip route show`',
    ].join('\n');
    expect(commandsIn(notes).map(({ name, purpose }) => `${name}: ${purpose}`)).toEqual([
      'ip route show: prints the routing table',
    ]);
  });

  it('reads a two-column table with the purpose first and the command second', () => {
    const notes = [
      '| Task | Command |',
      '| --- | --- |',
      '| Show the kernel ring buffer | `dmesg` |',
      '| Kernel | `uname -r` |',
    ].join('\n');
    expect(commandsIn(notes)).toEqual([{ name: 'dmesg', purpose: 'shows the kernel ring buffer', line: 3 }]);
  });

  it('reads no sub-command in a numbered example name', () => {
    expect(commandsIn('`kubectl cordon node-3` marks the node unschedulable.')).toEqual([]);
  });
});
