import { mkdtempSync, copyFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { commandDefinition, looksLikeCode } from '../../src/knowledge/command-line.js';
import type { Item } from '../../src/knowledge/item.js';
import { loadNotes } from '../../src/knowledge/load-notes.js';
import { parseNote } from '../../src/knowledge/parse-note.js';
import { generateQuestions } from '../../src/questions/generate-questions.js';
import { summarise } from './summarise-items.js';

// Notes about command line tools and lower-case glossaries (test/fixtures/note-forms), read into items.
const dir = path.resolve(import.meta.dirname, '..', 'fixtures', 'note-forms');
const parse = (name: string): Item[] => parseNote(name, readFileSync(path.join(dir, name), 'utf8')).items;
const definitions = (items: Item[]): string[] => summarise(items.filter((i) => i.kind === 'definition'));

describe('a note of commands, each with what it does', () => {
  const items = parse('print-queue.md');

  it('defines a backticked command by the verb phrase after it, dropping a filler adverb', () => {
    expect(definitions(items)).toEqual(
      expect.arrayContaining([
        'definition lpstat -p = lists every printer and whether it is idle',
        'definition lpadmin -x NAME = removes the printer called NAME',
        'definition cancel -a = clears all jobs from every queue',
      ]),
    );
  });

  it('keeps a colon inside a command (owner:group) in the command, never as a key separator', () => {
    expect(definitions(items)).toContain(
      'definition chown lp:lp FILE = changes the owner and group of a spool file to lp',
    );
  });

  it('defines a command written without backticks when code shows it is one (an option, a placeholder)', () => {
    expect(definitions(items)).toEqual(
      expect.arrayContaining([
        'definition cupsctl --debug-logging = enables verbose logging for the scheduler',
        'definition lpmove JOB DEST = moves a waiting job to another queue',
        'definition cupsd = the daemon that accepts and schedules print jobs',
      ]),
    );
  });

  it('reads code-like keys and the rows of a "| Command | What it does |" table as definitions', () => {
    expect(definitions(items)).toEqual(
      expect.arrayContaining([
        'definition rescue.queue = a holding queue for jobs whose printer went offline',
        'definition lpinfo -v = Lists the device URIs the backends can see',
        'definition cupsenable NAME = Starts the queue NAME again after an error',
      ]),
    );
  });

  it('defines nothing from a restriction, a sentence about a command, a comparison, a plain sentence or a bare command line', () => {
    const terms = items.flatMap((i) => (i.kind === 'definition' ? [i.term] : []));
    expect(terms).not.toContain('lpq');
    expect(terms.some((t) => /entering|printing|user|default|Shortcuts|getfacl/.test(t))).toBe(false);
    expect(items.some((i) => i.kind === 'definition' && /getfacl|lot easier|prints a page/.test(i.definition))).toBe(
      false,
    );
  });

  it('defines each command a paragraph opens a sentence with, and not the heading above it', () => {
    expect(definitions(items)).toEqual(
      expect.arrayContaining([
        'definition lpq -a = shows the jobs of every queue',
        'definition lprm JOB = removes the job JOB from its queue',
      ]),
    );
    expect(items.some((i) => i.kind === 'definition' && i.term === 'Job control')).toBe(false);
  });

  it('gives questions that ask which command does what the notes say', async () => {
    const folder = mkdtempSync(path.join(tmpdir(), 'prepbot-commands-'));
    copyFileSync(path.join(dir, 'print-queue.md'), path.join(folder, 'print-queue.md'));
    const { questions } = generateQuestions(await loadNotes(folder));
    const lists = questions.find((q) => q.stem.includes('lists every printer and whether it is idle'));
    expect(lists?.choices[lists.answer]).toBe('lpstat -p');
    expect(lists?.choices.length).toBeGreaterThanOrEqual(3);
    expect(lists?.choices.every((choice) => /^[a-z]/.test(choice))).toBe(true);
  });
});

describe('a glossary written in lower case', () => {
  const items = parse('credit-glossary.md');

  it('defines lower-case keys, keeping a same-headed aside as another name', () => {
    expect(definitions(items)).toEqual(
      expect.arrayContaining([
        'definition recovery rate (recovery ratio) = share of the exposure a lender gets back after a default',
        'definition loss severity = the part of the exposure that is lost when a borrower defaults',
        'definition spread duration = how much the price moves for a change in the credit spread',
        'definition default probability = the chance that a borrower misses a payment within a year',
      ]),
    );
  });

  it('does not define a remark label, a formula (plain or TeX), a value or a sentence about "the issuer"', () => {
    const terms = items.flatMap((i) => (i.kind === 'definition' ? [i.term] : []));
    expect(terms.some((t) => /pros|expected loss|haircut|hazard|issuer/.test(t))).toBe(false);
    expect(summarise(items)).toContain('fact Credit terms | haircut | 20 %');
  });

  it('reads a "| Concept | Definition |" table as definitions, a row holding a number as a fact', () => {
    expect(definitions(items)).toEqual(
      expect.arrayContaining([
        'definition seniority = rank of a claim in the order of repayment when the issuer fails',
        'definition covenant = promise written into the bond contract that limits what the issuer may do',
      ]),
    );
    expect(summarise(items)).toContain('fact Credit terms | grace period | 30 days');
  });
});

describe('a sentence that opens with an acronym it spells out', () => {
  const items = parse('disk-layouts.md');

  it('is about that acronym, not the heading over it; an acronym it does not spell out changes nothing', () => {
    expect(summarise(items)).toEqual([
      'fact APM | partitions | at most 63 partitions [maximum]',
      'fact Working with disk layouts on a new server TACACS-like relay | port | UDP port 1812',
    ]);
  });
});

describe('commandDefinition and looksLikeCode', () => {
  it.each([
    ['df -h lists the mounted file systems', 'df -h', 'lists the mounted file systems'],
    [
      'crontab -e USER opens the crontab of USER in an editor',
      'crontab -e USER',
      'opens the crontab of USER in an editor',
    ],
    ['mkfs.xfs is a tool that formats a partition as XFS', 'mkfs.xfs', 'a tool that formats a partition as XFS'],
    [
      'chage -d 0 USER forces a new password at the next login',
      'chage -d 0 USER',
      'forces a new password at the next login',
    ],
  ])('reads "%s" as a command and what it does', (text, term, definition) => {
    expect(commandDefinition(text)).toEqual({ term, definition });
  });

  it.each([
    'tar does not compress anything by itself',
    'users have a primary group',
    'jobs shows the background jobs',
    'step 1 opens the console',
    'kill -9 is the last resort',
    'firewall-cmd is a lot easier than iptables',
  ])('reads "%s" as no command definition', (text) => {
    expect(commandDefinition(text)).toBeUndefined();
  });

  it.each([
    ['multi-user.target', true],
    ['--etcd-servers', true],
    ['kubectl drain <node>', true],
    ['step 1', false],
    ['default', false],
    ['Security principal', false],
    ['read-only', false],
    ['global DNS service', false],
  ])('looksLikeCode(%s) is %s', (text, expected) => {
    expect(looksLikeCode(text)).toBe(expected);
  });
});
