import { describe, expect, it } from 'vitest';
import { lowerFirstWord, lowerWords } from '../../src/questions/name-case.js';
import { NameIndex } from '../../src/questions/name-index.js';
import { containsWords } from '../../src/questions/text-tools.js';

const names = ['Lambda', 'Lambda@Edge', 'API Gateway', 'X-Ray', 'Route 53', 'S3', 'Amazon S3', 'Step Functions', 'CloudWatch Events', '.NET'];

describe('NameIndex', () => {
  const index = new NameIndex(names);

  it.each([
    'Lambda@Edge runs at the edge behind CloudFront',
    'the api gateway sends traces to x-ray',
    'Step  Functions* call **Lambda** and Amazon S3',
    'Route 53 and route 54',
    'nothing known here',
    'lambdas are not Lambda',
  ])('finds the names containsWords finds, in the given order: %s', (text) => {
    expect(index.namesIn(text)).toEqual(names.filter((name) => containsWords(text, name)));
  });

  it.each([
    ['Lambda runs code', true],
    ['Lambda@Edge runs code', true],
    ['Lambdas run code', false],
    ['lambda runs code', false],
    ['X-Ray daemon', true],
    ['X marks the spot', false],
    ['Route 53 resolves names', true],
    ['Route 66', false],
    ['.NET runtime', true],
  ] as const)('%s starts with a name: %s', (text, expected) => {
    expect(index.startsWithName(text)).toBe(expected);
  });
});

describe('lowerWords and lowerFirstWord with a set of names', () => {
  const set = new Set(names);

  it('keeps the words of names found in the text and lowers the rest', () => {
    expect(lowerWords('Global Services Behind API Gateway', set)).toBe('global services behind API Gateway');
    expect(lowerWords('Step Functions Workflows', set)).toBe('Step Functions workflows');
  });

  it('keeps a leading name and lowers a leading common word', () => {
    expect(lowerFirstWord('Lambda runs code', set)).toBe('Lambda runs code');
    expect(lowerFirstWord('Runs code near Lambda', set)).toBe('runs code near Lambda');
  });

  it('sees names added to the set after its first use', () => {
    const growing = new Set(['Lambda']);
    expect(lowerFirstWord('Fargate runs containers', growing)).toBe('fargate runs containers');
    growing.add('Fargate');
    expect(lowerFirstWord('Fargate runs containers', growing)).toBe('Fargate runs containers');
  });
});
