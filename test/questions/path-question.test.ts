import { describe, expect, it } from 'vitest';
import { isPlaceholderPath, pathKindByForm, pathsIn } from '../../src/knowledge/file-paths.js';
import { parseNote } from '../../src/knowledge/parse-note.js';
import { generateQuestions } from '../../src/questions/generate-questions.js';
import type { Question } from '../../src/questions/question-schema.js';
import { bankDefects } from './bank-defects.js';
import { kb } from './build-items.js';

/** The "Which file/directory …?" questions of some notes files. */
function pathQuestions(notes: Record<string, string>): Question[] {
  const items = Object.entries(notes).flatMap(([file, text]) => parseNote(file, text).items);
  const questions = generateQuestions(kb(items)).questions.filter((q) => /^Which (?:file|directory)\b/.test(q.stem));
  expect(bankDefects(questions)).toEqual([]);
  return questions;
}

const answerOf = (q: Question): string => q.choices[q.answer]!;

const mail = [
  '## Mail server',
  '',
  '`/etc/postfix/main.cf` sets the relay host and the listening interfaces.',
  '',
  '`/etc/aliases` maps local names to mailboxes; run `newaliases` after editing it.',
  '',
  'Queue files are stored in `/var/lib/postfix/`. Do not edit them by hand.',
  '',
  'Per-user forwarding lives in `~/.forward`.',
  '',
  '`/etc/postfix/master.cf` also sets the relay host for one service.',
  '',
  '`/etc/postfix/templates` - Any files inside here would be copied from this directory into each new mailbox.',
].join('\n');

const boot = [
  '## Boot',
  '',
  'Edit `/etc/default/grub`, then rebuild `/boot/grub2/grub.cfg`.',
  'Mount points are listed in `/etc/fstab`; the host name is in `/etc/hostname`.',
  'Unit overrides go in `/etc/systemd/system/` and cron jobs in `/etc/cron.d/`.',
  'Logical volumes show up as `/dev/VGNAME/LVNAME`.',
].join('\n');

describe('file paths', () => {
  it('finds paths in text, without a closing full stop or a URL', () => {
    expect(pathsIn('Look in /etc/shadow. Or see https://example.org/etc/x and ~/.bashrc')).toEqual(['/etc/shadow', '~/.bashrc']);
  });

  it('tells a directory or a file by its form only when the form says so', () => {
    expect(pathKindByForm('/etc/cron.d/')).toBe('directory');
    expect(pathKindByForm('/etc/yum.repos.d')).toBe('directory');
    expect(pathKindByForm('/etc/login.defs')).toBe('file');
    expect(pathKindByForm('/etc/skel')).toBeUndefined();
    expect(isPlaceholderPath('/dev/VGNAME/LVNAME')).toBe(true);
  });
});

describe('path questions', () => {
  it('asks which file does what the notes say, with other files of the notes as the wrong choices', () => {
    const questions = pathQuestions({ 'mail.md': mail, 'boot.md': boot });
    const relay = questions.find((q) => q.stem === 'Which file sets the relay host and the listening interfaces?')!;
    expect(answerOf(relay)).toBe('/etc/postfix/main.cf');
    // master.cf "also sets the relay host": a second right answer, never offered.
    expect(relay.choices).not.toContain('/etc/postfix/master.cf');
    // Directories are no choice for a file, nor is a placeholder.
    expect(relay.choices).not.toContain('/etc/systemd/system');
    expect(relay.choices.some((choice) => choice.includes('VGNAME'))).toBe(false);
    expect(relay.choices).toHaveLength(4);
  });

  it('asks which directory holds the files a sentence puts there, among directories', () => {
    const spool = pathQuestions({ 'mail.md': mail, 'boot.md': boot }).find((q) => q.stem === 'Which directory holds queue files?')!;
    expect(answerOf(spool)).toBe('/var/lib/postfix');
    // /etc/postfix holds main.cf: a directory, though no line names it alone.
    expect([...spool.choices].sort()).toEqual(['/etc/cron.d', '/etc/postfix', '/etc/systemd/system', '/var/lib/postfix']);
  });

  it('asks which directory keeps the files the notes say become something, in the stem\'s own words', () => {
    const templates = pathQuestions({ 'mail.md': mail, 'boot.md': boot }).find((q) => q.stem === "Which directory's files are copied into each new mailbox?")!;
    expect(answerOf(templates)).toBe('/etc/postfix/templates');
    expect(templates.choices.filter((choice) => pathKindByForm(choice) === 'file')).toEqual([]);
  });

  it('asks which file a sentence calls a file "that" does a job, in the stem\'s plain words', () => {
    const flags = [
      '## Print queue',
      '',
      '`/var/cache/prn/.reset` is a file in `/var/cache/prn` that will clear our print queue when we restart the printer daemon.',
    ].join('\n');
    const reset = pathQuestions({ 'print.md': flags, 'mail.md': mail, 'boot.md': boot }).find((q) => q.stem.startsWith('Which file clears'))!;
    expect(reset.stem).toBe('Which file clears the print queue when restarting the printer daemon?');
    expect(answerOf(reset)).toBe('/var/cache/prn/.reset');
    // "in /var/cache/prn" says where it lies: left out of the stem, where it would point at the answer.
    expect(reset.choices).toHaveLength(4);
    expect(reset.choices).not.toContain('/var/lib/postfix');
  });

  it('asks nothing of a path the notes name without a job', () => {
    const stems = pathQuestions({ 'mail.md': mail, 'boot.md': boot }).map((q) => q.stem);
    expect(stems.some((stem) => /fstab|hostname|forward/i.test(stem))).toBe(false);
  });

  it('asks where things live, keeping the place they live there, and hides the folder name the stem says among namesakes', () => {
    const backup = [
      '## Backups',
      '',
      'Nightly snapshots are stored at `/srv/backup/snapshots/` on the file server.',
      '',
      'The schedule is set in `/etc/backup/backup.conf` and each run writes `/var/log/backup/run.log`.',
      '',
      'Restore scripts sit under `/opt/restore/bin/`.',
    ].join('\n');
    const questions = pathQuestions({ 'backup.md': backup });
    const snapshots = questions.find((q) => q.stem === 'Which directory holds nightly snapshots on the file server?')!;
    expect(answerOf(snapshots)).toBe('/srv/backup/snapshots');
    // "snapshots" is in the stem: the same name under folders the notes name, so it tells nothing.
    expect(snapshots.choices.filter((choice) => choice.endsWith('/snapshots')).length).toBeGreaterThan(1);
    expect(snapshots.choices.filter((choice) => pathKindByForm(choice) === 'file')).toEqual([]);
    // A folder whose name the stem does not say ("queue files" in /var/lib/postfix) gets no namesakes:
    // see the exact choices of 'Which directory holds queue files?' above.
  });
});
