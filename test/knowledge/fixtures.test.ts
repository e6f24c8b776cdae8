import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type {
  ComparisonItem,
  DefinitionItem,
  FactItem,
  Item,
  ListItem,
  QuestionItem,
} from '../../src/knowledge/item.js';
import { loadLexicon } from '../../src/knowledge/lexicon.js';
import { parseNote } from '../../src/knowledge/parse-note.js';

// Assertions taken from test/fixtures/notes/EXPECTED.md, one block per note style.
const dir = path.resolve(import.meta.dirname, '..', 'fixtures', 'notes');
const lexicon = loadLexicon(dir);
const parse = (name: string) => parseNote(name, readFileSync(path.join(dir, name), 'utf8'), lexicon);
const ofKind = <K extends Item['kind']>(items: Item[], kind: K) =>
  items.filter((i): i is Extract<Item, { kind: K }> => i.kind === kind);
const facts = (items: Item[]): FactItem[] => ofKind(items, 'fact');
/** Facts that carry a number (the others are plain statements, checked on their own). */
const quantityFacts = (items: Item[]): FactItem[] => facts(items).filter((f) => f.quantity !== undefined);
const defs = (items: Item[]): DefinitionItem[] => ofKind(items, 'definition');
const lists = (items: Item[]): ListItem[] => ofKind(items, 'list');
const MB = 1024 ** 2;
const GB = 1024 ** 3;

describe('nested-bullets.md', () => {
  const { items } = parse('nested-bullets.md');
  it('makes the parent bullet part of the subject', () => {
    expect(facts(items).map((f) => [f.source.line, f.subject, f.attribute, f.quantity?.min])).toEqual([
      [6, 'Lambda quotas', 'concurrent executions', 1000],
      [7, 'Lambda quotas', 'environment variables', 4096],
      [8, 'Lambda quotas', 'request payload', 6 * MB],
      [10, 'Lambda deployment', 'zipped package', 50 * MB],
      [11, 'Lambda deployment', 'unzipped package', 250 * MB],
    ]);
    expect(facts(items)[0]!.source.section).toEqual(['Lambda', 'Limits']);
    expect(items.every((i) => i.topic === 'Lambda')).toBe(true);
  });
  it('lists languages and triggers in order', () => {
    expect(lists(items).map((l) => [l.title, l.members])).toEqual([
      ['Languages', ['Python', 'Node.js', 'Java', 'Go']],
      ['Triggers', ['S3', 'SQS', 'SNS']],
    ]);
  });
});

describe('bold-labels.md', () => {
  const { items } = parse('bold-labels.md');
  it('uses bold-only lines as list titles and sections', () => {
    expect(lists(items).map((l) => [l.title, l.members, l.source.section])).toEqual([
      ['Storage', ['S3 Cross-Region Replication', 'EBS Snapshots'], ['Regions', 'Cross-region features', 'Storage']],
      ['Networking', ['VPC Peering', 'Direct Connect'], ['Regions', 'Cross-region features', 'Networking']],
      ['Monitoring', ['CloudWatch', 'AWS Backup'], ['Regions', 'Cross-region features', 'Monitoring']],
    ]);
  });
  it('defines each bold term from its description', () => {
    expect(defs(items).map((d) => [d.source.line, d.term, d.definition])).toEqual([
      [7, 'S3 Cross-Region Replication', 'copies objects to a bucket in another region'],
      [8, 'EBS Snapshots', 'copied to another region on request'],
      [12, 'VPC Peering', 'connects VPCs that live in different regions'],
      [13, 'Direct Connect', 'one link can reach several regions'],
    ]);
    expect(facts(items)).toEqual([]);
  });
});

describe('key-value.md', () => {
  const { items } = parse('key-value.md');
  it('reads every key/value spelling as a definition', () => {
    expect(defs(items).map((d) => [d.source.line, d.term, d.definition, d.topic])).toEqual([
      [5, 'Segments', 'data about the work one resource did', 'X-Ray'],
      [6, 'Subsegments', 'finer-grained detail inside a segment', 'X-Ray'],
      [7, 'Service graph', 'a map of the services that call each other', 'X-Ray'],
      [8, 'Trace', 'every segment of one request, sharing a trace ID', 'X-Ray'],
      [9, 'Daemon', 'relays segment data to the X-Ray API', 'X-Ray'],
      [10, 'X-Amzn-Trace-Id', 'the HTTP header that carries the trace', 'X-Ray'],
      [14, 'Registry', 'image storage that every account gets', 'ECR'],
      [16, 'Repository', 'a named collection of images', 'ECR'],
      [18, 'Lifecycle policy', 'rules that expire old images', 'ECR'],
    ]);
    expect(defs(items)[0]!.source.section).toEqual(['Key/value forms', 'X-Ray']);
  });
});

