import { describe, expect, it } from 'vitest';
import { keyedMeasure } from '../../src/knowledge/keyed-measure.js';
import { findQuantities } from '../../src/knowledge/parse-quantity.js';

const read = (key: string, value: string) => keyedMeasure(key, value, findQuantities(value)[0]!);

describe('keyedMeasure', () => {
  it.each([
    ['treasury bill', 'maturity < 1 year', { subject: 'treasury bill', attribute: 'maturity' }],
    ['basic tier', 'retention 7 days', { subject: 'basic tier', attribute: 'retention' }],
    ['edge node', 'memory up to 64 GB', { subject: 'edge node', attribute: 'memory' }],
  ])('reads "%s: %s" as a fact about the key', (key, value, expected) => {
    expect(read(key, value)).toEqual(expected);
  });

  it.each([
    ['Timeout', '15 minutes', 'the key names the measure itself'],
    ['etcd', 'retention 5 days', 'one lower-case word may be a program'],
    ['Basic Tier', 'retention 7 days', 'a name keeps its own reading'],
    ['pricing', 'storage $0.02 per GB', 'money is no measure noun'],
    ['cold tier', 'billed after 30 days', 'the value does not open with a measure noun'],
    ['capital market', 'maturity > 1 year', 'a lower bound would be asked as a minimum'],
  ])('leaves "%s: %s" alone (%s)', (key, value) => {
    expect(read(key, value)).toBeUndefined();
  });
});
