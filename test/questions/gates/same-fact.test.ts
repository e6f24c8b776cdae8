import { describe, expect, it } from 'vitest';
import { bestPerFact, FactsAsked } from '../../../src/questions/gates/same-fact.js';
import type { Question } from '../../../src/questions/question-schema.js';

const question = (stem: string, choices: string[], answer: number, line = 3): Question => ({
  id: `q-${stem.length}`, kind: 'definition-to-term', topic: 'Queues', stem, choices, answer, explanation: 'x', source: { file: 'q.md', line, section: 'Queues' },
});

describe('FactsAsked: one question per fact', () => {
  it('knows two questions from two lines that name each other\'s answer as one fact', () => {
    const facts = new FactsAsked();
    facts.add(question('Which required port has the component kubelet?', ['2379', '10250', '6443'], 1, 3));
    expect(facts.has(question('Which of these best describes 10250?', ['Kubelet', 'The scheduler', 'The API server'], 0, 40))).toBe(true);
    expect(facts.has(question('Which of these best describes 6443?', ['The API server', 'Kubelet', 'The scheduler'], 0, 41))).toBe(false);
  });

  const toTerm = question('Which of these is a managed message queue?', ['SQS', 'SNS', 'Kinesis'], 0);
  const toDefinition = question('Which of these best describes SQS?', ['A managed message queue', 'A topic', 'A stream'], 0);

  it('knows both directions of one definition as one fact', () => {
    const facts = new FactsAsked();
    facts.add(toTerm);
    expect(facts.has(toDefinition)).toBe(true);
  });

  it('knows the same answer from the same line as one fact, and another line as another', () => {
    const facts = new FactsAsked();
    facts.add(toTerm);
    expect(facts.has(question('Which service queues messages for consumers?', ['Kinesis', 'SQS', 'SNS'], 1))).toBe(true);
    // From another line it is another fact, unless both ask which term a description names (below).
    expect(facts.has({ ...question('Which service queues messages for consumers?', ['Kinesis', 'SQS', 'SNS'], 1, 9), kind: 'usecase' })).toBe(false);
  });

  const compare = (stem: string, choices: string[], answer: number, line: number): Question => ({ ...question(stem, choices, answer, line), id: `q-c${line}`, kind: 'comparison' });

  it('knows two mirrored stems over the same two things as one fact, and over more things as two', () => {
    const facts = new FactsAsked();
    facts.add(compare('Which of Upload and Download has this flow: bytes sent up to the store?', ['Upload', 'Download', 'Both of them'], 0, 20));
    expect(facts.has(compare('Which of Upload and Download has this flow: bytes fetched down from the store?', ['Download', 'Both of them', 'Upload'], 0, 21))).toBe(true);
    // Another attribute of the same two things is another fact.
    expect(facts.has(compare('Which of Upload and Download is billed per request?', ['Download', 'Upload', 'Both of them'], 0, 22))).toBe(false);
    // "Which port does X use?" over four ports: each row is its own fact.
    facts.add(compare('Which cache port does Redis use?', ['6379', '11211', '8091', '7000'], 0, 30));
    expect(facts.has(compare('Which cache port does Memcached use?', ['7000', '11211', '6379', '8091'], 1, 31))).toBe(false);
  });

  const number = (stem: string, choices: string[], line: number): Question => ({ ...question(stem, choices, 0, line), id: `q-n${stem.length}`, kind: 'quantity' });

  it('knows two numbers of one line asking the same role of the same measure as one fact', () => {
    const facts = new FactsAsked();
    facts.add(number('What is the swap size for a host with 1 GB of RAM?', ['2 GB', '4 GB', '1 GB'], 12));
    expect(facts.has(number('What is the recommended swap for the host?', ['8 GB', '4 GB', '16 GB'], 12))).toBe(true);
    expect(facts.has(number('What is the maximum snapshot count for the store?', ['50', '100', '200'], 13))).toBe(false);
  });

  it('knows a default, a minimum and a maximum of one line as three facts, and two measures as two', () => {
    const facts = new FactsAsked();
    facts.add(number('What is the default lease time for the queue?', ['45 seconds', '90 seconds', '20 seconds'], 7));
    const maximum = number('What is the maximum lease time for the queue?', ['6 hours', '3 hours', '12 hours'], 7);
    expect(facts.has(maximum)).toBe(false);
    facts.add(maximum);
    expect(facts.has(number('What is the minimum lease time for the queue?', ['1 second', '5 seconds', '10 seconds'], 7))).toBe(false);
    // The same role again, worded otherwise, is the same fact; a count beside a size on the line is not.
    expect(facts.has(number('What is the maximum lease for the queue?', ['9 hours', '3 hours', '18 hours'], 7))).toBe(true);
    expect(facts.has(number('What is the maximum number of leases for the queue?', ['500', '1,000', '2,000'], 7))).toBe(false);
    // A minimum equal to the default already asked is the same answer from the same line: one fact.
    expect(facts.has(number('What is the minimum lease time for the queue?', ['45 seconds', '15 seconds', '30 seconds'], 7))).toBe(true);
  });

  it('knows one value of one subject from two files as one fact, unless the roles differ or the subject does', () => {
    const limit = number('What is the maximum run time for Queues?', ['1 year', '2 years', '4 years'], 4);
    const restated = { ...number('What is the run retention for Queues?', ['1 year', '6 months', '2 years'], 90), source: { file: 'limits.md', line: 90, section: 'Limits' } };
    const { kept } = bestPerFact([{ question: limit, item: 'a' }, { question: restated, item: 'b' }]);
    expect(kept.map((c) => c.question.stem)).toEqual(['What is the maximum run time for Queues?']);
    const facts = new FactsAsked();
    facts.add(limit);
    expect(facts.has({ ...restated, stem: 'What is the default run time for Queues?' })).toBe(false);
    expect(facts.has({ ...restated, topic: 'Topics', stem: 'What is the run retention for Topics?' })).toBe(false);
    // Within one file, a second line is left to the quantity builder (see restatesValue).
    expect(facts.has({ ...restated, source: { ...limit.source, line: 90 } })).toBe(false);
  });

  it('knows one term keyed twice by "which is described as" as one fact, from any line', () => {
    const facts = new FactsAsked();
    facts.add(question('Which of these is described as “Object storage for any file”?', ['S3', 'EBS', 'EFS'], 0, 5));
    expect(facts.has(question('Which of these is described as “Serverless object storage”?', ['EBS', 'S3', 'EFS'], 1, 50))).toBe(true);
    expect(facts.has(question('Which of these is described as “Block storage for one instance”?', ['EBS', 'S3', 'EFS'], 0, 51))).toBe(false);
  });

  it('knows a table row as one fact, whatever its cells are asked as', () => {
    const facts = new FactsAsked();
    facts.add({ ...question('Which scheduler has the retry limit “5 attempts”?', ['Tally', 'Drover', 'Pennant'], 0, 12), kind: 'comparison' });
    expect(facts.has(number('What is the number of workers for Tally?', ['2 workers', '4 workers', '8 workers'], 12))).toBe(true);
    expect(facts.has(number('What is the number of workers for Drover?', ['2 workers', '4 workers', '8 workers'], 13))).toBe(false);
  });

  it('does not take the row names a comparison stem gives on purpose for answers named in it', () => {
    const row = (stem: string, answer: number, line: number): Question => ({ ...question(stem, ['qsave', 'qload'], answer, line), id: `q-c${line}`, kind: 'comparison' });
    const facts = new FactsAsked();
    facts.add(row('Comparing qsave and qload, which needs a running queue?', 0, 30));
    expect(facts.has(row('Comparing qsave and qload, which restores from a file?', 1, 31))).toBe(false);
    // One row is still one fact.
    expect(facts.has(row('Comparing qsave and qload, which writes a snapshot?', 0, 30))).toBe(true);
  });
});

