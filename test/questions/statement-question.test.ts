import { describe, expect, it } from 'vitest';
import type { FactItem, Item } from '../../src/knowledge/item.js';
import { buildContext } from '../../src/questions/generation-context.js';
import type { Question } from '../../src/questions/question-schema.js';
import { spelledOut } from '../../src/questions/statement-names.js';
import { readStatements } from '../../src/questions/read-statement.js';
import { statementQuestions } from '../../src/questions/statement-question.js';
import { definition, kb, list } from './build-items.js';

// Facts without a number, as the parser gives them: the statement in `text`, no quantity.
const said = (topic: string, text: string, file = 'sched.md', line = 3): FactItem => ({
  kind: 'fact',
  id: `fact-${text.slice(0, 30)}`,
  topic,
  subject: topic,
  attribute: '',
  text,
  source: { file, line, section: [topic] },
});

// A made-up scheduler and its tools, written for these tests.
const schedulerNotes = (): Item[] => [
  said('Placement rules', 'HardStop is the strictest rule — drains running jobs too', 'sched.md', 10),
  said('Placement rules', 'SoftAvoid keeps new jobs away when it can', 'sched.md', 11),
  said('Placement rules', 'NoPlace refuses new jobs but leaves running ones', 'sched.md', 12),
  said('Placement rules', 'The scheduler never runs a job itself', 'sched.md', 13),
  said('Tools', 'qstash saves the queue to a file; qstash -o sets the output', 'tools.md', 3),
  said('Tools', 'qload -f reads a saved queue back', 'tools.md', 4),
  said('Tools', 'qtrim -n drops finished jobs', 'tools.md', 5),
  said('Tools', 'queue save → qstash; queue restore from a file → qload', 'tools.md', 6),
  said('Tools', 'qtrim prunes finished jobs older than a day.', 'tools.md', 7),
  list('Tools', ['qstash', 'qload', 'qtrim'], { source: { file: 'tools.md', line: 2, section: ['Tools'] } }),
  said('Services', 'Scan raw logs in place with plain SQL, use QuarryDB', 'cloud.md', 3),
  definition('QuarryDB', 'A query engine over stored logs', { source: { file: 'cloud.md', line: 4, section: ['QuarryDB'] } }),
  definition('StreamPipe', 'A service that moves events between queues', { source: { file: 'cloud.md', line: 5, section: ['StreamPipe'] } }),
  definition('VaultStore', 'Cheap storage for archives kept for years', { source: { file: 'cloud.md', line: 6, section: ['VaultStore'] } }),
  said('Services', 'Teams send events to StreamPipe, then VaultStore keeps them, and QuarryDB reads them', 'cloud.md', 7),
  said('Habits', 'You should always check the queue before a restore', 'tools.md', 9),
  said('Services', 'Use VaultStore for archives that must be kept for years', 'cloud.md', 8),
  said('Services', 'Use the console of VaultStore to browse archives', 'cloud.md', 9),
  said('Services', 'Use Bluewire for events that can wait a day', 'cloud.md', 10),
  said('Placement rules', 'HardStop is the strictest rule, without any way to override it per job', 'sched.md', 15),
  said('Habits', 'Remember that HardStop is rarely what you want', 'sched.md', 14),
];

function ask(text: string, items = schedulerNotes()): Question[] {
  const context = buildContext(kb(items));
  const fact = context.facts.find((f) => f.text === text)!;
  return statementQuestions(fact, context).flatMap((o) => ('question' in o ? [o.question] : []));
}

const answerOf = (q: Question): string => q.choices[q.answer]!;

