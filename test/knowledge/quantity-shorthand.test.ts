import { describe, expect, it } from 'vitest';
import { bareValueQuantity, findQuantities } from '../../src/knowledge/parse-quantity.js';

const read = (text: string): string[] => findQuantities(text).map((q) => `${q.dimension}:${q.min}-${q.max} ${q.unit}`);

describe('numbers the notes write in shorthand', () => {
  it('reads a capital B after a space at the end of a clause as bytes, and no other B', () => {
    expect(read('The largest row key is 600 B.')).toEqual(['size:600-600 bytes']);
    expect(read('Each header may hold 250 B, more is refused')).toEqual(['size:250-250 bytes']);
    expect(read('served 3 B users last year')).toEqual([]);
    expect(read('a 7B model')).toEqual([]);
  });

  it('reads kilobytes, megabytes and gigabytes spelled out, and merges the bracketed equal', () => {
    expect(read('signs at most 8 kilobytes (8192 bytes) of payload')).toEqual(['size:8192-8192 KB']);
    expect(read('a 2 gigabytes swap file')).toEqual(['size:2147483648-2147483648 GB']);
  });

  it('reads "4d" and "5m" as days and minutes only where the words speak of a time', () => {
    expect(read('--lease-timeout: time before a lease lapses (default 5m)')).toEqual(['duration:300-300 minutes']);
    expect(read('Job retention 3d,1m,9d')).toEqual([
      'duration:259200-259200 days',
      'duration:60-60 minutes',
      'duration:777600-777600 days',
    ]);
    expect(read('cpu request: 250m')).toEqual([]);
    expect(read('print a 3d model')).toEqual([]);
    expect(bareValueQuantity('Lock expiry', '2d')).toMatchObject({ dimension: 'duration', min: 172_800, unit: 'days' });
    expect(bareValueQuantity('Replica count', '2d')).toBeUndefined();
  });

  it('reads "N max things" as a count of at most N', () => {
    expect(
      findQuantities('2,000 max chunks per upload, each 1MB - 2GB').map(
        (q) => `${q.dimension}:${q.max} ${q.unit} ${q.bound}`,
      ),
    ).toEqual(['count:2000 chunks at-most', 'size:2147483648 GB exact']);
    expect(findQuantities('set 5 max')).toEqual([]);
  });

  it('reads a bracketed range after a unit as a range of that unit, and one said to be "within"', () => {
    expect(read('k is the number of bytes (1-4096) of the key')).toEqual(['size:1-4096 bytes']);
    expect(read('the agent port is picked at random (within 40000–40999)')).toEqual(['count:40000-40999 ']);
    expect(read('see chapter (1-3) for more')).toEqual([]);
  });
});

describe('a bare keyed value', () => {
  it('reads a comma as a thousands separator only before three digits', () => {
    expect(bareValueQuantity('Max shelves per aisle', '1,200')).toMatchObject({ dimension: 'count', min: 1200 });
    expect(bareValueQuantity('Max LRU and MRU per shelf', '4,4')).toBeUndefined();
    expect(bareValueQuantity('Timeouts (default, min, max)', '3,1,300')).toBeUndefined();
  });
});