describe('bestPerFact: the best question of each fact, not the first', () => {
  const scored = (q: Question, quality: number, item = q.id) => ({ question: { ...q, quality }, item });
  const weak = scored(question('Which of these is described as “Serverless job queue”?', ['Tally', 'Drover', 'Pennant'], 0, 5), 0.3);
  const other = scored(question('Which of these is described as “Archive storage”?', ['Vault', 'Drover', 'Pennant'], 0, 6), 0.3);
  const better = scored(question('Which service should you use to queue nightly jobs without servers?', ['Drover', 'Tally', 'Pennant'], 1, 40), 0.35);

  it('keeps a later, better question of a fact over an earlier, weaker one, and returns the kept in notes order', () => {
    const { kept, dropped } = bestPerFact([weak, other, better]);
    expect(kept.map((c) => c.question.stem)).toEqual([other.question.stem, better.question.stem]);
    expect(dropped).toEqual([{ candidate: weak, reason: 'same fact', by: better.question }]);
  });

  it('keeps the earlier of two questions of one fact that score the same', () => {
    const even = { ...better, question: { ...better.question, quality: 0.3 } };
    expect(bestPerFact([weak, even]).kept).toEqual([weak]);
  });

  it('keeps at most maxPerItem questions of one item, its best', () => {
    const first = scored(question('Which of these retries failed jobs?', ['Tally', 'Drover', 'Pennant'], 0, 7), 0.3, 'item-a');
    const second = scored(question('Which of these is described as “Archive storage”?', ['Vault', 'Drover', 'Pennant'], 0, 8), 0.6, 'item-a');
    const { kept, dropped } = bestPerFact([first, second], 1);
    expect(kept).toEqual([second]);
    expect(dropped).toEqual([{ candidate: first, reason: 'capped' }]);
  });
});
