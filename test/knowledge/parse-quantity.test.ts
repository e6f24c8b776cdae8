import { describe, expect, it } from 'vitest';
import { findQuantities, formatQuantity, parseQuantity, sameQuantity } from '../../src/knowledge/parse-quantity.js';

const MB = 1024 ** 2;
const GB = 1024 ** 3;

type Row = [
  text: string,
  expected: {
    text: string;
    dimension: string;
    min: number;
    max?: number;
    unit: string;
    bound?: string;
    per?: string;
    formatted?: string;
  },
];

const rows: Row[] = [
  [
    '900 seconds (15minutes) execution length',
    {
      text: '900 seconds (15minutes)',
      dimension: 'duration',
      min: 900,
      unit: 's',
      formatted: '900 seconds (15 minutes)',
    },
  ],
  [
    'Execution timeout: 15 minutes.',
    { text: '15 minutes', dimension: 'duration', min: 900, unit: 'minutes', formatted: '15 minutes (900 seconds)' },
  ],
  ['runs for 15 min', { text: '15 min', dimension: 'duration', min: 900, unit: 'minutes' }],
  ['a 15-minute timeout', { text: '15-minute', dimension: 'duration', min: 900, unit: 'minutes' }],
  [
    'rounded to nearest 100ms.',
    { text: '100ms', dimension: 'duration', min: 0.1, unit: 'ms', formatted: '100 ms (0.1 seconds)' },
  ],
  ['for 100 ms', { text: '100 ms', dimension: 'duration', min: 0.1, unit: 'ms' }],
  [
    'data return in <1s.',
    { text: '<1s', dimension: 'duration', min: 1, unit: 's', bound: 'less-than', formatted: 'less than 1 second' },
  ],
  ['waits 30 sec', { text: '30 sec', dimension: 'duration', min: 30, unit: 's' }],
  [
    'kept 24 hours',
    { text: '24 hours', dimension: 'duration', min: 86_400, unit: 'hours', formatted: '24 hours (86,400 seconds)' },
  ],
  // Beyond a day, seconds help no reader: "14 days", never "14 days (1,209,600 seconds)".
  ['kept 14 days', { text: '14 days', dimension: 'duration', min: 1_209_600, unit: 'days', formatted: '14 days' }],
  [
    'takes 10–20 seconds',
    { text: '10–20 seconds', dimension: 'duration', min: 10, max: 20, unit: 's', formatted: '10 to 20 seconds' },
  ],
  ['takes 1-5 minutes', { text: '1-5 minutes', dimension: 'duration', min: 60, max: 300, unit: 'minutes' }],
  [
    'Up to 10, 240 MB Memory - CPUs scale with memory',
    {
      text: 'Up to 10, 240 MB',
      dimension: 'size',
      min: 10 * GB,
      unit: 'MB',
      bound: 'at-most',
      formatted: 'up to 10,240 MB (10 GB)',
    },
  ],
  [
    'Memory: 10,240 MB',
    { text: '10,240 MB', dimension: 'size', min: 10 * GB, unit: 'MB', formatted: '10,240 MB (10 GB)' },
  ],
  [
    'up to 10 GB of memory',
    {
      text: 'up to 10 GB',
      dimension: 'size',
      min: 10 * GB,
      unit: 'GB',
      bound: 'at-most',
      formatted: 'up to 10 GB (10,240 MB)',
    },
  ],
  [
    '512 MB - 10 GB dist storage /tmp',
    {
      text: '512 MB - 10 GB',
      dimension: 'size',
      min: 512 * MB,
      max: 10 * GB,
      unit: 'GB',
      formatted: '512 MB to 10 GB',
    },
  ],
  [
    '128 MB to 10 GB memory allocation',
    { text: '128 MB to 10 GB', dimension: 'size', min: 128 * MB, max: 10 * GB, unit: 'GB' },
  ],
  ['128 MB – 10 GB', { text: '128 MB – 10 GB', dimension: 'size', min: 128 * MB, max: 10 * GB, unit: 'GB' }],
  [
    'package siez <= 50 MB',
    { text: '<= 50 MB', dimension: 'size', min: 50 * MB, unit: 'MB', bound: 'at-most', formatted: 'up to 50 MB' },
  ],
  ['must be ≤ 250 MB', { text: '≤ 250 MB', dimension: 'size', min: 250 * MB, unit: 'MB', bound: 'at-most' }],
  ['4 KB for all env variables', { text: '4 KB', dimension: 'size', min: 4096, unit: 'KB', formatted: '4 KB' }],
  [
    'Each ACU : 2 GiB mem',
    { text: '2 GiB', dimension: 'size', min: 2 * GB, unit: 'GiB', formatted: '2 GiB (2,048 MiB)' },
  ],
  ['a 1 TB volume', { text: '1 TB', dimension: 'size', min: 1024 * GB, unit: 'TB' }],
  ['lowercase 10gb works', { text: '10gb', dimension: 'size', min: 10 * GB, unit: 'GB' }],
  ['payload up to 6 MB', { text: 'up to 6 MB', dimension: 'size', min: 6 * MB, unit: 'MB', bound: 'at-most' }],
  ['10 GB max', { text: '10 GB max', dimension: 'size', min: 10 * GB, unit: 'GB', bound: 'at-most' }],
  ['1K', { text: '1K', dimension: 'count', min: 1000, unit: '', formatted: '1,000 (1K)' }],
  ['1M', { text: '1M', dimension: 'count', min: 1_000_000, unit: '' }],
  [
    '1K concurrent execution',
    {
      text: '1K concurrent execution',
      dimension: 'count',
      min: 1000,
      unit: 'executions',
      formatted: '1,000 executions (1K)',
    },
  ],
  [
    '1,000 concurrent executions (can be increased)',
    { text: '1,000 concurrent executions', dimension: 'count', min: 1000, unit: 'executions' },
  ],
  ['Free tier 1M request, then pay', { text: '1M request', dimension: 'count', min: 1e6, unit: 'requests' }],
  [
    '400K GBs of compute',
    { text: '400K GBs', dimension: 'count', min: 400_000, unit: 'GB-seconds', formatted: '400,000 GB-seconds (400K)' },
  ],
  [
    '400,000 GB-seconds of compute',
    { text: '400,000 GB-seconds', dimension: 'count', min: 400_000, unit: 'GB-seconds' },
  ],
  ['6 copies of data', { text: '6 copies', dimension: 'count', min: 6, unit: 'copies' }],
  ['across 3 AZ', { text: '3 AZ', dimension: 'count', min: 3, unit: 'AZ', formatted: '3 AZ' }],
  [
    '$0.20 per 1M requests',
    {
      text: '$0.20 per 1M requests',
      dimension: 'money',
      min: 0.2,
      unit: '$',
      per: '1M requests',
      formatted: '$0.20 per 1M requests',
    },
  ],
  [
    '$0.00001667 per GB-second.',
    {
      text: '$0.00001667 per GB-second',
      dimension: 'money',
      min: 0.00001667,
      unit: '$',
      per: 'GB-second',
      formatted: '$0.00001667 per GB-second',
    },
  ],
  [
    'costs $5/month',
    { text: '$5/month', dimension: 'money', min: 5, unit: '$', per: 'month', formatted: '$5.00 per month' },
  ],
  ['Costs around $0.20.', { text: '$0.20', dimension: 'money', min: 0.2, unit: '$' }],
  [
    'Listen to port 2000, collects raw data',
    { text: 'port 2000', dimension: 'port', min: 2000, unit: 'port', formatted: 'port 2000' },
  ],
  ['UDP port 2000', { text: 'UDP port 2000', dimension: 'port', min: 2000, unit: 'port', formatted: 'UDP port 2000' }],
  ['ports 1024-65535', { text: 'ports 1024-65535', dimension: 'port', min: 1024, max: 65_535, unit: 'port' }],
  ['Open port TCP 8443 to reach the portal', { text: 'port TCP 8443', dimension: 'port', min: 8443, unit: 'port' }],
];

