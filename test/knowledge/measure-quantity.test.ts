import { describe, expect, it } from 'vitest';
import { findQuantities, formatQuantity, parseQuantity, sameQuantity } from '../../src/knowledge/parse-quantity.js';

// Sentences written here in the pattern of pharmacology, cabling, networking, wireless, physiology and
// electrical notes: each class of measure is read with its dimension, its unit, what it is per and its bound.
type Row = [
  text: string,
  expected: {
    text: string;
    dimension: string;
    min: number;
    unit: string;
    per?: string;
    bound?: string;
    formatted: string;
  },
];

const rows: Row[] = [
  [
    'Usual adult dose is 400 mg every 8 hours',
    { text: '400 mg', dimension: 'mass', min: 0.4, unit: 'mg', formatted: '400 mg' },
  ],
  [
    'Loading dose of 10 mg/kg by infusion',
    { text: '10 mg/kg', dimension: 'mass', min: 0.01, unit: 'mg', per: 'kg', formatted: '10 mg per kg' },
  ],
  ['Give 250 mcg once daily', { text: '250 mcg', dimension: 'mass', min: 0.00025, unit: 'mcg', formatted: '250 mcg' }],
  [
    'Copper runs reach up to 90 m per segment',
    {
      text: 'up to 90 m per segment',
      dimension: 'length',
      min: 90,
      unit: 'm',
      per: 'segment',
      bound: 'at-most',
      formatted: 'up to 90 m per segment',
    },
  ],
  [
    'Single-mode fibre spans 20 km',
    { text: '20 km', dimension: 'length', min: 20_000, unit: 'km', formatted: '20 km' },
  ],
  ['A run of 328 feet', { text: '328 feet', dimension: 'length', min: 328 * 0.3048, unit: 'ft', formatted: '328 ft' }],
  [
    'The switch budgets 30 W per port',
    { text: '30 W per port', dimension: 'power', min: 30, unit: 'W', per: 'port', formatted: '30 W per port' },
  ],
  ['The radio transmits at 100 mW', { text: '100 mW', dimension: 'power', min: 0.1, unit: 'mW', formatted: '100 mW' }],
  [
    'Channels sit in the 5 GHz band',
    { text: '5 GHz', dimension: 'frequency', min: 5e9, unit: 'GHz', formatted: '5 GHz' },
  ],
  [
    'Uplinks carry 25 Gbps each',
    { text: '25 Gbps', dimension: 'data rate', min: 25e9, unit: 'Gbps', formatted: '25 Gbps' },
  ],
  [
    'The serial line runs at 9600 bps',
    { text: '9600 bps', dimension: 'data rate', min: 9600, unit: 'bps', formatted: '9,600 bps' },
  ],
  [
    'Core temperature stays near 36.8 °C',
    { text: '36.8 °C', dimension: 'temperature', min: 36.8, unit: '°C', formatted: '36.8 °C' },
  ],
  [
    'Store below 77°F',
    {
      text: 'below 77°F',
      dimension: 'temperature',
      min: 77,
      unit: '°F',
      bound: 'less-than',
      formatted: 'less than 77 °F',
    },
  ],
  [
    'Keep frozen at -20 °C or colder',
    { text: '-20 °C', dimension: 'temperature', min: -20, unit: '°C', formatted: '-20 °C' },
  ],
  ['The supply delivers 48 V DC', { text: '48 V', dimension: 'voltage', min: 48, unit: 'V', formatted: '48 V' }],
  ['Dilute in 100 mL of saline', { text: '100 mL', dimension: 'volume', min: 0.1, unit: 'mL', formatted: '100 mL' }],
];

describe('measures of any field', () => {
  it.each(rows)('%s', (text, expected) => {
    const q = parseQuantity(text)!;
    expect(q.text).toBe(expected.text);
    expect(q.dimension).toBe(expected.dimension);
    expect(q.min).toBeCloseTo(expected.min, 9);
    expect(q.unit).toBe(expected.unit);
    expect(q.per).toBe(expected.per);
    expect(q.bound).toBe(expected.bound ?? 'exact');
    expect(formatQuantity(q)).toBe(expected.formatted);
  });

  it('reads one sentence with two measures as two quantities', () => {
    expect(findQuantities('Cat 6A reaches 100 m at 10 Gbps').map((q) => [q.dimension, q.text])).toEqual([
      ['length', '100 m'],
      ['data rate', '10 Gbps'],
    ]);
  });

  it('reads a range of a measure and prints it in the family of its unit', () => {
    const q = parseQuantity('Operating range is 500 m to 2 km')!;
    expect([q.dimension, q.min, q.max]).toEqual(['length', 500, 2000]);
    expect(formatQuantity(q)).toBe('500 m to 2 km');
  });

  it('reads "up to" between two measures as one range', () => {
    const q = parseQuantity('Fractional lines run 128 Kbps up to 2 Mbps')!;
    expect([q.dimension, q.min, q.max, q.text]).toEqual(['data rate', 128_000, 2_000_000, '128 Kbps up to 2 Mbps']);
  });

  it('leaves a number before an unknown word, a network generation or a time shorthand as it was', () => {
    expect(parseQuantity('Each tray holds 40 widgets')).toBeUndefined();
    expect(parseQuantity('Phones on 5G networks')).toBeUndefined();
    expect(parseQuantity('uses 5g')).toBeUndefined();
    expect(parseQuantity('A 3 MW plant')).toBeUndefined();
    // After words for a time, "10 m" is minutes shorthand, never metres.
    expect(parseQuantity('Session timeout 10 m')).toBeUndefined();
    // A hyphenated measure sizes the noun after it; with none it is not read.
    expect(parseQuantity('a 100-metre run')?.dimension).toBe('length');
    expect(parseQuantity('the run is 100-metre, shielded')).toBeUndefined();
  });

  it('compares equal amounts across units of a family, never across offset scales or bases', () => {
    const at = (text: string) => parseQuantity(text)!;
    expect(sameQuantity(at('600 mg'), at('0.6 grams'))).toBe(true);
    expect(sameQuantity(at('2 km'), at('2000 metres'))).toBe(true);
    expect(sameQuantity(at('2.4 GHz'), at('2400 MHz'))).toBe(true);
    expect(sameQuantity(at('37 °C'), at('37 °F'))).toBe(false);
    expect(sameQuantity(at('5 mg/kg'), at('5 mg per day'))).toBe(false);
    expect(sameQuantity(at('1 Gbps'), at('1 GB'))).toBe(false);
  });
});
