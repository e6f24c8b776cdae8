import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Item } from '../../src/knowledge/item.js';
import { parseNote } from '../../src/knowledge/parse-note.js';
import { summarise } from './summarise-items.js';

// Notes written the ways people write them (test/fixtures/note-forms), read into items.
const dir = path.resolve(import.meta.dirname, '..', 'fixtures', 'note-forms');
const parse = (name: string): Item[] => parseNote(name, readFileSync(path.join(dir, name), 'utf8')).items;

describe('an Obsidian note', () => {
  const items = parse('Message Broker.md');
  const text = JSON.stringify(items);

  it('skips the front matter and names the note by its title, with the aliases it lists', () => {
    expect(items[0]).toMatchObject({
      kind: 'definition',
      term: 'Message Broker',
      aliases: ['MQ'],
      definition: 'Hosted message broker for decoupling producers from consumers',
      source: { line: 6 },
    });
    expect(text).not.toContain('messaging');
  });

  it('reads a TAB outline as nested bullets', () => {
    expect(summarise(items)).toContain('list Two delivery modes: Ordered, Unordered');
    expect(summarise(items)).toContain('definition Ordered = delivers messages in the order they were sent');
  });

  it('reads links as their text, drops embeds, and reads a callout as its content under its title', () => {
    expect(items).toContainEqual(
      expect.objectContaining({
        kind: 'fact',
        text: 'Payloads up to 512 KB, larger ones are stored in the blob store',
      }),
    );
    expect(text).toContain('see Retry Policy"');
    expect(text).not.toMatch(/\[\[|\]\]|broker-diagram|\[!tip\]/);
    expect(items).toContainEqual(
      expect.objectContaining({
        kind: 'fact',
        text: 'Dead letters are kept for 7 days',
        source: expect.objectContaining({ section: ['Message Broker', 'Dead-letter handling', 'Worth remembering'] }),
      }),
    );
  });

  it('never reads a shell command line as a fact or definition', () => {
    expect(text).not.toMatch(/mqctl|systemctl/);
  });
});

describe('a .txt note of Key: value lines with no blank line between them', () => {
  const items = parse('relay.txt');

  it('keys each value by its own line, under the label line above them', () => {
    expect(summarise(items.filter((i) => i.kind === 'fact' && i.quantity))).toEqual([
      'fact Relay | default port | 8025 [default]',
      'fact Relay | secure port | 8465',
      'fact Relay | idle timeout | 45 seconds',
      'fact Relay | max sessions | 300 [maximum]',
    ]);
    expect(items.map((i) => i.source.line)).toEqual([2, 3, 4, 5, 7]);
    expect(items[0]!.source.section).toEqual(['Relay gateway']);
  });

  it('joins a line ending in a backslash to the next with a space', () => {
    expect(items.at(-1)).toMatchObject({
      kind: 'fact',
      text: 'Sessions close after the timeout unless a keepalive arrives.',
    });
  });
});

describe('a cheat sheet of tables', () => {
  const items = parse('cheat-sheet.md');

  it('reads two-column tables (with or without outer pipes) as facts about the section above the facet headings', () => {
    expect(summarise(items.filter((i) => i.kind === 'fact' && i.source.line < 20))).toEqual([
      'fact Ledger service | entry size | 64 KB',
      'fact Ledger service | listener port | 7070',
      'fact Ledger service | shard count | 1-512',
      'fact Ledger service | flush interval | 250 ms',
      'fact Ledger service | compression | -',
    ]);
    expect(items.find((i) => i.kind === 'fact' && i.attribute === 'listener port')).toMatchObject({
      quantity: { dimension: 'port', min: 7070 },
    });
    expect(items.find((i) => i.kind === 'fact' && i.attribute === 'shard count')).toMatchObject({
      quantity: { dimension: 'count', min: 1, max: 512 },
    });
    expect(items.some((i) => i.kind === 'comparison' && i.source.line < 20)).toBe(false);
  });

  it('keeps a wider table as comparisons and reads its numeric cells as facts about the row', () => {
    expect(summarise(items.filter((i) => i.source.line >= 20 && i.source.line < 25))).toEqual([
      'comparison Storage tiers / Warm',
      'comparison Storage tiers / Frozen',
      'fact Warm | minimum retention | 30 days',
      'fact Warm | price | $0.01 per GB',
      'fact Frozen | minimum retention | 365 days',
      'fact Frozen | price | $0.002 per GB',
    ]);
  });

  it('reads a number in the first column as the value of the named thing beside it, and a bare range in words', () => {
    expect(summarise(items.filter((i) => i.source.line >= 26 && i.kind === 'fact'))).toEqual([
      'fact ledger-api | port | 7070',
      'fact replica links | port | 7100–7199',
      'fact Ledger service | priority levels | -10 to 10',
    ]);
    expect(items.find((i) => i.kind === 'fact' && i.subject === 'replica links')).toMatchObject({
      quantity: { dimension: 'port', min: 7100, max: 7199 },
    });
    expect(items.find((i) => i.kind === 'fact' && i.attribute === 'priority levels')).toMatchObject({
      quantity: { dimension: 'count', min: -10, max: 10 },
    });
  });
});

