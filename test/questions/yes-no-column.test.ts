import { describe, expect, it } from 'vitest';
import type { ComparisonItem, FactItem, Item } from '../../src/knowledge/item.js';
import { comparisonQuestions } from '../../src/questions/comparison-question.js';
import { buildContext } from '../../src/questions/generation-context.js';
import type { Question } from '../../src/questions/question-schema.js';
import { comparison, kb } from './build-items.js';

const row = (title: string, name: string, cells: Array<[string, string]>) => comparison(title, name, cells, { id: `${title}-${name}` });

// Rows are things, columns yes/no properties.
const brokers = (): ComparisonItem[] => [
  row('Brokers', 'Kestrel', [['Message Replay', 'No'], ['Ordering', 'Yes'], ['Transactions Supported', 'No']]),
  row('Brokers', 'Heron', [['Message Replay', 'Yes (for 7 days)'], ['Ordering', 'Yes'], ['Transactions Supported', 'No']]),
  row('Brokers', 'Osprey', [['Message Replay', 'No'], ['Ordering', 'No'], ['Transactions Supported', 'Yes']]),
];

// Columns are things (plans), rows features; an empty cell of a ✅ matrix is a no.
const plans = (): ComparisonItem[] => [
  row('Plans', 'Audit export', [['Basic', '✅'], ['Team', '✅'], ['Enterprise', '✅']]),
  row('Plans', 'Legal hold', [['Enterprise', '✅']]),
];

function ask(items: Item[], id: string): Question[] {
  const context = buildContext(kb(items));
  return comparisonQuestions(context.comparisons.find((item) => item.id === id)!, context).flatMap((o) => ('question' in o ? [o.question] : []));
}

const yesNo = (questions: Question[]) => questions.filter((q) => q.id && /which (has|is|supports|requires|can)/.test(q.stem));

describe('yes/no matrices', () => {
  it('asks which thing says yes when exactly one does, the no rows as distractors', () => {
    const [question] = yesNo(ask(brokers(), 'Brokers-Heron'));
    expect(question!.stem).toBe('Comparing Kestrel, Heron and Osprey, which has message replay?');
    expect(question!.choices[question!.answer]).toBe('Heron');
    expect([...question!.choices].sort()).toEqual(['Heron', 'Kestrel', 'Osprey']);
    const [transactions] = yesNo(ask(brokers(), 'Brokers-Osprey'));
    expect(transactions!.stem).toBe('Comparing Kestrel, Heron and Osprey, which supports transactions?');
    expect(transactions!.choices[transactions!.answer]).toBe('Osprey');
  });

  it('asks a header led by an adverb and a verb as what the thing does', () => {
    const items = [
      row('Queues', 'Kestrel', [['Always drops duplicates', 'Yes'], ['Ordering', 'No']]),
      row('Queues', 'Heron', [['Always drops duplicates', 'No'], ['Ordering', 'No']]),
      row('Queues', 'Osprey', [['Always drops duplicates', 'No'], ['Ordering', 'Yes']]),
    ];
    expect(ask(items, 'Queues-Kestrel').map((q) => q.stem)).toContain('Comparing Kestrel, Heron and Osprey, which always drops duplicates?');
  });

  it('asks a header led by verbs joined by a slash as either verb, and nothing of a header that is a clause', () => {
    const items = [
      row('Queues', 'Kestrel', [['Drops/flags messages over 1 MB', 'Yes'], ['Consumer offset must be committed', 'No']]),
      row('Queues', 'Heron', [['Drops/flags messages over 1 MB', 'No'], ['Consumer offset must be committed', 'Yes']]),
      row('Queues', 'Osprey', [['Drops/flags messages over 1 MB', 'No'], ['Consumer offset must be committed', 'No']]),
    ];
    const stems = [...ask(items, 'Queues-Kestrel'), ...ask(items, 'Queues-Heron')].map((q) => q.stem);
    expect(stems).toContain('Comparing Kestrel, Heron and Osprey, which drops or flags messages over 1 MB?');
    expect(stems.filter((stem) => /offset/i.test(stem))).toEqual([]);
  });

  it('asks nothing of a column two things say yes to, nor from the rows saying no', () => {
    expect(yesNo(ask(brokers(), 'Brokers-Kestrel'))).toEqual([]);
    expect(ask(brokers(), 'Brokers-Heron').some((q) => /ordering/i.test(q.stem))).toBe(false);
  });

  it('reads a matrix of marks whose columns are the things, empty cells as no', () => {
    const [question] = ask(plans(), 'Plans-Legal hold');
    expect(question!.stem).toBe('Comparing Basic, Team and Enterprise, which has legal hold?');
    expect(question!.choices[question!.answer]).toBe('Enterprise');
    expect(ask(plans(), 'Plans-Audit export')).toEqual([]);
  });
});

describe('limit cells of a table the parser also read as facts', () => {
  it('leaves "Minimum Nodes: 3" to the fact builders, and still asks the row by its other cells', () => {
    const clusters = [
      row('Cluster modes', 'Single', [['Replication', 'none at all'], ['Minimum Nodes', '1']]),
      row('Cluster modes', 'Mirrored', [['Replication', 'a full copy on a second node'], ['Minimum Nodes', '2']]),
      row('Cluster modes', 'Quorum', [['Replication', 'a majority of nodes acknowledge each write'], ['Minimum Nodes', '3']]),
    ];
    const quorum = clusters[2]!;
    const fact: FactItem = { kind: 'fact', id: 'f-quorum', topic: 'Quorum', subject: 'Quorum', attribute: 'minimum nodes', text: 'Quorum, Minimum Nodes: 3', quantity: { dimension: 'count', min: 3, max: 3, unit: '', bound: 'exact', text: '3' }, source: quorum.source };
    const withFact = ask([...clusters, fact], 'Cluster modes-Quorum');
    expect(withFact.some((q) => /minimum nodes/i.test(q.stem))).toBe(false);
    expect(withFact.some((q) => q.choices[q.answer] === 'Quorum')).toBe(true);
    // Without the parser's fact the row is still asked by that cell.
    expect(ask(clusters, 'Cluster modes-Quorum').some((q) => /minimum nodes/i.test(q.stem))).toBe(true);
  });
});
