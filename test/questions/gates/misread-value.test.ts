import { describe, expect, it } from 'vitest';
import type { FactItem, Quantity } from '../../../src/knowledge/item.js';
import { notTheAttribute } from '../../../src/questions/gates/misread-value.js';

const fact = (text: string): FactItem => ({
  kind: 'fact',
  id: 'f',
  topic: 'Volumes',
  source: { file: 'volumes.md', line: 1, section: [] },
  subject: 'Volumes',
  attribute: '',
  text,
});
const quantity = (text: string): Quantity => ({ dimension: 'size', min: 1, max: 1, unit: 'GB', bound: 'exact', text });

describe('notTheAttribute: the attribute a number is asked by must be what the number measures', () => {
  it.each([
    ['A volume grows in increments of 8 GB, up to 32 TB', 'increment', '32 TB', 'the attribute is the step of another value'],
    ['A volume grows in increments of 8 GB, up to 32 TB', 'increment', '8 GB', undefined],
    ['A volume grows in steps OF 8 GB', 'step size', '8 GB', undefined], // the statement is read in lower case
    ['A volume sized in multiples of 4 GB', 'multiples', '16 GB', 'the attribute is the step of another value'],
    ['The reader fetches only 2 GB a call', 'reader fetches', '2 GB', 'the attribute is a clause, not a property'],
    ['The reader fetches 2 GB, only 1 GB cached', 'reader fetches', '1 GB', undefined],
    ['Snapshots are accurate to 1 GB', 'accurate', '1 GB', 'the attribute is a predicate, not a property'],
    ['Snapshots are kept accurate to 1 GB', 'kept accurate', '1 GB', undefined], // several words name a property
    ['Snapshots are accurate to 1 GB', 'accurate', '5 GB', undefined], // the value is not the one after "to"
    ['A volume (max 16 GB) holds data', 'max', '16 GB', undefined],
  ])('%j asked as %j for %j: %s', (text, attribute, value, reason) => {
    expect(notTheAttribute(fact(text), attribute, quantity(value))).toBe(reason);
  });
});
