import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Item } from '../../src/knowledge/item.js';
import { parseNote } from '../../src/knowledge/parse-note.js';

// The real study notes the bot was built for; present on the build machine, not in the repository.
const repoRoot = path.resolve(import.meta.dirname, '..', '..');
const dir = path.resolve(repoRoot, '..', 'shared', 'seeds');
const seed = (prefix: string): Item[] => {
  const name = [
    '000_a60f82f962fcb1c1.txt',
    '001_708d40a921e84fa1.txt',
    '002_bd60ffa171b6268c.txt',
    '003_1b7ec580a9b13b47.txt',
    '004_01d8c7ce2a15ad4b.txt',
  ].find((f) => f.startsWith(prefix))!;
  const { items, warnings } = parseNote(name, readFileSync(path.join(dir, name), 'utf8'));
  expect(warnings).toEqual([]);
  return items;
};

describe.runIf(existsSync(dir))('seed notes', () => {
  it('000: lists the global services, Route 53 among them, and defines it', () => {
    const items = seed('000');
    const global = items.find((i) => i.kind === 'list' && i.title.startsWith('Global Services'));
    expect(global).toMatchObject({
      members: ['Route 53', 'CloudFront', 'AWS Global Accelerator', 'IAM', 'AWS Organizations', 'AWS WAF'],
    });
    expect(items).toContainEqual(
      expect.objectContaining({ kind: 'definition', term: 'Route 53', definition: 'DNS service operates globally' }),
    );
    const storage = items.find((i) => i.kind === 'list' && i.title === 'Storage & Data');
    expect(storage?.source.section).toEqual([
      'AWS Pro',
      'How AWS resources operate across multiple regions',
      'Cross-Region Capable Resources',
      'Storage & Data',
    ]);
  });

  it('001: Lambda runs for at most 900 seconds, and its quotas hang off the Quotas bullet', () => {
    const items = seed('001');
    const length = items.find((i) => i.kind === 'fact' && i.attribute === 'execution length');
    expect(length).toMatchObject({
      topic: 'Lambda',
      subject: 'Lambda',
      quantity: { dimension: 'duration', min: 900, max: 900 },
    });
    const concurrency = items.find((i) => i.kind === 'fact' && i.attribute === 'concurrent execution');
    expect(concurrency).toMatchObject({ subject: 'Lambda quotas', quantity: { dimension: 'count', min: 1000 } });
    const memory = items.find((i) => i.kind === 'fact' && i.attribute === 'memory');
    expect(memory).toMatchObject({ quantity: { min: 10 * 1024 ** 3, bound: 'at-most' } });
    expect(items).toContainEqual(
      expect.objectContaining({
        kind: 'fact',
        subject: 'X-Ray Daemon',
        attribute: 'port',
        quantity: expect.objectContaining({ min: 2000, dimension: 'port' }),
      }),
    );
    expect(items).toContainEqual(
      expect.objectContaining({
        kind: 'definition',
        term: 'EventBridge',
        aliases: ['CloudWatch Event'],
        definition: 'Serverless Event Bus',
      }),
    );
  });

  it('002: the CloudFront Functions vs Lambda@Edge table has a Latency row', () => {
    const items = seed('002');
    const latency = items.find((i) => i.kind === 'comparison' && i.row === 'Latency');
    expect(latency).toMatchObject({
      title: 'CloudFront Functions vs. Lambda@Edge',
      values: [
        { column: 'CloudFront Functions', value: 'Low' },
        { column: 'Lambda@Edge', value: 'Higher' },
      ],
    });
    expect(items).toContainEqual(
      expect.objectContaining({
        kind: 'fact',
        attribute: 'execution timeout',
        quantity: expect.objectContaining({ min: 900 }),
      }),
    );
    expect(items.some((i) => i.kind === 'fact' && /5 capacity|TableName/.test(i.text))).toBe(false);
  });

  it('003: defines DynamoDB from its "Term = definition" paragraph', () => {
    const items = seed('003');
    const dynamo = items.find((i) => i.kind === 'definition' && i.term === 'DynamoDB');
    expect(dynamo).toMatchObject({ topic: 'DynamoDB', source: { line: 5 } });
    expect(dynamo?.kind === 'definition' && dynamo.definition).toMatch(
      /^serverless NoSQL key\/value and document database/,
    );
    expect(items).toContainEqual(
      expect.objectContaining({
        kind: 'fact',
        topic: 'DynamoDB',
        quantity: expect.objectContaining({ bound: 'less-than', min: 1 }),
      }),
    );
  });

  it('004: reads the Step Functions sample question with its answer, and nothing from the contents links', () => {
    const items = seed('004');
    const qa = items.find((i) => i.kind === 'qa' && /human approval/.test(i.question));
    expect(qa).toMatchObject({ answer: 'AWS Step Functions', topic: 'Step Functions' });
    expect(items.filter((i) => i.source.line <= 9)).toEqual([]);
  });
});
