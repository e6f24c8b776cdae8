import { describe, expect, it } from 'vitest';
import type { Item } from '../../src/knowledge/item.js';
import { comparisonQuestions } from '../../src/questions/comparison-question.js';
import { buildContext } from '../../src/questions/generation-context.js';
import { comparison, kb, list } from './build-items.js';

const edge = 'CloudFront Functions vs. Lambda@Edge';
const items: Item[] = [
  comparison(edge, 'Latency', [['CloudFront Functions', 'Low'], ['Lambda@Edge', 'Higher']]),
  comparison(edge, 'Runtime', [['CloudFront Functions', 'JavaScript'], ['Lambda@Edge', 'Node.js']]),
  comparison(edge, 'Use Case', [['CloudFront Functions', 'Header rewrites'], ['Lambda@Edge', 'Dynamic content generation']]),
  comparison('Caches', 'Purpose', [['DAX', 'DynamoDB cache'], ['ElastiCache', 'DynamoDB cache']]),
  list('Lambda languages', ['Node.js', 'Python', 'Java', 'Go']),
];

function outcomesFor(row: string) {
  const context = buildContext(kb(items));
  return comparisonQuestions(context.comparisons.find((c) => c.row === row)!, context);
}

describe('comparison questions', () => {
  it('asks which column stands out, naming the columns, with "Both of them" as a third choice', () => {
    const outcomes = outcomesFor('Latency');
    expect(outcomes).toHaveLength(1);
    const question = 'question' in outcomes[0]! ? outcomes[0].question : undefined;
    expect(question?.stem).toBe('Comparing CloudFront Functions and Lambda@Edge, which has higher latency?');
    expect(question?.choices.slice(0, 2).sort()).toEqual(['CloudFront Functions', 'Lambda@Edge']);
    expect(question?.choices[2]).toBe('Both of them');
    expect(question?.choices[question.answer]).toBe('Lambda@Edge');
    expect(question?.explanation).toBe('Latency: Low for CloudFront Functions and Higher for Lambda@Edge.');
  });

  it('asks for a cell, with the other cell and list siblings as distractors', () => {
    const questions = outcomesFor('Runtime').flatMap((o) => ('question' in o ? [o.question] : []));
    const cloudfront = questions.find((q) => q.stem === 'What is the runtime of CloudFront Functions?')!;
    expect(cloudfront.choices[cloudfront.answer]).toBe('JavaScript');
    expect(cloudfront.choices).toContain('Node.js');
    expect(cloudfront.choices).toHaveLength(4);
    const edgeRuntime = questions.find((q) => q.stem === 'What is the runtime of Lambda@Edge?')!;
    expect(edgeRuntime.choices[edgeRuntime.answer]).toBe('Node.js');
  });

  it('skips a cell question with too few distractors of its kind and a row that repeats a value', () => {
    // The row of two things is then asked by thing instead (versus-columns.ts).
    expect(outcomesFor('Use Case').map((o) => ('skip' in o ? o.skip : o.question.stem))).toEqual([
      'not enough distractors of the same kind',
      'not enough distractors of the same kind',
      'Which of CloudFront Functions and Lambda@Edge has the use case “Header rewrites”?',
      'Which of CloudFront Functions and Lambda@Edge has the use case “Dynamic content generation”?',
    ]);
    expect(outcomesFor('Purpose').map((o) => ('skip' in o ? o.skip : 'asked'))).toEqual(['table row repeats a value']);
  });
});

describe('a stem that names both columns', () => {
  it('is still dropped when a word outside those names gives the answer away', () => {
    const table = 'PUBLISH vs. LOGGER';
    const items: Item[] = [
      comparison(table, 'Can republish the original frame', [['PUBLISH', 'Yes'], ['LOGGER', 'No']]),
      comparison(table, 'Can keep the original frame', [['PUBLISH', 'No'], ['LOGGER', 'Yes']]),
    ];
    const context = buildContext(kb(items));
    const asked = (row: string) => comparisonQuestions(context.comparisons.find((c) => c.row === row)!, context).map((o) => ('question' in o ? o.question.stem : o.skip));
    expect(asked('Can keep the original frame')).toEqual(['Comparing PUBLISH and LOGGER, which can keep the original frame?']);
    expect(asked('Can republish the original frame')).toEqual(['a word of the answer stands in the stem']);
  });
});

describe('tables with the compared things as rows', () => {
  it('asks per cell, with the same column of the other rows as distractors', () => {
    const launch = (row: string, os: string, pricing: string) =>
      comparison('ECS launch types', row, [['Who manages the OS', os], ['Pricing', pricing]], { id: `launch-${row}` });
    const items = [launch('EC2', 'The customer', 'Per instance'), launch('Fargate', 'AWS', 'Per task resources'), launch('Outposts', 'A hardware partner', 'Per rack')];
    const context = buildContext(kb(items));
    const questions = comparisonQuestions(context.comparisons[1]!, context).flatMap((o) => ('question' in o ? [o.question] : []));
    expect(questions.map((q) => q.stem)).toEqual(['Who manages the OS for Fargate?', 'What is the pricing of Fargate?']);
    expect(questions[1]!.choices.slice().sort()).toEqual(['Per instance', 'Per rack', 'Per task resources']);
    expect(questions[1]!.choices[questions[1]!.answer]).toBe('Per task resources');
  });
});