describe('statement questions: a fact without a number names a thing by what it does', () => {
  it('asks which thing the notes say it of, among names of the same written shape from the same notes', () => {
    const [q] = ask('HardStop is the strictest rule — drains running jobs too');
    expect(q?.stem).toBe('Which of these is the strictest rule — drains running jobs too?');
    expect(answerOf(q!)).toBe('HardStop');
    expect([...q!.choices].sort()).toEqual(['HardStop', 'NoPlace', 'SoftAvoid']);
    expect(q?.explanation).toContain('HardStop is the strictest rule');
  });

  it('reads a lower-case command the notes write with options, its wrong choices from the same list', () => {
    const [q] = ask('qtrim prunes finished jobs older than a day.');
    expect(q?.stem).toBe('Which of these prunes finished jobs older than a day?');
    expect(answerOf(q!)).toBe('qtrim');
    expect([...q!.choices].sort()).toEqual(['qload', 'qstash', 'qtrim']);
  });

  it('asks "which should you use to …" for a task followed by "use <name>"', () => {
    const [q] = ask('Scan raw logs in place with plain SQL, use QuarryDB');
    expect(q?.stem).toBe('Which of these should you use to scan raw logs in place with plain SQL?');
    expect(answerOf(q!)).toBe('QuarryDB');
    expect(q!.choices).toEqual(expect.arrayContaining(['StreamPipe', 'VaultStore']));
  });

  it('asks "which should you use …" for "Use <name> for/to/when <task>", the name the whole of what stands before the task', () => {
    const [q] = ask('Use VaultStore for archives that must be kept for years');
    expect(q?.stem).toBe('Which of these should you use for archives that must be kept for years?');
    expect(answerOf(q!)).toBe('VaultStore');
    expect(q!.choices).toEqual(expect.arrayContaining(['StreamPipe', 'QuarryDB']));
    expect(ask('Use the console of VaultStore to browse archives')).toEqual([]);
    // A plain proper name has no written shape to find its kind by: advice, not a question.
    expect(ask('Use Bluewire for events that can wait a day')).toEqual([]);
    const knowsEveryName = { nameAt: (text: string) => text, isVerbBase: () => false, isPluralNoun: () => false };
    expect(readStatements('Use Bluewire for events that can wait a day', knowsEveryName)).toEqual([]);
  });

  it('leaves a trailing benefit clause (", without …") out of the stem', () => {
    const [q] = ask('HardStop is the strictest rule, without any way to override it per job');
    expect(q?.stem).toBe('Which of these is the strictest rule?');
  });

  it('asks a name qualified by a bracket under the notes\' own one-word spelling of it, never its family name', () => {
    const enzymes = (): Item[] => [
      said('Resin enzymes', 'ZYM900 (4B2) splits the hardened resin → glue', 'enzymes.md', 3),
      said('Resin enzymes', 'ZYM4B2 is missing in some batches', 'enzymes.md', 4),
      said('Resin enzymes', 'ZYM7C1 and ZYM9A3 both slow down in the cold', 'enzymes.md', 5),
      said('Resin enzymes', 'ZYM900 (6F1) thickens the resin', 'enzymes.md', 6),
    ];
    const [q] = ask('ZYM900 (4B2) splits the hardened resin → glue', enzymes());
    expect(q?.stem).toBe('Which of these splits the hardened resin to glue?');
    expect(answerOf(q!)).toBe('ZYM4B2');
    expect(q!.choices).toEqual(expect.arrayContaining(['ZYM7C1', 'ZYM9A3']));
    expect(q!.choices).not.toContain('ZYM900');
    // "ZYM6F1" is written nowhere: "ZYM900 (6F1)" would stand out among one-word names.
    expect(ask('ZYM900 (6F1) thickens the resin', enzymes())).toEqual([]);
  });

  it('asks one pair of an arrow line that maps tasks to names: the most specific task', () => {
    const questions = ask('queue save → qstash; queue restore from a file → qload');
    expect(questions).toHaveLength(1);
    expect(questions[0]?.stem).toBe('Which of these is used for queue restore from a file?');
    expect(answerOf(questions[0]!)).toBe('qload');
    expect(questions[0]!.choices).toContain('qstash');
  });

  it('asks nothing of a plain word, a tip, a sentence led by no name or one without a verb after the name', () => {
    expect(ask('The scheduler never runs a job itself')).toEqual([]);
    expect(ask('You should always check the queue before a restore')).toEqual([]);
    expect(ask('Remember that HardStop is rarely what you want')).toEqual([]);
    expect(ask('Teams send events to StreamPipe, then VaultStore keeps them, and QuarryDB reads them')).toEqual([]);
  });

  it('leaves out a wrong choice the notes say the same of: it would be a second right answer', () => {
    const items = [...schedulerNotes(), said('Placement rules', 'SoftAvoid is the strictest rule when jobs drain', 'sched.md', 15)];
    const [q] = ask('HardStop is the strictest rule — drains running jobs too', items);
    expect(q === undefined || !q.choices.includes('SoftAvoid')).toBe(true);
  });

  it('reads an -s word before an auxiliary as the name\'s noun, not its verb: no statement', () => {
    const items = [...schedulerNotes(), said('Placement rules', 'HardStop rules are applied before any other rule', 'sched.md', 16)];
    expect(ask('HardStop rules are applied before any other rule', items)).toEqual([]);
  });

  it('reads an -s word before a verb the notes write after a modal ("can scale") as a noun', () => {
    const items = [...schedulerNotes(), said('Placement rules', 'HardStop drains scale with the queue length', 'sched.md', 17), said('Pool', 'The pool can scale to ten nodes at night', 'sched.md', 18)];
    expect(ask('HardStop drains scale with the queue length', items)).toEqual([]);
  });

  it('asks of "It …" / "They …" the heading it stands for, among its sibling headings, when the number agrees', () => {
    const under = (heading: string, text: string, line: number): FactItem => ({ ...said(heading, text, 'volumes.md', line), source: { file: 'volumes.md', line, section: ['Volumes', heading] } });
    const items: Item[] = [
      under('Snapshots', 'They are the cheapest copies of a volume', 3),
      under('Snapshots', 'It is the cheapest copy of a volume', 4),
      under('Replicas', 'Replicas follow the primary within seconds', 6),
      under('Mirrors', 'Mirrors write every block twice', 8),
      under('Clones', 'Clones share blocks with their source', 10),
    ];
    const [q] = ask('They are the cheapest copies of a volume', items);
    expect(q?.stem).toBe('Which of these are the cheapest copies of a volume?');
    expect(answerOf(q!)).toBe('Snapshots');
    expect(q!.choices.filter((c) => c !== 'Snapshots').every((c) => ['Replicas', 'Mirrors', 'Clones'].includes(c))).toBe(true);
    expect(ask('It is the cheapest copy of a volume', items)).toEqual([]);
  });

  it('asks of a product only what singles it out ("is the …", "most", a superlative), never what many products share', () => {
    const product = (name: string, text: string, line: number): FactItem => ({ ...said(name, text, 'hubs.md', line), source: { file: 'hubs.md', line, section: [name] } });
    const items: Item[] = [
      product('QueueHub', 'QueueHub is certified for card payments', 3),
      product('QueueHub', 'QueueHub is the broker that keeps messages for a week', 4),
      product('MailHub', 'MailHub sends mail to subscribers in bulk', 6),
      product('PushHub', 'PushHub sends phone notifications in bulk', 8),
      product('FileHub', 'FileHub stores uploads behind signed links', 10),
    ];
    expect(ask('QueueHub is certified for card payments', items)).toEqual([]);
    const [q] = ask('QueueHub is the broker that keeps messages for a week', items);
    expect(answerOf(q!)).toBe('QueueHub');
    expect(q?.stem).toBe('Which of these is the broker that keeps messages for a week?');
  });

  it('never offers a spelled-out name of the answer as a wrong choice', () => {
    expect(spelledOut('Elastic Compute Cloud', 'EC2')).toBe(true);
    expect(spelledOut('S3', 'Simple Storage Service')).toBe(true);
    expect(spelledOut('Simple Queue Service', 'SNS')).toBe(false);
  });

  it('gives no question when fewer than two names of the answer kind are written near it', () => {
    const items: Item[] = [said('Rules', 'HardStop is the strictest rule — drains running jobs too', 'one.md', 2)];
    expect(ask('HardStop is the strictest rule — drains running jobs too', items)).toEqual([]);
  });
});
