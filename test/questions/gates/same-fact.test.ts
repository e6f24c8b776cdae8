import { describe, expect, it } from 'vitest';
import { FactsAsked } from '../../../src/questions/gates/same-fact.js';
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

  it('knows two numbers of one line as one fact: both ends of a range, two values of one rule', () => {
    const number = (stem: string, choices: string[], line: number): Question => ({ ...question(stem, choices, 0, line), id: `q-n${stem.length}`, kind: 'quantity' });
    const facts = new FactsAsked();
    facts.add(number('What is the minimum volume size for the store?', ['8 GB', '16 GB', '32 GB'], 12));
    expect(facts.has(number('What is the maximum volume size for the store?', ['32 TB', '16 TB', '64 TB'], 12))).toBe(true);
    expect(facts.has(number('What is the maximum snapshot count for the store?', ['50', '100', '200'], 13))).toBe(false);
  });

  it('knows one term keyed twice by "which is described as" as one fact, from any line', () => {
    const facts = new FactsAsked();
    facts.add(question('Which of these is described as “Object storage for any file”?', ['S3', 'EBS', 'EFS'], 0, 5));
    expect(facts.has(question('Which of these is described as “Serverless object storage”?', ['EBS', 'S3', 'EFS'], 1, 50))).toBe(true);
    expect(facts.has(question('Which of these is described as “Block storage for one instance”?', ['EBS', 'S3', 'EFS'], 0, 51))).toBe(false);
  });
});