describe('term-equals.txt', () => {
  const { items } = parse('term-equals.txt');
  it('defines one term per paragraph with the whole text after " = "', () => {
    expect(defs(items).map((d) => [d.source.line, d.term, d.topic, d.source.section])).toEqual([
      [3, 'Fargate', 'Fargate', []],
      [5, 'SQS', 'SQS', []],
      [7, 'SNS', 'SNS', []],
      [9, 'Kinesis Data Firehose', 'Kinesis Data Firehose', []],
      [11, 'Aurora Serverless', 'Aurora Serverless', []],
    ]);
    expect(defs(items)[0]!.definition).toBe(
      'serverless compute for containers. Runs ECS or EKS tasks with no EC2 instances to look after',
    );
  });
  it('finds the ACU memory fact', () => {
    const [fact] = facts(items);
    expect(fact).toMatchObject({
      topic: 'Aurora Serverless',
      source: { line: 11 },
      quantity: { dimension: 'size', min: 2 * GB, unit: 'GiB', bound: 'exact' },
    });
    expect(fact!.attribute).toContain('memory');
  });
});

describe('quantities.md', () => {
  const { items } = parse('quantities.md');
  it('reads one fact per bullet with the reader’s attribute', () => {
    const rows = quantityFacts(items).map((f) => [
      f.source.line,
      f.attribute,
      f.quantity?.dimension,
      f.quantity?.min,
      f.quantity?.max,
      f.quantity?.bound,
    ]);
    expect(rows).toEqual([
      [5, 'max run time', 'duration', 900, 900, 'exact'],
      [6, 'timeout', 'duration', 900, 900, 'exact'],
      [7, 'memory', 'size', 10 * GB, 10 * GB, 'at-most'],
      [8, 'memory allocation', 'size', 128 * MB, 10 * GB, 'exact'],
      [9, '/tmp storage', 'size', 512 * MB, 10 * GB, 'exact'],
      [10, 'concurrent executions', 'count', 1000, 1000, 'exact'],
      [11, 'compressed package', 'size', 50 * MB, 50 * MB, 'at-most'],
      [12, 'environment variables', 'size', 4096, 4096, 'exact'],
      [13, 'requests', 'money', 0.2, 0.2, 'exact'],
      [14, 'compute', 'money', 0.00001667, 0.00001667, 'exact'],
      [15, 'billing', 'duration', 0.1, 0.1, 'exact'],
      [16, 'free tier', 'count', 1e6, 1e6, 'exact'],
      [20, 'consistent reads', 'duration', 1, 1, 'less-than'],
      [24, 'port', 'port', 2000, 2000, 'exact'],
      [28, 'memory per ACU', 'size', 2 * GB, 2 * GB, 'exact'],
      [29, 'copies', 'count', 6, 6, 'exact'],
      [29, 'AZs', 'count', 3, 3, 'exact'],
    ]);
    expect(
      quantityFacts(items)
        .map((f) => f.topic)
        .filter((t, i, all) => all.indexOf(t) === i),
    ).toEqual(['Lambda', 'DynamoDB', 'X-Ray', 'Aurora Serverless']);
    // "Python 3.12 is a supported runtime" has no quantity; it is still a statement worth finding.
    expect(
      items
        .filter((i) => i.source.line >= 33)
        .map((i) => [i.kind, i.kind === 'fact' && i.quantity, i.kind === 'fact' && i.text]),
    ).toEqual([
      ['fact', undefined, 'Python 3.12 is a supported runtime'],
      ['fact', undefined, 'Runs Windows and Linux apps'],
    ]);
  });
});

describe('tables.md', () => {
  const { items } = parse('tables.md');
  it('gives one comparison per body row', () => {
    const rows = ofKind(items, 'comparison').map((c: ComparisonItem) => [
      c.source.line,
      c.title,
      c.row,
      c.values.map((v) => `${v.column}=${v.value}`),
    ]);
    expect(rows).toEqual([
      [7, 'CloudFront Functions vs. Lambda@Edge', 'Latency', ['CloudFront Functions=Low', 'Lambda@Edge=Higher']],
      [
        8,
        'CloudFront Functions vs. Lambda@Edge',
        'Runtime',
        ['CloudFront Functions=JavaScript', 'Lambda@Edge=Node.js'],
      ],
      [
        9,
        'CloudFront Functions vs. Lambda@Edge',
        'Use case',
        ['CloudFront Functions=Header rewrites', 'Lambda@Edge=Dynamic content generation'],
      ],
      [15, 'ECS launch types', 'EC2', ['OS managed by=You', 'Mounts EFS=Yes']],
      [16, 'ECS launch types', 'Fargate', ['OS managed by=AWS', 'Mounts EFS=Yes']],
      [21, 'DAX vs. ElastiCache', 'Purpose', ['DAX=DynamoDB cache', 'ElastiCache=General-purpose cache']],
    ]);
    expect(items).toHaveLength(6);
  });
});

