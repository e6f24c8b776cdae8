import { describe, expect, it } from 'vitest';
import { buildContext } from '../../src/questions/generation-context.js';
import { asQuestion, notesQuestions } from '../../src/questions/notes-question.js';
import { definition, kb, qa, serviceDefinitions } from './build-items.js';

function outcomeOf(item: ReturnType<typeof qa>) {
  const context = buildContext(kb([...serviceDefinitions(), definition('CloudFront', 'A content delivery network with edge locations worldwide'), item]));
  return notesQuestions(item, context);
}

describe('notes questions', () => {
  it('keeps the notes question and answer, with other services as distractors', () => {
    const item = qa('Which AWS service builds serverless workflows that can wait for a person to approve?', 'AWS Step Functions');
    const [outcome] = outcomeOf(item);
    const question = outcome && 'question' in outcome ? outcome.question : undefined;
    expect(question?.stem).toBe(item.question);
    expect(question?.choices[question.answer]).toBe('AWS Step Functions');
    expect(question?.choices).toHaveLength(4);
    expect(question?.choices).not.toContain('Step Functions');
  });

  it('shortens a long answer to the service it names and keeps the rest as explanation', () => {
    const item = qa('Which service should spread static S3 files to users around the world?', 'Amazon CloudFront is a content delivery network that serves data with low latency');
    const [outcome] = outcomeOf(item);
    const question = outcome && 'question' in outcome ? outcome.question : undefined;
    expect(question?.choices[question.answer]).toBe('CloudFront');
    expect(question?.explanation).toBe('Amazon CloudFront is a content delivery network that serves data with low latency.');
  });

  it('adds the line the notes give to explain their answer to what the reveal shows', () => {
    const item = qa('Which of these services has NO built-in cache?', 'Lambda', ['API Gateway', 'DynamoDB', 'CloudFront'], { explanation: 'API Gateway caches responses, DynamoDB has DAX' });
    const [outcome] = outcomeOf(item);
    const question = outcome && 'question' in outcome ? outcome.question : undefined;
    expect(question?.explanation).toBe('The notes answer: Lambda. API Gateway caches responses, DynamoDB has DAX.');
  });

  it('uses the notes options and asks a negative question only with them', () => {
    const withOptions = qa('Which of these services has NO built-in cache?', 'Lambda', ['API Gateway', 'DynamoDB', 'CloudFront']);
    const [outcome] = outcomeOf(withOptions);
    const question = outcome && 'question' in outcome ? outcome.question : undefined;
    expect(question?.choices.slice().sort()).toEqual(['API Gateway', 'CloudFront', 'DynamoDB', 'Lambda']);
    const without = qa('The following services have a built-in cache, EXCEPT .........', 'Lambda');
    expect(outcomeOf(without)).toEqual([{ skip: 'negative sample question without options', item: without }]);
  });

  it.each([
    ['The following services cache responses, EXCEPT .......', 'The following services cache responses, EXCEPT which one?'],
    ['Which service runs **containers** without servers?', 'Which service runs containers without servers?'],
    ['Fill in: Lambda runs for at most ____', undefined],
    ['Lambda limits', undefined],
  ])('turns %j into %j', (text, expected) => {
    expect(asQuestion(text)).toBe(expected);
  });
});
