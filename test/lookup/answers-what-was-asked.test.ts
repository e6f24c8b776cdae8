import { describe, expect, it } from 'vitest';
import type { DefinitionItem, FactItem, Item, Quantity, UseCaseItem } from '../../src/knowledge/item.js';
import { baseLexiconOnly, mergeLexicons } from '../../src/knowledge/lexicon.js';
import { buildFactDesk } from '../../src/lookup/build-fact-desk.js';
import { isTypableLabel } from '../../src/lookup/typable-label.js';
import { bestOf, textOf } from './sample-items.js';

// Items written here, in the shapes the notes parser gives (see src/knowledge/item.ts), for the
// patterns of issue 11: subject first, qualifiers stated, definitions over tips, typable suggestions.

let line = 0;
const DAY = 86_400;

function q(
  dimension: Quantity['dimension'],
  value: number,
  unit: string,
  text: string,
  extra: Partial<Quantity> = {},
): Quantity {
  return { dimension, min: value, max: value, unit, bound: 'exact', text, ...extra };
}

function fact(
  subject: string,
  attribute: string,
  text: string,
  quantity: Quantity | undefined,
  extra: Partial<FactItem> = {},
  section = [subject],
): FactItem {
  line += 1;
  return {
    kind: 'fact',
    id: `t${line}`,
    topic: subject,
    subject,
    attribute,
    text,
    quantity,
    source: { file: 'cloud.md', line, section },
    ...extra,
  };
}

function definition(term: string, text: string, section = [term]): DefinitionItem {
  line += 1;
  return {
    kind: 'definition',
    id: `t${line}`,
    topic: term,
    term,
    definition: text,
    aliases: [],
    source: { file: 'glossary.md', line, section },
  };
}

const coldline = fact(
  'Coldline',
  'minimum storage duration',
  'Coldline: minimum storage duration 90 days',
  q('duration', 90 * DAY, 'days', '90 days'),
  {},
  ['Storage classes', 'Coldline'],
);
const archive = fact(
  'Archive storage',
  'minimum storage duration',
  'Archive: minimum storage duration 365 days',
  q('duration', 365 * DAY, 'days', '365 days'),
  {},
  ['Storage classes', 'Archive storage'],
);
const functionsBilling = fact(
  'Cloud Functions',
  'billing granularity',
  'Cloud Functions are billed in 100 ms increments',
  q('duration', 0.1, 'ms', '100 ms'),
);
const functionsMemory = fact(
  'Cloud Functions',
  'memory',
  'Cloud Functions memory: up to 32 GiB',
  q('size', 32 * 1024 ** 3, 'GiB', 'up to 32 GiB', { bound: 'at-most' }),
  { role: 'maximum' },
);
const runTimeout = fact(
  'Cloud Run',
  'request timeout',
  'Cloud Run request timeout: 60 minutes',
  q('duration', 3600, 'minutes', '60 minutes'),
);

const retentionDefault = fact(
  'Kinesis Data Streams',
  'retention',
  'Retention defaults to 24 hours',
  q('duration', 24 * 3600, 'hours', '24 hours'),
  { role: 'default' },
);
const retentionMax = fact(
  'Kinesis Data Streams',
  'retention',
  'Retention can be raised up to 365 days',
  q('duration', 365 * DAY, 'days', '365 days'),
  { role: 'maximum' },
);
const sendRate = fact(
  'FIFO queues',
  'throughput',
  'FIFO queues: 300 messages per second',
  q('count', 300, 'messages', '300 messages'),
  { conditions: ['per second'] },
);
const batchedRate = fact(
  'FIFO queues',
  'throughput',
  'With batching, 3,000 messages per second',
  q('count', 3000, 'messages', '3,000 messages'),
  { conditions: ['per second', 'with batching'] },
);
const notWords = fact(
  'Header',
  'length',
  'The length is measured in bytes, not 4-byte words',
  q('size', 4, 'bytes', '4-byte'),
  { negated: true },
);
const headerLength = fact('Header', 'length', 'The header length field is 2 bytes', q('size', 2, 'bytes', '2 bytes'));
const exampleAlarm = fact(
  'Alarms',
  'threshold',
  'e.g. alarm at 10 % errors for 5 minutes',
  q('duration', 300, 'minutes', '5 minutes'),
  { role: 'example' },
);
const alarmPeriod = fact(
  'Alarms',
  'threshold',
  'Alarms evaluate over periods of at least 10 seconds',
  q('duration', 10, 'seconds', '10 seconds'),
  { role: 'minimum' },
);

