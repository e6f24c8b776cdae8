import { describe, expect, it } from 'vitest';
import type { CommandItem, Item } from '../../src/knowledge/item.js';
import { parseNote } from '../../src/knowledge/parse-note.js';

const commandsIn = (text: string): string[] =>
  parseNote('tools.md', text)
    .items.filter((item: Item): item is CommandItem => item.kind === 'command' && item.purpose !== undefined)
    .map((item) => `${item.source.line} ${item.name}: ${item.purpose}`);

const fence = (lang: string, ...lines: string[]): string => ['```' + lang, ...lines, '```'].join('\n');

describe('commands of a shell block and what its comments say they do', () => {
  it('reads a comment over one command line, and a comment after two spaces on its line, each at its line', () => {
    const notes = [
      '## Images',
      '',
      fence(
        'bash',
        '# Remove the dangling images',
        'podman image prune',
        '',
        'podman ps   # list the running containers',
      ),
    ].join('\n');
    expect(commandsIn(notes)).toEqual([
      '5 podman image prune: removes the dangling images',
      '7 podman ps: lists the running containers',
    ]);
  });

  it('drops a step number and a prompt, and joins a line continued with a backslash', () => {
    const notes = fence(
      'console',
      '# 2. Reload the unit files',
      '$ systemctl daemon-reload',
      '# Step 3 — Print the boot log',
      'journalctl \\',
      '  -b',
    );
    expect(commandsIn(notes)).toEqual([
      '3 systemctl daemon-reload: reloads the unit files',
      '5 journalctl: prints the boot log',
    ]);
  });

  it('asks nothing of a comment over two commands, an example invocation, a bare noun or a YAML block', () => {
    const notes = [
      fence('bash', '# Restart and enable the service', 'systemctl restart sshd', 'systemctl enable sshd'),
      '',
      fence(
        'bash',
        '# Create a user called alice',
        'useradd alice',
        '',
        '# Drain the node',
        'kubectl drain worker-2',
        '',
        '# Routing table',
        'ip route',
      ),
      '',
      fence('yaml', '# Set the replica count', 'replicas: 3'),
    ].join('\n');
    expect(commandsIn(notes)).toEqual([]);
  });

  it('reads a heading that says what the one command of the block under it does', () => {
    const notes = [
      '### Show the disk usage of every mount',
      '',
      fence('sh', 'df -h'),
      '',
      '### Tools',
      '',
      fence('sh', 'lsblk'),
    ].join('\n');
    expect(commandsIn(notes)).toEqual([]);
    const described = [
      '### Show the block devices',
      '',
      fence('sh', 'lsblk'),
      '',
      '### Steps',
      '',
      fence('sh', 'blkid', 'lsblk -f'),
    ].join('\n');
    expect(commandsIn(described)).toEqual(['4 lsblk: shows the block devices']);
  });
});
