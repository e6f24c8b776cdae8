import { describe, expect, it } from 'vitest';
import { parseNote } from '../../src/knowledge/parse-note.js';
import { generateQuestions } from '../../src/questions/generate-questions.js';
import type { Question } from '../../src/questions/question-schema.js';
import { bankDefects } from './bank-defects.js';
import { kb } from './build-items.js';

/** The command questions generated from notes files (path → text), published kinds only. */
function commandQuestions(notes: Record<string, string>): Question[] {
  const items = Object.entries(notes).flatMap(([file, text]) => parseNote(file, text).items);
  const commands = generateQuestions(kb(items)).questions.filter((q) => q.kind === 'command');
  expect(bankDefects(commands)).toEqual([]);
  return commands;
}

const answerOf = (q: Question): string => q.choices[q.answer]!;

const snapshots = [
  '## Snapshots',
  '',
  '`lvsnap` to create a snapshot of a volume.',
  '`lvmerge` restores a volume from a snapshot.',
  '`lvprune` deletes the snapshots older than a week.',
  'Check with `lvlist` and `lvpeek` before and after.',
].join('\n');

const nodes = [
  '| Command | Effect |',
  '| --- | --- |',
  '| `kubectl drain <node>` | Evicts the pods of the node, then marks node unschedulable |',
  '| `kubectl cordon <node>` | Marks node unschedulable |',
  '| `kubectl uncordon <node>` | Marks node schedulable again |',
  '| `kubectl taint <node>` | Adds a taint to the node |',
  '| `kubectl label <node>` | Adds a label to the node |',
].join('\n');

describe('command questions', () => {
  it('asks which command does what the notes say, answered by the command, with its siblings as choices', () => {
    const questions = commandQuestions({ 'snapshots.md': snapshots });
    const take = questions.find((q) => q.stem === 'Which command creates a snapshot of a volume?')!;
    expect(answerOf(take)).toBe('lvsnap');
    // Described siblings, and commands the same file only names (lvlist, lvpeek), make the wrong choices.
    expect(take.choices.filter((c) => c !== 'lvsnap').every((c) => ['lvmerge', 'lvprune', 'lvlist', 'lvpeek'].includes(c))).toBe(true);
    expect(take.choices).toHaveLength(4);
    expect(take.explanation).toBe('The command that creates a snapshot of a volume is lvsnap. The notes: "lvsnap to create a snapshot of a volume".');
    expect(take.source).toMatchObject({ file: 'snapshots.md', line: 3 });
  });

  it('names a program with its sub-command, and never offers a command the notes say does the same as a wrong choice', () => {
    const questions = commandQuestions({ 'nodes.md': nodes });
    const cordon = questions.find((q) => q.stem === 'Which command marks node unschedulable?')!;
    expect(answerOf(cordon)).toBe('kubectl cordon');
    // kubectl drain marks the node unschedulable too: a second right answer, so it is left out.
    expect(cordon.choices).not.toContain('kubectl drain');
    expect(cordon.choices).toEqual(expect.arrayContaining(['kubectl uncordon', 'kubectl taint']));
  });

  it('skips a purpose whose word only the answer shares (a giveaway), and code the notes define as a thing', () => {
    const notes = [
      '`snapctl` is a daemon flag.',
      '',
      '- `lvsnap` creates a snapshot of a volume',
      '- `snapctl` cleans the old snapshots',
      '- `lvgrow` extends a volume',
      '- `lvshrink` shrinks a volume',
      '- `lvwipe` erases a volume',
    ].join('\n');
    const stems = commandQuestions({ 'storage.md': notes }).map((q) => `${q.stem} ${answerOf(q)}`);
    expect(stems).not.toContain('Which command cleans the old snapshots? snapctl');
    // "shrinks" leads the stem and only lvshrink holds it.
    expect(stems.some((s) => s.endsWith('lvshrink'))).toBe(false);
    expect(stems).toContain('Which command creates a snapshot of a volume? lvsnap');
  });

  it('skips a stem word glued inside the answer\'s name, and never offers a one-letter slip of a described command', () => {
    const notes = [
      '`setquota` sets the disk quota of a user.',
      '`repquota` prints a report of the quotas.',
      '`edquota` opens the quota of a user in an editor.',
      '`quotastat` shows the quota statistics of the kernel.',
      'Some write `setqota -u` by mistake.',
    ].join('\n');
    const questions = commandQuestions({ 'disks.md': notes });
    // "quota" ends setquota and edquota and is a word of their stems: their questions give themselves away.
    expect(questions.map(answerOf)).not.toEqual(expect.arrayContaining(['setquota']));
    expect(questions.map(answerOf)).not.toEqual(expect.arrayContaining(['edquota']));
    const report = questions.find((q) => answerOf(q) === 'repquota')!;
    expect(report.choices).toEqual(expect.arrayContaining(['setquota', 'edquota', 'quotastat']));
    expect(report.choices).not.toContain('setqota');
  });

  it('asks cmdlets among cmdlets, and skips a stem whose capitals are the initials of the answer\'s glued words', () => {
    const notes = [
      '## Storage accounts',
      '',
      '- `New-AzStorageAccount -Name <name>` - create a new SA',
      '- `Get-AzStorageAccount` - list the storage accounts of a subscription',
      '- `Remove-AzStorageAccount -Name <name>` - delete a storage account',
      '- `Set-AzStorageAccount -Name <name>` - change the settings of a storage account',
    ].join('\n');
    const questions = commandQuestions({ 'storage.md': notes });
    expect(questions.map((q) => q.stem)).not.toContain('Which command creates a new SA?');
    const remove = questions.find((q) => q.stem === 'Which command deletes a storage account?')!;
    expect(answerOf(remove)).toBe('Remove-AzStorageAccount');
    expect(remove.choices.every((c) => /^[A-Z][a-z]+-AzStorageAccount$/.test(c))).toBe(true);
  });

  it('takes the commands a section only names as choices from that section, not from the rest of a long file', () => {
    const notes = [
      '## Logs',
      '',
      '- `logrotate` rotates the log files of the system',
      '- `logger -t TAG` writes a message to the system log',
      '- Check with `logcheck -o` and `logwatch --detail high`.',
      '',
      '## Disks',
      '',
      'Run `fdisk -l` and `parted -l` first.',
    ].join('\n');
    const questions = commandQuestions({ 'admin.md': notes });
    // "rotates" inside logrotate gives it away: only logger's question is asked.
    expect(questions.map(answerOf)).toEqual(['logger']);
    expect(questions[0]!.choices).toEqual(expect.arrayContaining(['logrotate', 'logcheck', 'logwatch']));
    expect(questions[0]!.choices).not.toContain('fdisk');
  });
});

describe('command questions: wrong choices of the answer’s matter (r7)', () => {
  const brood = ['## Brood', '', '`hivectl get brood` shows how many cells of each box hold eggs and larvae.', '`hivectl get stores` shows how much honey and pollen each box holds.', '`hivectl top colony` shows the bees flying in and out each minute.'].join('\n');
  const access = ['## Access', '', '`hivectl auth check` shows whether a keeper may open the apiary gate.'].join('\n');
  const combs = ['## Combs', '', '`hivectl get combs` shows how many frames of each box are drawn out.'].join('\n');

  it('never offers a described command of another file whose name and purpose share no word with the answer’s', () => {
    const questions = commandQuestions({ 'access.md': access, 'brood.md': brood, 'combs.md': combs });
    const asked = questions.find((q) => answerOf(q) === 'hivectl get stores');
    expect(asked?.choices).not.toContain('hivectl auth check');
    expect(asked?.choices).toContain('hivectl get combs');
  });
});
