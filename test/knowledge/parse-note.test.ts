import { describe, expect, it } from 'vitest';
import type { Item } from '../../src/knowledge/item.js';
import { parseNote } from '../../src/knowledge/parse-note.js';

const parse = (text: string): Item[] => parseNote('note.md', text).items;
const summary = (items: Item[]): string[] =>
  items.map((i) => {
    switch (i.kind) {
      case 'fact':
        return `fact ${i.subject} | ${i.attribute} | ${i.quantity?.text ?? '-'}`;
      case 'definition':
        return `definition ${i.term}${i.aliases.length ? ` (${i.aliases.join(', ')})` : ''} = ${i.definition}`;
      case 'list':
        return `list ${i.title}: ${i.members.join(', ')}`;
      case 'comparison':
        return `comparison ${i.title} / ${i.row}`;
      case 'qa':
        return `qa ${i.question} => ${i.answer}`;
    }
  });

describe('parseNote', () => {
  it('uses the heading as topic and the parent bullet as subject', () => {
    const items = parse('# AWS Lambda\n\n- Quotas\n  - 1K concurrent execution\n  - 4 KB for all env variables\n');
    expect(summary(items)).toEqual(['fact Lambda quotas | concurrent execution | 1K concurrent execution', 'fact Lambda quotas | env variables | 4 KB']);
    expect(items.map((i) => i.topic)).toEqual(['Lambda', 'Lambda']);
  });

  it('reads a value-first and a value-last quantity', () => {
    expect(summary(parse('## Lambda\n\n- 900 seconds (15minutes) execution length\n- Execution timeout: 15 minutes\n'))).toEqual([
      'fact Lambda | execution length | 900 seconds (15minutes)',
      'fact Lambda | execution timeout | 15 minutes',
    ]);
  });

  it('looks past "max"/"allowed" and all-filler clauses for the attribute', () => {
    expect(summary(parse('# Lambda\n\n- 20 MB max for a streamed response\n- 128 MB - 10 GB allowed for memory allocation\n- Billed for run time, rounded to the nearest 100ms\n'))).toEqual([
      'fact Lambda | streamed response | 20 MB',
      'fact Lambda | memory allocation | 128 MB - 10 GB',
      'fact Lambda | run time | 100ms',
    ]);
  });

  it('defines a service from the paragraph under its heading, with the aliases in brackets', () => {
    expect(summary(parse('## EventBridge (formerly CloudWatch Events)\n\nA serverless event bus.\n'))).toEqual([
      'definition EventBridge (CloudWatch Events) = A serverless event bus.',
    ]);
  });

  it('does not define a facet heading ("Lambda in VPC") from its paragraph', () => {
    expect(parse('## Lambda in VPC\n\nDeploy functions in a VPC to reach RDS.\n')).toEqual([]);
  });

  it('reads "X is a …" under a question heading', () => {
    expect(summary(parse('## What is serverless?\n\nServerless is a model where the provider runs the servers.\n'))).toEqual([
      'definition Serverless = a model where the provider runs the servers.',
    ]);
  });

  it('turns "Key: a, b, c" into a list', () => {
    expect(summary(parse('# X-Ray\n\n- Integrations : EC2, ECS Tasks, Lambda, SNS\n'))).toEqual(['list Integrations: EC2, ECS Tasks, Lambda, SNS']);
  });

  it('takes nothing from code, links, images or a table of contents', () => {
    const text = '# T\n\n[Back](../x.md)\n\n- [A](#a)\n- [B](#b)\n\n![pic](p.png)\n\n```\nTimeout: 15 minutes\n```\n\n    Memory: 128 MB\n';
    expect(parse(text)).toEqual([]);
  });

  it('gives no facts for a worked example mixing several kinds of number', () => {
    expect(parse('## Pricing example\n\n- 1M requests at 512 MB for 100 ms: about $0.20\n')).toEqual([]);
  });

  it('makes duplicate ids unique in document order', () => {
    const ids = parse('# Lambda\n\n- Timeout: 15 minutes\n\n## Again\n\n- Timeout: 15 minutes\n').map((i) => i.id);
    expect(ids).toHaveLength(2);
    expect(ids[1]).toBe(`${ids[0]}-2`);
  });
});

describe('stable ids', () => {
  const note = [
    '# Lambda',
    '',
    'Lambda runs code without servers.',
    '',
    '- Timeout: 15 minutes',
    '- Memory: 128 MB to 10 GB',
    '',
    '## Languages',
    '',
    '- Python',
    '- Java',
    '',
  ].join('\n');

  it('survives editing another paragraph and moving lines', () => {
    const before = parse(note);
    const edited = parse(note.replace('Lambda runs code without servers.', 'An edited paragraph.\n\nWith another one added below it.'));
    const key = (i: Item): string => JSON.stringify({ ...i, id: undefined, source: { ...i.source, line: 0 } });
    const byContent = new Map(edited.map((i) => [key(i), i.id]));
    const unchanged = before.filter((i) => i.kind !== 'definition');
    expect(unchanged.length).toBe(3);
    for (const item of unchanged) expect(byContent.get(key(item))).toBe(item.id);
    expect(edited.find((i) => i.kind === 'fact')!.source.line).toBe(7);
  });

  it('is the same on every run', () => {
    expect(parse(note).map((i) => i.id)).toEqual(parse(note).map((i) => i.id));
    expect(parse(note)[0]!.id).toMatch(/^[a-z]-[0-9a-f]{10}$/);
  });
});