describe('findQuantities: one quantity per statement', () => {
  it.each(rows)('%s', (text, expected) => {
    const found = findQuantities(text);
    expect(found).toHaveLength(1);
    const q = found[0]!;
    expect(q.text).toBe(expected.text);
    expect(q.dimension).toBe(expected.dimension);
    expect(q.min).toBeCloseTo(expected.min, 10);
    expect(q.max).toBeCloseTo(expected.max ?? expected.min, 10);
    expect(q.unit).toBe(expected.unit);
    expect(q.bound).toBe(expected.bound ?? 'exact');
    expect(q.per).toBe(expected.per);
    if (expected.formatted) expect(formatQuantity(q)).toBe(expected.formatted);
  });
});

describe('findQuantities: not quantities', () => {
  it.each([
    'Manage up to 1000s of containers',
    'up to thousands (1000s) of containers',
    '2 Options',
    'Use case 1',
    'EC2 and S3 and k8s',
    'Python 3.12 and Node.js 20.x',
    'HTTP/2 and TLS 1.2.3',
    'runs in us-east-1',
    'Set min and max ACUs',
    'Version 2 of the API',
    '',
  ])('%j', (text) => {
    expect(findQuantities(text)).toEqual([]);
  });
});

describe('findQuantities: several in one statement', () => {
  it('reads the price list in order', () => {
    const found = findQuantities('Beyond free tier: $0.20 per 1M requests and $0.00001667 per GB-second.');
    expect(found.map((q) => q.text)).toEqual(['$0.20 per 1M requests', '$0.00001667 per GB-second']);
  });
  it('reads the pricing example', () => {
    const found = findQuantities('1M requests at 512 MB memory for 100 ms: Costs around $0.20.');
    expect(found.map((q) => `${q.dimension}:${q.text}`)).toEqual([
      'count:1M requests',
      'size:512 MB',
      'duration:100 ms',
      'money:$0.20',
    ]);
  });
  it('keeps two counts apart', () => {
    expect(findQuantities('6 copies of data across 3 AZ').map((q) => q.text)).toEqual(['6 copies', '3 AZ']);
  });
  it('does not merge a different bracketed quantity', () => {
    expect(findQuantities('5 minutes (600 seconds)').map((q) => q.text)).toEqual(['5 minutes', '600 seconds']);
  });
});