describe('samples.md', () => {
  const { items } = parse('samples.md');
  it('reads four questions with their answers, and the line that explains an answer', () => {
    const qas = ofKind(items, 'qa').map((q: QuestionItem) => [
      q.source.line,
      q.question,
      q.answer,
      q.options,
      q.explanation,
    ]);
    expect(qas).toEqual([
      [
        6,
        'Which AWS service builds serverless workflows that can pause for a human approval?',
        'AWS Step Functions',
        [],
        undefined,
      ],
      [
        12,
        'Which of these services has no built-in caching feature?',
        'Lambda',
        ['API Gateway', 'DynamoDB'],
        'the other two cache: responses, and reads through DAX',
      ],
      [
        21,
        'Static files in S3 must reach users around the world quickly. Which service should you use?',
        'Amazon CloudFront, a content delivery network (CDN)',
        [],
        undefined,
      ],
      [
        27,
        'Which add-on puts an in-memory cache in front of DynamoDB reads?',
        'DAX',
        [],
        'ElastiCache fronts any data store, DAX only DynamoDB',
      ],
    ]);
    expect(items).toHaveLength(4);
  });
});

describe('code-and-links.md', () => {
  it('gives exactly the DynamoDB definition and no warning', () => {
    const { items, warnings } = parse('code-and-links.md');
    expect(
      items.map((i) => [i.kind, i.source.line, i.kind === 'definition' ? `${i.term}: ${i.definition}` : '']),
    ).toEqual([['definition', 12, 'DynamoDB: A fully managed NoSQL database for key/value and document data.']]);
    expect(warnings).toEqual([]);
  });
});

describe('typos.md', () => {
  const { items } = parse('typos.md');
  it('survives typos and odd spacing', () => {
    const rows = quantityFacts(items).map((f) => [
      f.source.line,
      f.subject,
      f.quantity?.min,
      f.quantity?.max,
      f.quantity?.bound,
    ]);
    expect(rows).toEqual([
      [3, 'Lambda', 10 * GB, 10 * GB, 'at-most'],
      [4, 'Lambda', 900, 900, 'at-most'],
      [6, 'Lambda quotas', 512 * MB, 10 * GB, 'exact'],
      [7, 'Lambda quotas', 50 * MB, 50 * MB, 'at-most'],
      [8, 'Lambda quotas', 4096, 4096, 'exact'],
    ]);
    expect(quantityFacts(items)[0]!.attribute).toBe('max memory');
    expect(quantityFacts(items)[4]!.text).toBe('Env variables total 4 KB');
    expect(
      facts(items)
        .filter((f) => !f.quantity)
        .map((f) => [f.subject, f.text]),
    ).toEqual([['EventBridge', 'Chose it fr scheduled or event-driven jobs']]);
    expect(lists(items).map((l) => [l.title, l.members])).toEqual([['Languages', ['Python', 'Golan', 'Java']]]);
    expect(defs(items).map((d) => [d.term, d.aliases, d.definition])).toEqual([
      ['EventBridge', ['CloudWatch Events'], 'An event bus with no servers to run'],
    ]);
    expect(JSON.stringify(items)).not.toMatch(/ "|\s{2}/);
  });
});

describe('numbered.markdown', () => {
  it('keeps steps in order under their heading', () => {
    const { items } = parse('numbered.markdown');
    expect(lists(items).map((l) => [l.source.line, l.title, l.members])).toEqual([
      [
        5,
        'Thumbnail pipeline',
        [
          'An image lands in an S3 bucket.',
          'S3 invokes a Lambda function.',
          'The function writes a thumbnail to a second bucket.',
        ],
      ],
      [11, 'Scheduled clean-up', ['An EventBridge rule fires on a cron schedule.', 'Lambda deletes old log files.']],
      [16, 'Criteria for serverless', ['No server management', 'Scale to zero']],
    ]);
    expect(facts(items).filter((f) => f.quantity)).toEqual([]);
  });
});

describe('definitions.md', () => {
  it('defines services from headings, first bullets and bold terms, with aliases', () => {
    const { items } = parse('definitions.md');
    expect(defs(items).map((d) => [d.term, d.aliases.filter((a) => !a.startsWith('Amazon ')), d.definition])).toEqual([
      ['EventBridge', ['CloudWatch Events'], 'A serverless event bus'],
      ['ECR', ['Elastic Container Registry'], 'A managed registry for container images'],
      [
        'Cognito User Pools',
        ['CUP'],
        'A user directory that handles sign-up, sign-in and multi-factor authentication.',
      ],
      ['DynamoDB', [], 'A fully managed NoSQL database.'],
      ['Route 53', [], 'global DNS service'],
      ['CloudFront', [], 'content delivery network'],
    ]);
    expect(lists(items).map((l) => [l.source.line, l.title, l.members])).toEqual([
      [22, 'Global services', ['Route 53', 'CloudFront']],
    ]);
  });
});