const LIMIT_ITEMS: Item[] = [
  coldline,
  archive,
  functionsBilling,
  functionsMemory,
  runTimeout,
  retentionDefault,
  retentionMax,
  sendRate,
  batchedRate,
  notWords,
  headerLength,
  exampleAlarm,
  alarmPeriod,
];

describe('/limit answers about the subject asked, or says the notes do not say', () => {
  const desk = buildFactDesk(LIMIT_ITEMS);

  it('does not answer one storage class with another', () => {
    expect(desk.limit('nearline minimum storage duration').body).toMatch(
      /^The notes don't say "nearline minimum storage duration"/u,
    );
    expect(bestOf(desk.limit('coldline minimum storage duration'))).toContain('90 days');
    expect(bestOf(desk.limit('archive storage minimum duration'))).toContain('365 days');
  });

  it('does not answer a service with another service that shares a word or an attribute', () => {
    const reply = desk.limit('cloud run memory').body;
    expect(reply).toMatch(/^The notes don't say/u);
    expect(reply).not.toContain('100 ms');
    expect(reply).not.toContain('32 GiB');
    expect(bestOf(desk.limit('cloud functions memory'))).toContain('32 GiB');
  });

  it('suggests the nearest labels the notes do hold after a miss', () => {
    expect(desk.limit('cloud run memory').body).toMatch(/Nearest in the notes: .*\/limit cloud run request timeout/u);
  });
});

describe('/limit states what qualifies a value', () => {
  const desk = buildFactDesk(LIMIT_ITEMS);

  it('gives the default with the maximum beside it', () => {
    const first = desk.limit('kinesis retention').body.split('\n')[0];
    expect(first).toBe('24 hours by default, up to 365 days');
  });

  it('prefers the default when asked for it, and the maximum when asked for the max or the limit', () => {
    expect(desk.limit('kinesis retention default').body.split('\n')[0]).toMatch(/^24 hours by default/u);
    expect(desk.limit('kinesis max retention').body.split('\n')[0]).toMatch(/^up to 365 days/u);
    expect(desk.limit('kinesis retention limit').body.split('\n')[0]).toMatch(/^up to 365 days/u);
  });

  it('keeps a rate with its condition', () => {
    const first = desk.limit('fifo throughput').body.split('\n')[0];
    expect(first).toMatch(/^300 messages per second, 3,000 messages (per second, )?with batching$/u);
  });

  it('never answers with a denied value or an example when the notes state the rule', () => {
    expect(desk.limit('header length').body.split('\n')[0]).toMatch(/^2 bytes/u);
    expect(desk.limit('alarm threshold').body.split('\n')[0]).toMatch(/^at least 10 seconds/u);
  });
});

describe('/define prefers what a term is over what is said about it', () => {
  const checklist = definition('Deployment', 'Understand the difference between Deployment and StatefulSet', [
    'Exam checklist',
  ]);
  const deployment = definition(
    'Deployment',
    'A Deployment keeps a set of identical pods running and rolls out changes to them',
    ['Workloads', 'Deployment'],
  );
  const step = definition(
    'Dead-letter queue',
    'In the console, enable it and then choose the ARN of the target queue',
    ['Demo'],
  );
  const deadLetter = definition(
    'Dead-letter queue',
    'A dead-letter queue is a queue that holds the messages other queues could not process',
    ['Queues'],
  );
  const example = definition('Backoff', 'For example, retry after 1, 2, then 4 seconds', ['Retries']);
  const backoff = definition('Backoff', 'Backoff is waiting longer between each retry', ['Retries']);
  const mention = fact('Edge devices', 'snowball', 'Snowball Edge can be clustered for more storage', undefined, {}, [
    'Edge devices',
  ]);
  const own = fact(
    'Edge devices',
    '',
    'Rugged box for computing and storage where there is no data centre',
    undefined,
    {},
    ['Edge devices', 'Snowball Edge'],
  );
  const useCase: UseCaseItem = {
    kind: 'usecase',
    id: 'u1',
    topic: 'Dead-letter queue',
    subject: 'Dead-letter queue',
    situation: 'finding the messages a consumer keeps failing on',
    source: { file: 'queues.md', line: 90, section: ['Queues'] },
  };
  const desk = buildFactDesk([checklist, deployment, step, deadLetter, example, backoff, mention, own, useCase]);

  it.each([
    ['deployment', 'keeps a set of identical pods'],
    ['dead-letter queue', 'holds the messages other queues could not process'],
    ['backoff', 'waiting longer between each retry'],
  ])('/define %s starts with the definition, not a checklist line, a demo step or an example', (query, expected) => {
    expect(desk.define(query).body.split('\n')[0]).toContain(expected);
  });

  it("puts a term's own section before a mention elsewhere", () => {
    expect(desk.define('snowball edge').body.split('\n')[0]).toContain('Rugged box');
  });

  it('among mere mentions of a term, prefers the line that opens with it', () => {
    const replicas = definition(
      'Geo-replication',
      'Copies go to a second region; reads there start once the provider initiates a failover',
    );
    const initiative = fact(
      'Policies',
      '',
      'An initiative bundles several policy rules so they are assigned together',
      undefined,
      {},
      ['Governance', 'Policies'],
    );
    const mentions = buildFactDesk([replicas, initiative]);
    expect(mentions.define('initiative').body.split('\n')[0]).toContain('bundles several policy rules');
  });

  it('shows what the notes say to use a term for under its definition', () => {
    expect(textOf(desk.define('dead-letter queue'))).toContain(
      'Use it for: finding the messages a consumer keeps failing on',
    );
  });
});

describe('suggestions and autocomplete offer only labels a person would type', () => {
  it.each([
    ['lambda timeout', true],
    ['lambda /tmp storage', true],
    ['eventbridge', true],
    ['vpc --boot-disk-type pd-standard', false],
    ['$ kubectl get pods', false],
    ['lv-a vg-a /dev/vdb2', false],
    ['13.2 ethernet frames', false],
    ['partitions can have 8zib', false],
    ['disaster recovery planning fromt he time a', false],
    ['list create and delete partitions on mbr and gpt disks', false],
    ['dosing nomograms after', false],
  ])('%j typable: %s', (label, typable) => {
    expect(isTypableLabel(label)).toBe(typable);
  });

  it('leaves command lines and chapter numbers out of autocomplete and "nearest" lists', () => {
    const flags = fact(
      'VPC',
      '--boot-disk-type pd-standard',
      'gcloud compute instances create vm1 --boot-disk-type pd-standard 10 GB',
      q('size', 10 * 1024 ** 3, 'GB', '10 GB'),
    );
    const chapter = fact('13.2', 'frames', 'Frames up to 1,500 bytes', q('size', 1500, 'bytes', '1,500 bytes'));
    const mtu = fact('Ethernet', 'mtu', 'Ethernet MTU: 1,500 bytes', q('size', 1500, 'bytes', '1,500 bytes'));
    const desk = buildFactDesk([flags, chapter, mtu]);
    const offered = [
      ...desk.complete('limit', 'vpc'),
      ...desk.complete('limit', 'fram'),
      desk.limit('vpc gpu count').body,
    ];
    expect(offered.join(' | ')).not.toMatch(/--boot|13\.2/u);
    expect(desk.complete('limit', 'ether')).toEqual(['ethernet mtu']);
  });
});

describe('synonyms and misspellings come from the lexicon', () => {
  const blob = fact(
    'Blob storage',
    'object size',
    'A block blob can hold up to 190.7 TiB',
    q('size', 190.7 * 1024 ** 4, 'TiB', '190.7 TiB', { bound: 'at-most' }),
  );
  const lexicon = mergeLexicons(baseLexiconOnly(), {
    synonyms: [{ canonical: 'blob storage', variants: ['bucket storage'] }],
    spellings: { stroage: 'storage' },
  });

  it('meets a variant only when the lexicon holds it', () => {
    expect(bestOf(buildFactDesk([blob], { lexicon }).limit('bucket storage object size'))).toContain('190.7 TiB');
    expect(buildFactDesk([blob]).limit('bucket storage object size').body).toMatch(/^The notes don't say/u);
  });

  it("mends the lexicon's misspellings before searching", () => {
    expect(bestOf(buildFactDesk([blob], { lexicon }).limit('blob stroage object size'))).toContain('190.7 TiB');
  });
});

describe('a lookup that fails on our side', () => {
  it('is reported with the error itself and apologised for without blaming the query', () => {
    const errors: unknown[] = [];
    const broken = {
      ...coldline,
      source: {
        file: 'x.md',
        section: [],
        get line(): number {
          throw new Error('boom');
        },
      },
    };
    const desk = buildFactDesk([broken], { onError: (error) => errors.push(error) });
    const reply = desk.limit('coldline minimum storage duration').body;
    expect(reply).toMatch(/^Sorry, something went wrong on my side/u);
    expect(reply).not.toMatch(/fewer|simpler|try other words/iu);
    expect(errors).toHaveLength(1);
    expect((errors[0] as Error).stack).toContain('boom');
  });
});
