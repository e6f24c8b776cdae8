import type { DefinitionItem, FactItem, Item, Quantity } from '../../src/knowledge/item.js';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Message } from '../../src/chat/message.js';
import { loadLexicon } from '../../src/knowledge/lexicon.js';

/** Hand-built items in the shape the notes parser gives, for lookup tests that do not need the parser. */

/** The shipped notes' lexicon (the base plus data/notes/lexicon.yaml): the field these samples come from. */
export const NOTES_LEXICON = loadLexicon(
  path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..', 'data', 'notes'),
);

const MB = 1024 ** 2;
const GB = 1024 ** 3;
let line = 0;

function q(
  dimension: Quantity['dimension'],
  min: number,
  max: number,
  unit: string,
  text: string,
  extra: Partial<Quantity> = {},
): Quantity {
  return { dimension, min, max, unit, bound: 'exact', text, ...extra };
}

function fact(
  topic: string,
  subject: string,
  attribute: string,
  text: string,
  quantity?: Quantity,
  file = 'lambda.md',
  section = [topic, 'Quotas'],
): FactItem {
  line += 1;
  return { kind: 'fact', id: `f${line}`, topic, subject, attribute, text, quantity, source: { file, line, section } };
}

function definition(
  topic: string,
  term: string,
  text: string,
  aliases: string[] = [],
  file = 'glossary.txt',
): DefinitionItem {
  line += 1;
  return {
    kind: 'definition',
    id: `d${line}`,
    topic,
    term,
    definition: text,
    aliases,
    source: { file, line, section: [topic] },
  };
}

const timeout = fact(
  'Lambda',
  'Lambda',
  'execution timeout',
  'Execution timeout: 15 minutes',
  q('duration', 900, 900, 'minutes', '15 minutes'),
);
export const memoryRange = fact(
  'Lambda',
  'Lambda quotas',
  'memory allocation',
  '128 MB - 10 GB memory allocation',
  q('size', 128 * MB, 10 * GB, 'MB', '128 MB - 10 GB'),
);
const memoryMax = fact(
  'Lambda',
  'Lambda',
  'memory',
  'Up to 10,240 MB memory, CPUs scale with memory',
  q('size', 10240 * MB, 10240 * MB, 'MB', 'Up to 10,240 MB', { bound: 'at-most' }),
);
const concurrency = fact(
  'Lambda',
  'Lambda quotas',
  'concurrent execution',
  '1K concurrent execution',
  q('count', 1000, 1000, 'executions', '1K'),
);
const tmp = fact(
  'Lambda',
  'Lambda quotas',
  '/tmp storage',
  '512 MB - 10 GB dist storage /tmp',
  q('size', 512 * MB, 10 * GB, 'MB', '512 MB - 10 GB'),
);
const envVars = fact(
  'Lambda',
  'Lambda quotas',
  'env variables',
  '4 KB for all env variables',
  q('size', 4096, 4096, 'KB', '4 KB'),
);
const zipped = fact(
  'Lambda',
  'Lambda quotas',
  'compressed deployment package size',
  'Compressed deployment package (.zip) size <= 50 MB',
  q('size', 50 * MB, 50 * MB, 'MB', '<= 50 MB', { bound: 'at-most' }),
);
const unzipped = fact(
  'Lambda',
  'Lambda quotas',
  'uncompressed deployment package',
  'Uncompressed deployment package must be <= 250 MB',
  q('size', 250 * MB, 250 * MB, 'MB', '<= 250 MB', { bound: 'at-most' }),
);
const payload = fact(
  'Lambda',
  'Lambda quotas',
  'request and response payload',
  'Request and response payload up to 6 MB',
  q('size', 6 * MB, 6 * MB, 'MB', 'up to 6 MB', { bound: 'at-most' }),
);
const streamed = fact(
  'Lambda',
  'Lambda quotas',
  'streamed responses',
  'Streamed responses up to 20 MB',
  q('size', 20 * MB, 20 * MB, 'MB', 'up to 20 MB', { bound: 'at-most' }),
);
const price = fact(
  'Lambda',
  'Lambda pricing',
  'price per request',
  'Beyond the free tier: $0.20 per 1M requests',
  q('money', 0.2, 0.2, '$', '$0.20 per 1M requests', { per: '1M requests' }),
  'pricing.md',
  ['Lambda', 'Pricing'],
);
const xrayPort = fact(
  'X-Ray',
  'X-Ray daemon',
  'port',
  'The X-Ray daemon listens on UDP port 2000',
  q('port', 2000, 2000, 'port', 'port 2000'),
  'xray.md',
  ['X-Ray', 'Daemon'],
);
const dynamoLatency = fact(
  'DynamoDB',
  'DynamoDB',
  'consistent data return',
  'Consistent data return in <1s at billions of records',
  q('duration', 1, 1, 's', '<1s', { bound: 'less-than' }),
  'dynamodb.md',
  ['DynamoDB'],
);
const acuMemory = fact(
  'Aurora Serverless',
  'ACU',
  'memory per ACU',
  'Each ACU : 2 GiB mem with matching CPU',
  q('size', 2 * GB, 2 * GB, 'GiB', '2 GiB'),
  'aurora.md',
  ['Aurora Serverless', 'Concepts'],
);
const vpcDefault = fact('Lambda', 'Lambda', 'vpc', 'Runs outside a VPC by default (memory is not a quantity here)');

