import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { FactItem } from '../../src/knowledge/item.js';
import { parseNote } from '../../src/knowledge/parse-note.js';
import { summarise } from './summarise-items.js';

const file = path.resolve(import.meta.dirname, '..', 'fixtures', 'note-forms', 'qualifiers.md');
const items = parseNote('qualifiers.md', readFileSync(file, 'utf8')).items;
const at = (line: number): FactItem[] =>
  items.filter((i): i is FactItem => i.kind === 'fact' && i.source.line === line);

describe('qualifiers of a value', () => {
  it('tell a default from a maximum, and keep both', () => {
    expect(summarise(at(3))).toEqual([
      'fact Event stream | retention | 24 hours [default]',
      'fact Event stream | retention | up to 365 days [maximum]',
    ]);
    expect(summarise(at(4))).toEqual([
      'fact Event stream | timeout | 0–15 min',
      'fact Event stream | timeout | 3 s [default]',
    ]);
    expect(summarise(at(9))).toEqual(['fact Event stream | minimum batch size | 10 records [minimum]']);
  });

  it('keep the conditions a value holds under', () => {
    expect(summarise(at(5))).toEqual([
      'fact Event stream | writes | 1,000 records per second',
      'fact Event stream | writes | 5,000 records [with batching]',
    ]);
    expect(at(6)[0]).toMatchObject({ quantity: { min: 1e6, unit: 'requests' }, conditions: ['free tier, per month'] });
  });

  it('mark a denied value and an example', () => {
    expect(at(7)[0]).toMatchObject({ quantity: { text: '8-byte' }, negated: true });
    expect(at(8).map((f) => [f.quantity?.text, f.role])).toEqual([
      ['10 %', 'example'],
      ['5 minutes', 'example'],
    ]);
  });

  it('read status codes as no duration, and counts, shares and bounds glued to words', () => {
    expect(at(10).filter((f) => f.quantity)).toEqual([]);
    expect(at(11).map((f) => [f.quantity?.text, f.quantity?.unit, f.role])).toEqual([
      ['up to 8 consumers', 'consumers', 'maximum'],
      ['2000 partitions per cluster', 'partitions', undefined],
    ]);
    expect(at(12)[0]).toMatchObject({ attribute: 'discount', quantity: { min: 40, unit: '%' } });
  });

  it('give a value named only by its role in a later sentence the attribute of the one before', () => {
    expect(at(13).map((f) => [f.attribute, f.quantity?.text, f.role])).toEqual([
      // "the hold on a claimed event is …": the value is said of the hold; "a claimed event" scopes it.
      ['hold', '30 seconds', 'default'],
      ['hold', '12 hours', 'maximum'],
    ]);
  });
});