describe('plain label lines over bullets', () => {
  const items = parse('label-lines.md');

  it('label the bullets like a heading: the label joins the subject, or is the subject when it is a name', () => {
    expect(summarise(items.filter((i) => i.source.line <= 5))).toEqual([
      'fact Job runner lease duration | claimed job stays leased | 90 seconds',
      'fact Job runner lease duration |  | -',
    ]);
    expect(items[0]!.source.section).toEqual(['Job runner', 'Lease Duration']);
  });

  it('a "What is X?" label defines X by the first bullet, and the other bullets are about X', () => {
    expect(summarise(items.filter((i) => i.source.line >= 7 && i.source.line <= 9))).toEqual([
      'definition poison job = A job that fails on every attempt and blocks its lane',
      'fact poison job |  | -',
    ]);
  });

  it('a facet label ("Exam Tips") leaves the bullets about the topic', () => {
    expect(
      items
        .filter((i) => i.source.line >= 12)
        .every((i) => i.topic === 'Job runner' && i.source.section.at(-1) === 'Exam Tips'),
    ).toBe(true);
    expect(items.some((i) => i.kind === 'definition' && i.source.line >= 11)).toBe(false);
  });
});

describe('definitions written as prose, and lines that define nothing', () => {
  const items = parse('definitions-and-uses.md');

  it('reads "A **X** does …", "A X is a …", "_X_: …", "**X**: …", "X - …" and "X = …" as definitions', () => {
    expect(summarise(items.filter((i) => i.kind === 'definition'))).toEqual([
      'definition ReplicaGuard = keeps a fixed number of copies of a worker running',
      "definition Sidecar = a helper container that shares the pod's network",
      'definition Taint = a mark on a node that repels workloads',
      'definition Quota = a cap on what one namespace may use',
      'definition Lease = a time-limited claim on a resource',
      'definition Shard = a horizontal slice of a table',
    ]);
  });

  it('gives nothing for checklist lines and code-block introductions, and no definition of a pronoun', () => {
    expect(JSON.stringify(items)).not.toMatch(/Understand how|Know the difference|The following example/);
    expect(items.find((i) => i.source.line === 18)).toMatchObject({
      kind: 'fact',
      text: 'You are responsible for rotating the keys',
    });
  });

  it('reads "use X when …", "choose X for …" as use cases, and keeps them as statements too', () => {
    expect(summarise(items.filter((i) => i.kind === 'usecase'))).toEqual([
      'usecase ReplicaGuard <= a service must survive node loss',
      'usecase Sidecars <= log shipping next to the app',
    ]);
    expect(items.filter((i) => i.kind === 'fact' && /^(Use|Choose) /.test(i.text))).toHaveLength(2);
  });
});

describe('a note mixing English terms with Chinese explanations', () => {
  const items = parse('mixed-languages.md');

  it('keeps the Chinese text whole in definitions, facts and subjects', () => {
    expect(summarise(items)).toEqual([
      'definition DLQ (死信队列) = 处理失败的消息 moved here after retries',
      'fact 消息队列 Message Queue | 可见性超时 visibility timeout | 30 seconds',
      'fact 消息队列 Message Queue | retention 保留期 | 14 days',
      'fact 例子 | messages | 3000 messages',
      'fact 例子 | retention period | 7 day',
    ]);
    expect(JSON.stringify(items)).not.toContain('\uFFFD');
  });
});

describe('a bold label holding its own value', () => {
  it('is a fact as well as the label of what follows', () => {
    const { items } = parseNote(
      'archive.md',
      '# Log archive\n\n**14 day retention period**\n\n- older entries are compacted\n',
    );
    expect(summarise(items)).toEqual(['fact Log archive | retention period | 14 day', 'fact Log archive |  | -']);
    expect(items[1]!.source.section).toEqual(['Log archive', '14 day retention period']);
  });
});
