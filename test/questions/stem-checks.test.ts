import { describe, expect, it } from 'vitest';
import { answerInStem, checkChoices, checkStem, choiceShape } from '../../src/questions/stem-checks.js';

describe('checkStem', () => {
  it.each([
    ['What is the maximum execution time of a Lambda function?', undefined],
    ['Comparing CloudFront Functions and Lambda@Edge, which has higher latency?', undefined],
    ['Which of these matches the description “In-memory caching for DynamoDB”?', undefined],
    ['what is the timeout for Lambda?', 'stem does not start with a capital letter'],
    ['What is the timeout for Lambda', 'stem does not end with a question mark'],
    ['What is the timeout for Lambda ?', 'stem does not end with a question mark'],
    ['What? Is the timeout for Lambda?', 'stem has more than one question'],
    ['What is the **timeout** for Lambda?', 'stem contains markdown'],
    ['What is the `timeout` for Lambda?', 'stem contains markdown'],
    ['What is the  timeout for Lambda?', 'stem has doubled spaces'],
    ['What is the the timeout for Lambda?', 'stem repeats a word'],
    ['What is the up to 10, 240 MB memory for Lambda?', 'stem contains a raw note fragment'],
    ['What is the memory - CPUs scale with memory for Lambda?', 'stem contains a raw note fragment'],
    ['What is the Runtime : Node for Lambda?', 'stem contains a raw note fragment'],
    ['Lambda limits?', 'stem is too short'],
  ])('%j → %s', (stem, problem) => {
    expect(checkStem(stem)).toBe(problem);
  });
});

describe('answerInStem', () => {
  it.each([
    ['Which of these is a serverless event bus?', 'EventBridge', false],
    ['Which of these describes EventBridge?', 'EventBridge', true],
    ['Which service coordinates AWS Step Function workflows?', 'Step Functions', true],
    ['Which of these is a global service?', 'Global Accelerator', false],
    ['Which of these serves DynamoDB tables from memory?', 'DynamoDB Accelerator', false],
  ])('%j with answer %j → %s', (stem, answer, leaks) => {
    expect(answerInStem(stem, answer)).toBe(leaks);
  });
});

describe('choices', () => {
  it.each([
    ['15 minutes', 'number'],
    ['$0.20 per 1M requests', 'number'],
    ['port 2000', 'number'],
    ['Route 53', 'name'],
    ['AWS Global Accelerator', 'name'],
    ['Replicate objects between regions for disaster recovery', 'phrase'],
  ])('%j has the shape %s', (choice, shape) => {
    expect(choiceShape(choice)).toBe(shape);
  });

  it.each([
    [['Route 53', 'IAM', 'CloudFront'], 'name', undefined],
    [['Route 53', 'IAM'], 'name', 'fewer than 3 choices'],
    [['Route 53', ' route  53 ', 'IAM'], 'name', 'duplicate choices'],
    [['Route 53', '', 'IAM'], 'name', 'empty choice'],
    [['Route 53', '15 minutes', 'IAM'], 'name', 'choices of mixed kinds'],
    [['A CDN for static files', '15 minutes', 'IAM'], 'text', 'choices of mixed kinds'],
    [['A CDN for static files', 'Identity and access management for users and roles', 'IAM'], 'text', undefined],
    [['**Route 53**', 'IAM', 'CloudFront'], 'name', 'choice contains markdown'],
  ] as const)('%j as %s → %s', (choices, shape, problem) => {
    expect(checkChoices(choices, shape)).toBe(problem);
  });
});
