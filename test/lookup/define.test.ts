import { describe, expect, it } from 'vitest';
import { buildFactDesk } from '../../src/lookup/build-fact-desk.js';
import { SAMPLE_ITEMS, bestOf } from './sample-items.js';

const desk = buildFactDesk(SAMPLE_ITEMS);

describe('/define', () => {
  it('says what the notes say a service is, with its other names and source', () => {
    const message = desk.define('eventbridge');
    expect(message.title).toBe('EventBridge');
    expect(message.body).toContain('serverless event bus');
    expect(message.body).toContain('Also known as: CloudWatch Events');
    expect(message.fields).toEqual([{ label: 'Source', value: 'glossary.txt:16 › EventBridge' }]);
  });

  it.each(['cloudwatch events', 'CloudWatch Event', 'event bridge', 'eventbrige'])('finds EventBridge by %j', (query) => {
    expect(bestOf(desk.define(query))).toContain('event bus');
  });

  it.each(['dynamodb', 'DynamoDB', 'dynamo db', 'dyanmodb', 'dynamo', 'what is dynamodb'])('finds DynamoDB by %j', (query) => {
    expect(bestOf(desk.define(query))).toContain('NoSQL key/value');
  });

  it.each([
    ['lambda', 'serverless functions service'],
    ['aws lambda', 'serverless functions service'],
    ['cup', 'password policies'],
    ['cognito user pools', 'password policies'],
    ['step functions', 'state machine'],
    ['state machine', 'state machine'],
    ['x-ray', 'application data'],
    ['xray', 'application data'],
  ])('/define %s', (query, expected) => {
    expect(bestOf(desk.define(query))).toContain(expected);
  });

  it('falls back to lists and table rows when no definition names the words', () => {
    expect(bestOf(desk.define('global services'))).toContain('Route 53, CloudFront, IAM');
    expect(bestOf(desk.define('latency'))).toContain('CloudFront Functions: Low; Lambda@Edge: Higher');
  });

  it('prefers a definition to a fact that mentions the same service', () => {
    expect(desk.define('lambda').title).toBe('AWS Lambda');
  });

  it('says when nothing matches and suggests terms', () => {
    const message = desk.define('kubernetes operator');
    expect(message.body).toMatch(/^No definition matched "kubernetes operator"\. Try: .+\.$/u);
  });

  it('answers an empty query with a usage line and examples', () => {
    expect(desk.define('').body).toMatch(/^Usage: \/define <service or concept>.*For example: \/define /u);
  });
});
