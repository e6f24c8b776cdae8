import { describe, expect, it } from 'vitest';
import type { ListItem } from '../../src/knowledge/item.js';
import { buildContext } from '../../src/questions/generation-context.js';
import { membershipQuestions } from '../../src/questions/membership-question.js';
import type { Question } from '../../src/questions/question-schema.js';
import { definition, kb, list } from './build-items.js';

const at = (section: string[]) => ({ source: { file: 'regions.md', line: 1, section } });

function regionLists(): ListItem[] {
  return [
    list('Global Services (No Region Concept)', ['Route 53', 'CloudFront', 'IAM', 'AWS Organizations', 'AWS WAF'], at(['Regions', 'Global Services (No Region Concept)'])),
    list('Cross-Region Capable Resources', ['S3 Cross-Region Replication', 'DynamoDB Global Tables', 'VPC Peering', 'AWS Backup'], at(['Regions', 'Cross-Region Capable Resources'])),
    list('Languages', ['Python', 'Java', 'Go', 'Ruby'], { source: { file: 'lambda.md', line: 1, section: ['Lambda', 'Languages'] } }),
  ];
}

const services = ['Route 53', 'CloudFront', 'IAM', 'S3', 'DynamoDB', 'VPC'].map((name) => definition(name, `The ${name} service of the cloud platform`));

function ask(title: string): { questions: Question[]; skips: string[] } {
  const context = buildContext(kb([...services, ...regionLists()]));
  const item = context.lists.find((l) => l.title === title)!;
  const outcomes = membershipQuestions(item, context);
  return { questions: outcomes.flatMap((o) => ('question' in o ? [o.question] : [])), skips: outcomes.flatMap((o) => ('skip' in o ? [o.skip] : [])) };
}

describe('membership questions', () => {
  it('asks which choice belongs to the list, with members of the neighbouring list as distractors', () => {
    const { questions } = ask('Global Services (No Region Concept)');
    const direct = questions.find((q) => !q.stem.includes('NOT'))!;
    expect(direct.stem).toBe('Which of these is one of the global services (no region concept)?');
    expect(['Route 53', 'CloudFront', 'IAM', 'AWS Organizations', 'AWS WAF']).toContain(direct.choices[direct.answer]);
    const wrong = direct.choices.filter((_, index) => index !== direct.answer);
    expect(wrong).toHaveLength(3);
    for (const choice of wrong) expect(['S3 Cross-Region Replication', 'DynamoDB Global Tables', 'VPC Peering', 'AWS Backup']).toContain(choice);
  });

  it('asks once per list: no "is NOT" twin of the same fact', () => {
    const { questions } = ask('Global Services (No Region Concept)');
    expect(questions).toHaveLength(1);
    expect(questions.some((q) => q.stem.includes('NOT'))).toBe(false);
  });

  it('never mixes a list of another kind in', () => {
    const { questions, skips } = ask('Languages');
    expect(questions).toEqual([]);
    expect(skips).toEqual(['no related list of the same kind']);
  });
});

describe('lists that cannot carry a membership question', () => {
  it.each([
    ['open-ended', list('Integrations', ['S3', 'DynamoDB', 'many more']), 'list is open-ended'],
    ['vaguely titled', list('A few of them in one line', ['S3', 'SNS', 'SQS']), 'list title is not a category'],
    ['made of sentences', list('Steps', ['An object lands in the bucket', 'The function runs on it']), 'list members are not names'],
  ])('skips a list that is %s', (_name, item, reason) => {
    const context = buildContext(kb([...regionLists(), item]));
    expect(membershipQuestions(item, context)).toEqual([{ skip: reason, item }]);
  });
});

describe('lists that could only borrow ambiguous wrong answers', () => {
  const lambda = (section: string[]) => ({ topic: 'Lambda', source: { file: 'lambda.md', line: 1 + section.length, section } });
  const lists = () => [
    list('Event sources', ['S3', 'SNS', 'SQS', 'Kinesis', 'EventBridge'], lambda(['AWS Lambda', 'Lambda integrations'])),
    list('Databases', ['RDS', 'Aurora', 'DynamoDB'], lambda(['AWS Lambda', 'Lambda integrations'])),
    list('Integration', ['S3', 'API Gateway', 'Step Functions', 'many more'], lambda(['AWS Lambda', 'Lambda benefits'])),
  ];

  it('never takes wrong answers from a sub-list under the same heading, nor from an open-ended list', () => {
    const context = buildContext(kb(lists()));
    const item = context.lists.find((l) => l.title === 'Event sources')!;
    // RDS is a Lambda integration too, and API Gateway one of "many more": neither is clearly outside.
    expect(membershipQuestions(item, context)).toEqual([{ skip: 'no related list of the same kind', item }]);
  });

  it('never offers the labels of a parent list as members of a kind', () => {
    const api = (section: string[]) => ({ topic: 'API Gateway', source: { file: 'apis.md', line: 1 + section.length, section } });
    const context = buildContext(kb([
      list('Endpoint types', ['Edge-optimized', 'Regional', 'Private'], api(['API Gateway', 'Endpoint types'])),
      list('Integrations', ['Backends', 'Caching', 'Throttling'], api(['API Gateway', 'Integrations'])),
      list('Backends', ['Lambda', 'DynamoDB', 'Kinesis'], api(['API Gateway', 'Integrations'])),
      list('Security', ['IAM policies', 'Lambda authorizers', 'Resource policies'], api(['API Gateway', 'Security'])),
    ]));
    const item = context.lists.find((l) => l.title === 'Endpoint types')!;
    const questions = membershipQuestions(item, context).flatMap((o) => ('question' in o ? [o.question] : []));
    expect(questions.length).toBeGreaterThan(0);
    for (const q of questions) {
      expect(q.choices).not.toContain('Caching');
      expect(q.choices).not.toContain('Throttling');
    }
    expect(questions[0]!.choices.filter((c) => !['Edge-optimized', 'Regional', 'Private'].includes(c)).every((c) => /policies|authorizers/.test(c))).toBe(true);
  });
});