const eventBridge = definition(
  'EventBridge',
  'EventBridge',
  'A serverless event bus that passes events from a source to an endpoint',
  ['CloudWatch Events'],
);
const dynamoDb = definition('DynamoDB', 'DynamoDB', 'A serverless NoSQL key/value and document database');
const lambda = definition('Lambda', 'AWS Lambda', 'A serverless functions service: run code without managing servers');
const userPools = definition(
  'Cognito',
  'Cognito User Pools',
  'User directory with sign-up, sign-in and password policies',
  ['CUP'],
);
const stepFunctions = definition(
  'Step Functions',
  'Step Functions',
  'A state machine service that coordinates AWS services into serverless workflows',
);
const xray = definition('X-Ray', 'X-Ray', 'Collects application data for insights about requests and responses');

line += 1;
const globalServices: Item = {
  kind: 'list',
  id: 'l1',
  topic: 'Regions',
  title: 'Global services (no region concept)',
  members: ['Route 53', 'CloudFront', 'IAM', 'AWS Organizations'],
  source: { file: 'regions.txt', line, section: ['Regions', 'Global services'] },
};
line += 1;
const latencyRow: Item = {
  kind: 'comparison',
  id: 'c1',
  topic: 'CloudFront',
  title: 'CloudFront Functions vs. Lambda@Edge',
  row: 'Latency',
  values: [
    { column: 'CloudFront Functions', value: 'Low' },
    { column: 'Lambda@Edge', value: 'Higher' },
  ],
  source: { file: 'edge.md', line, section: ['Edge'] },
};

export const SAMPLE_ITEMS: Item[] = [
  timeout,
  memoryRange,
  memoryMax,
  concurrency,
  tmp,
  envVars,
  zipped,
  unzipped,
  payload,
  streamed,
  price,
  xrayPort,
  dynamoLatency,
  acuMemory,
  vpcDefault,
  eventBridge,
  dynamoDb,
  lambda,
  userPools,
  stepFunctions,
  xray,
  globalServices,
  latencyRow,
];

/** Everything a person would see of a message, as one string (what the console adapter prints). */
export function textOf(message: Message): string {
  return [message.title, message.body, ...(message.fields ?? []).map((f) => `${f.label}: ${f.value}`), message.context]
    .filter((part): part is string => typeof part === 'string')
    .join('\n');
}

/** The first paragraph of the body and the title: the best answer, without the "Also:" alternatives. */
export function bestOf(message: Message): string {
  return `${message.title ?? ''}\n${message.body.split('\n\nAlso:')[0] ?? ''}`;
}
