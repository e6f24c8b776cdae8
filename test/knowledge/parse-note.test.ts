import { describe, expect, it } from 'vitest';
import type { Item } from '../../src/knowledge/item.js';
import path from 'node:path';
import { loadLexicon } from '../../src/knowledge/lexicon.js';
import { parseNote } from '../../src/knowledge/parse-note.js';

// Notes about AWS, read with the shipped notes' lexicon ("Lambda", "Fargate" are names there).
const lexicon = loadLexicon(path.resolve(import.meta.dirname, '..', '..', 'data', 'notes'));
const parse = (text: string): Item[] => parseNote('note.md', text, lexicon).items;
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
      case 'usecase':
        return `usecase ${i.subject} <= ${i.situation}`;
      case 'command':
        return `command ${i.name} <= ${i.purpose}`;
    }
  });

describe('parseNote', () => {
  it('uses the heading as topic and the parent bullet as subject', () => {
    const items = parse('# AWS Lambda\n\n- Quotas\n  - 1K concurrent execution\n  - 4 KB for all env variables\n');
    expect(summary(items)).toEqual([
      'fact Lambda quotas | concurrent execution | 1K concurrent execution',
      'fact Lambda quotas | env variables | 4 KB',
    ]);
    expect(items.map((i) => i.topic)).toEqual(['Lambda', 'Lambda']);
  });

  it('reads a value-first and a value-last quantity', () => {
    expect(
      summary(parse('## Lambda\n\n- 900 seconds (15minutes) execution length\n- Execution timeout: 15 minutes\n')),
    ).toEqual([
      'fact Lambda | execution length | 900 seconds (15minutes)',
      'fact Lambda | execution timeout | 15 minutes',
    ]);
  });

  it('looks past "max"/"allowed" and all-filler clauses for the attribute', () => {
    expect(
      summary(
        parse(
          '# Lambda\n\n- 20 MB max for a streamed response\n- 128 MB - 10 GB allowed for memory allocation\n- Billed for run time, rounded to the nearest 100ms\n',
        ),
      ),
    ).toEqual([
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

  it('does not define a facet heading ("Lambda in VPC") from its paragraph, it states a fact about it', () => {
    expect(summary(parse('## Lambda in VPC\n\nDeploy functions in a VPC to reach RDS.\n'))).toEqual([
      'fact Lambda in VPC |  | -',
    ]);
  });

  it('reads "X is a …" under a question heading', () => {
    expect(
      summary(parse('## What is serverless?\n\nServerless is a model where the provider runs the servers.\n')),
    ).toEqual(['definition Serverless = a model where the provider runs the servers.']);
  });

  it('turns "Key: a, b, c" into a list', () => {
    expect(summary(parse('# X-Ray\n\n- Integrations : EC2, ECS Tasks, Lambda, SNS\n'))).toEqual([
      'list Integrations: EC2, ECS Tasks, Lambda, SNS',
    ]);
  });

  it('takes nothing from code, links, images or a table of contents', () => {
    const text =
      '# T\n\n[Back](../x.md)\n\n- [A](#a)\n- [B](#b)\n\n![pic](p.png)\n\n```\nTimeout: 15 minutes\n```\n\n    Memory: 128 MB\n';
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
    const edited = parse(
      note.replace('Lambda runs code without servers.', 'An edited paragraph.\n\nWith another one added below it.'),
    );
    const key = (i: Item): string => JSON.stringify({ ...i, id: undefined, source: { ...i.source, line: 0 } });
    const byContent = new Map(edited.map((i) => [key(i), i.id]));
    const unchanged = before.filter((i) => i.kind !== 'definition');
    expect(unchanged.length).toBe(3);
    for (const item of unchanged) expect(byContent.get(key(item))).toBe(item.id);
    expect(edited.find((i) => i.kind === 'fact' && i.quantity)!.source.line).toBe(7);
  });

  it('is the same on every run', () => {
    expect(parse(note).map((i) => i.id)).toEqual(parse(note).map((i) => i.id));
    expect(parse(note)[0]!.id).toMatch(/^[a-z]-[0-9a-f]{10}$/);
  });
});

describe('statements without a number', () => {
  it('become facts about their parent bullet ("Publish → private by default")', () => {
    const items = parse(
      '## Serverless Application Repository\n\n- Two options\n  - Publish\n    - private by default\n    - shared only when you say so explicitly\n',
    );
    expect(summary(items)).toEqual([
      'fact Serverless Application Repository two options publish |  | -',
      'fact Serverless Application Repository two options publish |  | -',
    ]);
    expect(items.map((i) => i.kind === 'fact' && i.text)).toEqual([
      'private by default',
      'shared only when you say so explicitly',
    ]);
  });

  it('are about a top-level parent that is a name of its own, not the heading’s first name', () => {
    const items = parse(
      '## EKS Anywhere and ECS Anywhere\n\n- EKS Anywhere\n  - Clusters on premises\n- ECS Anywhere\n  - Runs the ECS agent on your own servers\n  - Inbound traffic : no ELB support\n',
    );
    expect(summary(items.filter((i) => i.kind === 'fact'))).toEqual([
      'fact EKS Anywhere |  | -',
      'fact ECS Anywhere |  | -',
      'fact ECS Anywhere | inbound traffic | -',
    ]);
  });

  it('keep a lone name with the label above it ("Containers: Fargate")', () => {
    const items = parse('## Serverless in AWS\n\n- **Containers**\n  - Fargate\n- **Storage**\n  - Amazon S3\n');
    expect(items.filter((i) => i.kind === 'fact').map((i) => i.kind === 'fact' && i.text)).toEqual([
      'Containers: Fargate',
      'Storage: Amazon S3',
    ]);
  });

  it('are not made from names a list holds, sub-heading bullets, titles or pointers', () => {
    const text =
      'Serverless glossary\n\n# Lambda\n\n- Languages\n  - Python\n  - Java\n\nSee the developer guide for more.\n';
    expect(summary(parse(text))).toEqual(['list Languages: Python, Java']);
  });

  it('describe a facet heading from the paragraph under it, even with a colon inside', () => {
    expect(
      summary(
        parse(
          '## RDS event notifications\n\nAmazon SNS delivers notifications about RDS events: to a queue or a function.\n',
        ),
      ),
    ).toEqual(['fact RDS event notifications |  | -']);
  });
});

describe('keys and values', () => {
  it('a value stating a property gives a fact, not a definition', () => {
    expect(
      summary(
        parse(
          '# ECS Anywhere\n\n- Inbound traffic - ELB is not supported\n- Runtime : the language and version\n',
        ).filter((i) => i.kind !== 'list'),
      ),
    ).toEqual(['fact ECS Anywhere | inbound traffic | -', 'definition Runtime = the language and version']);
  });

  it('an acronym spelled out is a definition; a name filed under a category name is not', () => {
    expect(
      summary(
        parse(
          '# Aurora Serverless\n\n- ACUs : Aurora Capacity Unit\n- Traces : Trace ID\n- **SQL**: Aurora Serverless\n',
        ).filter((i) => i.kind !== 'list'),
      ),
    ).toEqual(['definition ACU = Aurora Capacity Unit', 'definition Traces = Trace ID', 'fact SQL |  | -']);
  });

  it('bullets under "Use cases" state facts, they define nothing', () => {
    const items = parse(
      '# Aurora Serverless\n\n- Use cases\n  - New apps : unsure which instance size is needed\n  - Variable workloads\n',
    );
    expect(items.some((i) => i.kind === 'definition')).toBe(false);
    expect(items.filter((i) => i.kind === 'fact').map((i) => i.kind === 'fact' && [i.attribute, i.text])).toEqual([
      ['new apps', 'New apps : unsure which instance size is needed'],
    ]);
  });

  it('an intro line ending in ":" and the bullets after it make one statement', () => {
    const items = parse(
      '## Serverless architecture\n\nCould have most of the following characteristics:\n\n- highly available\n- highly durable\n',
    );
    expect(items.map((i) => (i.kind === 'fact' ? `${i.subject}: ${i.text}` : i.kind))).toEqual([
      'list',
      'Serverless architecture: Could have most of the following characteristics: highly available; highly durable',
    ]);
    expect(items.every((i) => i.source.section.join() === 'Serverless architecture')).toBe(true);
  });
});

describe('steps', () => {
  it('keep each step as written, with its own sub-steps, and give no separate facts', () => {
    const items = parse(
      '# EventBridge\n\n- Use case\n  - User terminates an instance\n  - Event matches a rule\n    - Trigger Lambda\n    - Publish an SNS message\n',
    );
    expect(summary(items)).toEqual([
      'list Event matches a rule: Trigger Lambda, Publish an SNS message',
      'list Use case: User terminates an instance, Event matches a rule: Trigger Lambda; Publish an SNS message',
    ]);
  });
});
