import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Item, QuestionItem } from '../../src/knowledge/item.js';
import { parseNote } from '../../src/knowledge/parse-note.js';

// Practice tests written the ways people keep them in notes (test/fixtures/practice-tests).
const dir = path.resolve(import.meta.dirname, '..', 'fixtures', 'practice-tests');
const parse = (name: string) => parseNote(name, readFileSync(path.join(dir, name), 'utf8'));
const questions = (items: Item[]): QuestionItem[] => items.filter((i): i is QuestionItem => i.kind === 'qa');
const asked = (item: QuestionItem) => ({ question: item.question, answer: item.answer, options: item.options });

describe('numbered questions with lettered options and a <details> key', () => {
  const { items, warnings } = parse('details-key.md');

  it('keeps the question, the keyed option as the answer and the other options as written', () => {
    expect(asked(questions(items)[1]!)).toEqual({
      question: 'Which protocol resolves a host name to an IP address?',
      answer: 'DNS.',
      options: ['DHCP.', 'SMTP.', 'SNMP.'],
    });
    expect(questions(items)[0]).toMatchObject({
      answer: 'Keeping the server settings in version control and merging through pull requests.',
      fixedChoices: true,
      source: { line: 3 },
    });
  });

  it('marks a "Choose TWO" item with its second right option, and keeps "All of the above" for the gate', () => {
    expect(questions(items)[2]).toMatchObject({ answer: 'Git.', otherAnswers: ['Mercurial.'] });
    expect(questions(items)[3]).toMatchObject({ answer: 'All of the above.' });
  });

  it('warns about a question without a key and reads lettered sub-steps as the steps they are', () => {
    expect(questions(items)).toHaveLength(4);
    expect(warnings).toEqual([
      { file: 'details-key.md', line: 43, message: 'practice question has no answer key: not asked' },
    ]);
    expect(JSON.stringify(items)).toContain('unpack it into /opt');
  });
});

describe('answer lines after the options', () => {
  const items = questions(parse('answer-lines.md').items);

  it.each([
    ['"A)" bullets and "Answer: A"', 0, 'grep', ['chmod', 'mount', 'touch']],
    ['"a." lines and "**Answer:** A"', 1, 'chown', ['chgrp', 'umask', 'stat']],
    ['"(a)" lines in the paragraph of a "**Q3.**" question', 2, 'SIGKILL', ['SIGTERM', 'SIGHUP', 'SIGINT']],
    ['"A." lines of a "Q4:" paragraph and "Ans - A"', 3, '/etc/fstab', ['/etc/hosts', '/etc/passwd', '/etc/shells']],
  ])('reads %s', (_form, index, answer, options) => {
    expect(items[index]).toMatchObject({ answer, options });
  });

  it('drops the question number and keeps the explanation the notes add, but not a restated option', () => {
    expect(items[2]!.question).toBe('Which signal asks a process to stop and cannot be caught?');
    expect(items[3]!.question).toBe('Which file lists the file systems mounted at boot?');
    expect(items[1]!.explanation).toBe(
      'chgrp changes only the group; chown changes the owner and can change the group too.',
    );
    expect(items[2]!.explanation).toBeUndefined();
  });
});

describe('the right option marked in place', () => {
  it('takes a ✅ or a bold option as the answer, without the mark', () => {
    expect(questions(parse('marked-options.md').items).map(asked)).toEqual([
      {
        question: 'Which eviction policy drops the entry that was read longest ago?',
        answer: 'LRU',
        options: ['FIFO', 'LFU', 'Random'],
      },
      {
        question: 'Which of these keeps data only in memory by default?',
        answer: 'Memcached',
        options: ['SQLite', 'PostgreSQL', 'MongoDB'],
      },
    ]);
  });
});

describe('an answer key at the end of the file', () => {
  const { items, warnings } = parse('answer-key-end.md');

  it('keys each question by its number, on one line or many, and reads the key as nothing else', () => {
    expect(items.map((i) => (i.kind === 'qa' ? i.answer : i.kind))).toEqual(['Network', 'Switch', '192.168.0.0/16']);
    expect(warnings).toEqual([]);
  });
});

describe('two practice sets in one note, each numbered from 1 and followed by its own key', () => {
  const { items, warnings } = parse('two-sets-two-keys.md');

  it('keys each question by the key below it, not by the last key of the note', () => {
    expect(items.map((i) => (i.kind === 'qa' ? i.answer : i.kind))).toEqual(['RAID 1', 'fsck', 'RAID 0', 'lsblk']);
    expect(warnings).toEqual([]);
  });
});

describe('a review list of missed questions, each answered below it', () => {
  const { items, warnings } = parse('missed-questions.md');

  it('keeps a question whose answer is a short name, and warns about one answered in prose', () => {
    expect(questions(items).map((q) => [q.question, q.answer])).toEqual([
      ['Which tool turns a Markdown file into a PDF?', 'Pandoc'],
      ['Which file holds the default gateway on older Debian hosts?', '/etc/network/interfaces'],
    ]);
    expect(warnings).toEqual([
      {
        file: 'missed-questions.md',
        line: 5,
        message: 'review question is answered in prose, not a short name: not asked (its lines are read as notes)',
      },
    ]);
  });

  it('still reads the answers as notes', () => {
    expect(JSON.stringify(items)).toContain('anacron is the one that catches up on missed jobs');
  });
});

describe('a question paragraph, its options list and its answer paragraph as separate blocks', () => {
  const { items, warnings } = parse('separate-blocks.md');

  it('reads the three blocks as one question, at the question line', () => {
    expect(questions(items).map((q) => [q.source.line, q.question, q.answer, q.options])).toEqual([
      [5, 'Which RAID level mirrors every disk onto a second one?', 'RAID 1', ['RAID 0', 'RAID 5', 'RAID 6']],
      [
        14,
        'Which file system feature lets a snapshot share blocks with its source?',
        'Copy-on-write',
        ['Journaling', 'Quotas', 'Access control lists'],
      ],
    ]);
    expect(questions(items)[1]!.explanation).toBe(
      'the snapshot points at the same blocks until one side writes to them.',
    );
  });

  it('leaves a lettered checklist under an intro line to be read as notes, with no warning', () => {
    expect(JSON.stringify(items)).toContain('keep one spare per shelf');
    expect(warnings).toEqual([]);
  });
});
