import { describe, expect, it } from 'vitest';
import { bareValueQuantity, findQuantities, formatQuantity } from '../../src/knowledge/parse-quantity.js';
import { parseNote } from '../../src/knowledge/parse-note.js';

// Sentences written here in the pattern of security, finance, pharmacology and configuration notes.
const read = (text: string) => findQuantities(text).map((q) => [q.text, q.dimension, q.min, q.max, q.unit]);

describe('numbers the parser reads now', () => {
  it('reads a hyphenated bit length before a common noun, never before a name', () => {
    expect(read('The gateway signs each token with a 2048-bit private key.')).toEqual([
      ['2048-bit', 'bit length', 2048, 2048, 'bits'],
    ]);
    expect(read('the header carries the 128-bit SHA1 digest')).toEqual([]);
    expect(read('built for 32bit systems')).toEqual([]);
  });

  it('reads Chinese time units after a number and prints them in English', () => {
    const [term] = findQuantities('中期票据: 3-7年');
    expect([term!.dimension, term!.min, term!.max]).toEqual(['duration', 3 * 365 * 86_400, 7 * 365 * 86_400]);
    const [wait] = findQuantities('等待 30天');
    expect(formatQuantity(wait!)).toMatch(/^30 days\b/);
    // "3月" is March, not three months.
    expect(findQuantities('3月 开始')).toEqual([]);
  });

  it('reads "per cent" in prose as a share', () => {
    expect(read('Fees rose by 12 per cent last year')).toEqual([['12 per cent', 'count', 12, 12, '%']]);
  });

  it('reads a capitalised protocol right before a whole number as its port', () => {
    expect(read('LDAPS: uses TCP 636')).toEqual([['TCP 636', 'port', 636, 636, 'port']]);
    expect(read('Syslog runs over UDP 514 and TCP 6514.')).toEqual([
      ['UDP 514', 'port', 514, 514, 'port'],
      ['TCP 6514', 'port', 6514, 6514, 'port'],
    ]);
    expect(read('the TCP 3-way handshake')).toEqual([]);
    expect(read('open UDP 500 to set up the tunnel')).toEqual([]);
  });

  it('states no fact for a unit conversion', () => {
    expect(read('compounding monthly (1 year = 12 months)')).toEqual([]);
    expect(read('1 GiB = 1024 MiB of memory')).toEqual([]);
    expect(read('Timeout = 45 seconds')).toEqual([['45 seconds', 'duration', 45, 45, 's']]);
  });

  it('reads a number glued to "s" as seconds only where a time is spoken of', () => {
    expect(read('Tetracyclines block the 30s subunit.')).toEqual([]);
    expect(read('the 1980s mainframes')).toEqual([]);
    expect(read('Switchover takes ~20s in most cases')).toEqual([['20s', 'duration', 20, 20, 's']]);
    expect(read('heartbeat every 10s')).toEqual([['10s', 'duration', 10, 10, 's']]);
    expect(read('visibility (default, min, max): 20s,10s, 2h').map((row) => row[0])).toEqual(['20s', '10s', '2h']);
    expect(read('45s')).toEqual([['45s', 'duration', 45, 45, 's']]);
    expect(bareValueQuantity('Lock timeout', '15s')?.min).toBe(15);
    expect(bareValueQuantity('Sub-unit', '15s')).toBeUndefined();
  });

  it('keeps the facts of a paragraph whose bytes and bits are one kind of number, not a worked example', () => {
    const note =
      '# Frames\n\n## Trunk tags\n\nA trunk header adds a 6-byte label to each frame, and the label holds a 10-bit lane ID. Usable lane IDs are 1-1000.\n';
    const facts = parseNote('frames.md', note).items.flatMap((item) =>
      item.kind === 'fact' && item.quantity ? [item.quantity.text] : [],
    );
    expect(facts).toEqual(expect.arrayContaining(['6-byte', '10-bit', '1-1000']));
  });
});