describe('wrong answers that another note would call right', () => {
  const ofFile = (file: string, section: string[]) => ({ topic: section[0]!, source: { file, line: 1 + section.length, section } });

  it('never offers "Amazon DynamoDB" beside "DynamoDB Streams": one name holds the other, brand aside', () => {
    const context = buildContext(kb([
      list('Event sources', ['S3', 'SNS', 'SQS', 'DynamoDB Streams'], ofFile('lambda.md', ['Lambda', 'Event sources'])),
      list('Databases', ['Amazon DynamoDB', 'RDS', 'Aurora'], ofFile('lambda.md', ['Lambda', 'Databases'])),
    ]));
    const item = context.lists.find((l) => l.title === 'Event sources')!;
    const choices = membershipQuestions(item, context).flatMap((o) => ('question' in o ? o.question.choices : []));
    expect(choices.length).toBeGreaterThan(0);
    expect(choices).not.toContain('Amazon DynamoDB');
    expect(choices).toContain('RDS');
  });

  it('never offers a member of a same-titled list in another note, or of a list under a heading of that title', () => {
    const context = buildContext(kb([
      list('Global services', ['Route 53', 'CloudFront', 'IAM'], ofFile('regions.md', ['Regions', 'Global services'])),
      list('Regional services', ['SQS', 'Lambda', 'ECS', 'RDS'], ofFile('regions.md', ['Regions', 'Regional services'])),
      list('Global services', ['WAF', 'Organizations'], ofFile('more.md', ['More', 'Global services'])),
      list('Edge', ['Lambda@Edge', 'SQS'], ofFile('edge.md', ['Edge', 'Global services', 'Edge'])),
      list('Languages', ['Python', 'Go'], ofFile('lambda.md', ['Lambda', 'Languages'])),
      list('Engines', ['MySQL', 'PostgreSQL'], ofFile('aurora.md', ['Aurora', 'Engines'])),
    ]));
    const item = context.lists.find((l) => l.source.file === 'regions.md' && l.title === 'Global services')!;
    const direct = membershipQuestions(item, context).flatMap((o) => ('question' in o ? [o.question] : [])).find((q) => !q.stem.includes('NOT'))!;
    const wrong = direct.choices.filter((_, index) => index !== direct.answer);
    // SQS is listed under a "Global services" heading in edge.md: it cannot be shown to be outside the list.
    expect(wrong.sort()).toEqual(['ECS', 'Lambda', 'RDS']);
  });

  it('skips a list titled only with what every note is about ("Serverless in AWS" in notes all about serverless)', () => {
    const notes = ['a.md', 'b.md', 'c.md', 'd.md'].map((file) => ofFile(file, ['Serverless', file]));
    const catalogue = list('Serverless in AWS', ['Lambda', 'S3', 'DynamoDB'], ofFile('a.md', ['Serverless', 'a.md']));
    const context = buildContext(kb([
      catalogue,
      list('Messaging', ['SNS', 'SQS', 'EventBridge'], notes[1]),
      list('Containers', ['ECS', 'EKS', 'Fargate'], notes[2]),
      list('Databases', ['Aurora', 'DynamoDB'], notes[3]),
      list('Compute', ['EC2', 'Lightsail'], ofFile('a.md', ['Serverless', 'a.md'])),
    ]));
    expect(membershipQuestions(context.lists[0]!, context)).toEqual([{ skip: 'list title is what all the notes are about', item: context.lists[0] }]);
    // The same list in notes that are not all about serverless is a category like any other.
    const mixed = buildContext(kb([catalogue, list('Compute', ['EC2', 'Lightsail'], ofFile('a.md', ['Serverless', 'a.md'])), ...['b.md', 'c.md', 'd.md'].map((file) => list('Other', ['X1', 'X2'], ofFile(file, ['Other', file])))]));
    expect(membershipQuestions(mixed.lists[0]!, mixed)).not.toEqual([{ skip: 'list title is what all the notes are about', item: mixed.lists[0] }]);
  });
});

describe('the place a list is named by', () => {
  it('names the note instead of a heading that is only a remark ("The catalogue", a facet in the notes\' lexicon)', () => {
    const under = (section: string[]) => ({ topic: 'Serverless', source: { file: 'aws.md', line: 1 + section.length, section } });
    const notes = kb([
      list('Databases', ['DynamoDB', 'Aurora Serverless'], under(['Serverless on AWS', 'The catalogue', 'Databases'])),
      list('Messaging', ['SNS', 'SQS', 'EventBridge'], under(['Serverless on AWS', 'The catalogue', 'Messaging'])),
      ...['b.md', 'c.md', 'd.md'].map((file) => list('Other', ['X1', 'X2'], { topic: 'Other', source: { file, line: 1, section: ['Other'] } })),
    ]);
    const stemsWith = (facets: string[]) => {
      const context = buildContext({ ...notes, lexicon: { ...notes.lexicon, facets } });
      return membershipQuestions(context.lists[0]!, context).flatMap((o) => ('question' in o ? [o.question.stem] : []));
    };
    expect(stemsWith(['The catalogue'])[0]).toBe('Which of these is one of the databases under “Serverless on AWS”?');
    // Without the lexicon saying so, "The catalogue" is a heading like any other: no word list in code knows it.
    expect(stemsWith([])[0]).toBe('Which of these is one of the databases under “The catalogue”?');
  });
});
