import { describe, expect, it } from 'vitest';
import type { Question } from '../../src/questions/question-schema.js';
import { bankBalanceDefects, bankDefects } from './bank-defects.js';

let n = 0;
const q = (stem: string, choices: string[], answer = 0, extra: Partial<Question> = {}): Question => ({
  id: `q-${(n += 1)}`, kind: 'definition-to-term', topic: 'T', stem, choices, answer, explanation: 'Because.', source: { file: 'a.md', line: n, section: '' }, ...extra,
});
const defectsOf = (question: Question): string[] => bankDefects([question]).map((d) => d.replace(/^q-\d+: /, '').replace(/ — .*$/, ''));

describe('the independent bank checker', () => {
  it.each([
    ['a stemmed answer word', q('Which of these lets you deploy code?', ['Deployment package', 'Layer', 'Runtime', 'Handler']), 'answer word "deployment" in the stem and in no distractor'],
    ['a compound part', q('Which of these is an in-memory cache?', ['ElastiCache', 'Redshift', 'Athena', 'Glue']), 'answer word "elasticache" in the stem and in no distractor'],
    ['a numeronym', q('Which orchestrator is called k8s?', ['Kubernetes', 'Nomad', 'Swarm', 'Mesos']), 'answer word "kubernetes" in the stem and in no distractor'],
    ['an expanded acronym', q('Which of these is the Simple Queue Service?', ['SQS', 'SNS', 'MQ', 'Kinesis']), 'stem expands (or abbreviates) the answer'],
    ['mixed kinds', q('What is the timeout?', ['15 minutes', 'Lambda', '5 minutes', '1 hour']), 'choices of mixed kinds'],
    ['mixed units', q('What is the timeout?', ['15 minutes', '6 MB', '5 minutes', '1 hour']), 'choices of mixed kinds'],
    ['the only name among sentences', q('Which of these runs code?', ['Lambda', 'A queue between producers and consumers.', 'A bus that routes events to targets.', 'A store for objects of any size.']), 'answer is the only choice of its kind'],
    ['a much longer answer', q('Which of these best describes Lambda?', ['Runs code in response to events and scales with them, billed per millisecond', 'A managed queue', 'An event bus', 'An object store']), 'answer much longer than every distractor'],
    ['a layout question', q('Which of these is listed under “Security” in “Resources”?', ['IAM', 'S3', 'EC2', 'VPC']), 'asks how the notes are laid out'],
    ['an implausible number', q('What is the maximum key size?', ['31.5 bytes', '63 bytes', '126 bytes', '252 bytes'], 1, { kind: 'quantity' }), 'implausible number among the choices'],
    ['a garbled choice', q('Which of these stores sessions in memory?', ['Redis? Redis', 'Memcached', 'DynamoDB', 'S3']), 'a choice is garbled'],
    ['a lone pronoun', q('Which of these fits a queue of jobs?', ['SQS', 'this', 'SNS', 'Kinesis']), 'a choice is garbled'],
    ['a topic naming the answer', q('Which of these is a request for a share of the cellar?', ['Cellar Claim', 'Cellar Lease', 'Barrel Rack'], 0, { topic: 'Claims' }), 'topic "Claims" names the answer'],
    ['a zero-width character', q('Which of these is described as “Pears (early)\u200b”?', ['Conference', 'Comice', 'Williams']), 'invisible character left in'],
    [
      'a wrong number the quoted notes state',
      q('What is the capacity per device for the appliance?', ['30 TB', '70 TB', '140 TB', '280 TB'], 1, { kind: 'quantity', explanation: 'For the appliance, the capacity per device is 70 TB. The notes: “ships as 30TB or 70TB per device”.' }),
      'wrong choice "30 TB" is also stated in the quoted notes',
    ],
  ])('catches %s', (_name, question, defect) => {
    expect(defectsOf(question)).toContain(defect);
  });

  it('passes a clean question, and a comparison whose stem names every choice', () => {
    expect(defectsOf(q('Which of these runs code without servers?', ['Lambda', 'SQS', 'SNS', 'S3']))).toEqual([]);
    expect(defectsOf(q('Comparing CloudFront Functions and Lambda@Edge, which has higher latency?', ['Lambda@Edge', 'CloudFront Functions', 'Both of them']))).toEqual([]);
  });

  it('catches one fact asked twice: both directions of a definition from one line', () => {
    const source = { file: 'q.md', line: 3, section: '' };
    const defects = bankDefects([
      q('Which of these is a managed message queue?', ['SQS', 'SNS', 'Kinesis'], 0, { source }),
      q('Which of these best describes SQS?', ['A managed message queue', 'A topic for fan-out', 'A stream of records'], 0, { source }),
    ]);
    expect(defects.some((d) => d.includes('asks the same fact as'))).toBe(true);
  });

  it('catches a bank whose number answers are never the smallest or largest, or whose key sits at one position', () => {
    const middle = Array.from({ length: 12 }, (_, i) => q(`What is limit ${i}?`, ['1 GB', '2 GB', '4 GB', '8 GB'], 1 + (i % 2), { kind: 'quantity' }));
    expect(bankBalanceDefects(middle).some((d) => d.includes('never the smallest or largest'))).toBe(true);
    const allD = Array.from({ length: 20 }, (_, i) => q(`Which of these is thing ${i}?`, ['A', 'B', 'C', 'D'], 3));
    expect(bankBalanceDefects(allD).some((d) => d.includes('answer position unbalanced'))).toBe(true);
  });
});