describe('sameQuantity', () => {
  const q = (text: string) => parseQuantity(text)!;
  it.each([
    ['15 minutes', '900 seconds', true],
    ['10,240 MB', '10 GB', true],
    ['Up to 10, 240 MB', '10 GB', true],
    ['400K GBs', '400,000 GB-seconds', true],
    ['1K concurrent execution', '1,000 concurrent executions', true],
    ['1M request', '1,000,000 requests', true],
    ['$0.20 per 1M requests', '$0.20 per 1M request', true],
    ['128 MB to 10 GB', '128 MB - 10,240 MB', true],
    ['15 minutes', '15 seconds', false],
    ['10 GB', '10 GiB', true],
    ['1 GB', '1,000 MB', false],
    ['1K requests', '1K executions', false],
    ['port 2000', '2000 seconds', false],
    ['$0.20 per 1M requests', '$0.20 per GB-second', false],
  ] as const)('%s vs %s → %s', (a, b, same) => {
    expect(sameQuantity(q(a), q(b))).toBe(same);
  });
});

describe('parseQuantity', () => {
  it('returns the first quantity or undefined', () => {
    expect(parseQuantity('memory 128 MB to 10 GB, timeout 15 minutes')?.text).toBe('128 MB to 10 GB');
    expect(parseQuantity('no numbers here')).toBeUndefined();
  });
});
