import { describe, expect, it } from 'vitest';
import type { DefinitionItem, QuestionItem } from '../../src/knowledge/item.js';
import { buildFactDesk } from '../../src/lookup/build-fact-desk.js';
import { SAMPLE_ITEMS, bestOf, NOTES_LEXICON } from './sample-items.js';

const desk = buildFactDesk(SAMPLE_ITEMS, { lexicon: NOTES_LEXICON });

describe('/define', () => {
  it('says what the notes say a service is, with its other names and source', () => {
    const message = desk.define('eventbridge');
    expect(message.title).toBe('EventBridge');
    expect(message.body).toContain('serverless event bus');
    expect(message.body).toContain('Also known as: CloudWatch Events');
    expect(message.fields).toEqual([{ label: 'Source', value: 'glossary.txt:16 › EventBridge' }]);
  });

  it.each(['cloudwatch events', 'CloudWatch Event', 'event bridge', 'eventbrige'])(
    'finds EventBridge by %j',
    (query) => {
      expect(bestOf(desk.define(query))).toContain('event bus');
    },
  );

  it.each(['dynamodb', 'DynamoDB', 'dynamo db', 'dyanmodb', 'dynamo', 'what is dynamodb'])(
    'finds DynamoDB by %j',
    (query) => {
      expect(bestOf(desk.define(query))).toContain('NoSQL key/value');
    },
  );

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

  it('when the best answer leaves a word of the query out, the next thing shown answers it', () => {
    const caching: QuestionItem = {
      kind: 'qa',
      id: 'q-cache',
      topic: 'Serverless',
      question: 'Which of these services has no built-in caching feature?',
      answer: 'Lambda',
      options: [],
      explanation: 'API responses can be cached, DynamoDB has DAX',
      source: { file: 'samples.md', line: 7, section: ['Serverless', 'Samples'] },
    };
    const apiGateway: DefinitionItem = {
      kind: 'definition',
      id: 'd-apigw',
      topic: 'API Gateway',
      term: 'API Gateway',
      definition: 'Creates, publishes and secures REST, HTTP and WebSocket APIs',
      aliases: [],
      source: { file: 'glossary.txt', line: 30, section: ['API Gateway'] },
    };
    const without = buildFactDesk([...SAMPLE_ITEMS, apiGateway], { lexicon: NOTES_LEXICON });
    const withSample = buildFactDesk([...SAMPLE_ITEMS, apiGateway, caching], { lexicon: NOTES_LEXICON });
    const message = withSample.define('api gateway caching');
    expect(message.title).toBe('API Gateway');
    expect(message.body).toContain(
      '- Which of these services has no built-in caching feature? Lambda (API responses can be cached, DynamoDB has DAX) (samples.md:7 › Serverless › Samples)',
    );
    // Without the sample nothing speaks of caching, and no unrelated item is dragged in to fill the gap.
    expect(without.define('api gateway caching').title).toBe('API Gateway');
    expect(without.define('api gateway caching').body).not.toContain('cach');
  });

  it('names each definition shown under "Also", since no title says what it defines', () => {
    const concept = (term: string, text: string): DefinitionItem => ({
      kind: 'definition',
      id: `d-${term}`,
      topic: 'EventBridge',
      term,
      definition: text,
      aliases: [],
      source: { file: 'eventbridge.md', line: term.length, section: ['EventBridge', 'Concepts'] },
    });
    const withConcepts = buildFactDesk(
      [
        ...SAMPLE_ITEMS,
        concept('Event bus', 'Routes EventBridge events to targets'),
        concept('Rules', 'Match EventBridge events and pick targets'),
      ],
      { lexicon: NOTES_LEXICON },
    );
    const body = withConcepts.define('eventbridge').body;
    expect(body).toContain(
      '- Event bus: Routes EventBridge events to targets (eventbridge.md:9 › EventBridge › Concepts)',
    );
    expect(body).toContain(
      '- Rules: Match EventBridge events and pick targets (eventbridge.md:5 › EventBridge › Concepts)',
    );
  });

  it('says when nothing matches and suggests terms', () => {
    const message = desk.define('kubernetes operator');
    expect(message.body).toMatch(
      /^The notes don't say "kubernetes operator" \(no definition matched\)\. Nearest in the notes: \/define .+\.$/u,
    );
  });

  it('answers an empty query with a usage line and examples', () => {
    expect(desk.define('').body).toMatch(/^Usage: \/define <service or concept>.*For example: \/define /u);
  });
});
