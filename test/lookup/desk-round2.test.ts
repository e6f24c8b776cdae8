import { describe, expect, it } from 'vitest';
import { deskOf } from './notes-desk.js';

// Notes written here, in the shapes issue 11 names, read by the real parser and asked through the real desk.

describe('a limits table whose value column is only "Value"', () => {
  const desk = deskOf({
    'quotas.md': [
      '# Quotas',
      '',
      '| Service | Property | Value |',
      '| ------- | -------- | ----- |',
      '| Hopper  | Max payload size | 64 KB |',
      '| Hopper  | Message retention (default, max) | 2 days, 10 days |',
      '| Burrow  | Max payload size | 2 MB |',
      '| Burrow  | Request timeout | 45s |',
      '',
    ].join('\n'),
  });

  it("takes what the number is from the row's own words, for the row's name", () => {
    expect(desk.limit('hopper payload size')).toMatch(/64 KB/);
    expect(desk.limit('burrow payload size')).toMatch(/2 MB/);
    expect(desk.limit('burrow timeout')).toMatch(/45/);
    expect(desk.limit('hopper retention')).toMatch(/10 days/);
  });

  it('does not answer an attribute no row states', () => {
    expect(desk.limit('burrow retention')).toMatch(/^The notes don't say/);
  });
});

describe('a figure the quantity parser cannot read', () => {
  const desk = deskOf({
    'tern.md': [
      '# Tern',
      '',
      'Tern is a columnar store for sensor readings.',
      '',
      '- Supports failover and up to 9 standby copies.',
      '- Exports go through 3 couriers. Exports run nightly and are kept off-site.',
      '- Snapshots are kept encrypted.',
      '- Add /dev/tern0 /data tern defaults 0 1',
      '',
      '## Certification',
      '',
      'A candidate passes with at least 640 out of 900 marks.',
      '',
      '## Glossary',
      '',
      '- **Shard window**: a slice of readings. Each window holds 4096 readings at most.',
      '',
    ].join('\n'),
  });

  it('is found by its words and shown as the notes word it', () => {
    expect(desk.limit('tern standby copies')).toMatch(/up to 9 standby copies/);
    expect(desk.limit('passing marks')).toMatch(/640 out of 900/);
    expect(desk.limit('shard window readings')).toMatch(/4096 readings/);
  });

  it('shows only the sentence that holds the number', () => {
    const reply = desk.limit('tern export couriers');
    expect(reply).toMatch(/through 3 couriers/);
    expect(reply).not.toMatch(/off-site/);
  });

  it("never answers with a command line's trailing numbers or a sentence with no number", () => {
    expect(desk.limit('tern data defaults')).toMatch(/^The notes don't say/);
    expect(desk.limit('tern snapshots encrypted')).toMatch(/^The notes don't say/);
  });
});

describe('/define on notes that say what a term is in its own sentence', () => {
  const desk = deskOf({
    'relays.md': [
      '# Warm Relays',
      '',
      '## What They Are',
      '',
      '- The scheduler restarts warm relays when they stall.',
      '- Warm relays are relays kept running by the host agent, outside the scheduler.',
      '',
      '## How It Works',
      '',
      '- The agent polls a folder every minute.',
      '',
      '# Fan Governor',
      '',
      '## What It Does',
      '',
      '- The governor logs every change.',
      '- Fan Governor adjusts fan speed from chip temperature readings.',
      '',
      '# Gridlock',
      '',
      '- Step 1: two jobs each take a lock.',
      '- A gridlock occurs when two jobs wait on each other forever.',
      '',
    ].join('\n'),
  });

  it('files a pronoun heading ("What They Are", "What It Does") under the heading above it', () => {
    expect(desk.define('warm relays')).toMatch(/^Warm Relays/);
    expect(desk.define('fan governor')).toMatch(/^Fan Governor/);
  });

  it('prefers the sentence that opens with the term and says what it is or does', () => {
    expect(desk.define('warm relays')).toMatch(/are relays kept running by the host agent/);
    expect(desk.define('fan governor')).toMatch(/adjusts fan speed/);
    expect(desk.define('gridlock')).toMatch(/occurs when two jobs wait/);
  });
});

describe('a sentence that names its own subject under a broader heading', () => {
  const desk = deskOf({
    'disks.md': [
      '# Volumes on Flat and Tiered Disks',
      '',
      '- Tiered volumes can hold 16 TiB.',
      '- Flat (single-layer table) based volumes are limited to 4 TiB and there can only be 8 of them on one disk.',
      '- q1.tiny is part of the trial plan (up to 300 hours per month).',
      '',
      '## Machine q1.tiny',
      '',
      '- Memory: 512 MB',
      '',
      '## Machine q9.huge',
      '',
      '- Memory: 64 GB',
      '',
    ].join('\n'),
  });

  it('answers for the subject the sentence opens with, not the one the heading names first', () => {
    expect(desk.limit('flat volume size')).toMatch(/4 TiB/);
    expect(desk.limit('tiered volume size')).toMatch(/16 TiB/);
    expect(desk.limit('flat volume size')).not.toMatch(/16 TiB/);
  });

  it('finds a subject named only at the start of its sentence', () => {
    expect(desk.limit('trial hours q1.tiny')).toMatch(/300 hours/);
    expect(desk.limit('trial hours q9.huge')).toMatch(/^The notes don't say/);
  });
});

describe('typos and figures in the words around them', () => {
  const desk = deskOf({
    'ledger.md': [
      '# Ledgerd',
      '',
      '- Ledgerd keeps snapshots for 7 days.',
      '- Vortana mirrors hold 12 copies.',
      '- Each signing key is a 384-bit curve key.',
      '- Key size: usually 40 B.',
      '- The maximum key size of one record is 2000 B, whatever the ledger.',
      '',
      '## Archiving',
      '',
      'Archived ledgers are compacted by automated jobs and never deleted by hand.',
      '',
      '# Auto Sweeper',
      '',
      '- Sweeps run every 6 hours.',
      '',
    ].join('\n'),
  });

  it('puts back two swapped letters', () => {
    expect(desk.limit('votrana mirrors')).toMatch(/12 copies/);
  });

  it('reads a number joined to its word by a hyphen', () => {
    expect(desk.limit('ledgerd signing key bits')).toMatch(/384-bit/);
  });

  it('takes the role a sentence names for its figure', () => {
    expect(desk.limit('ledgerd max key size')).toMatch(/maximum key size of one record is 2000 B/);
  });

  it('never mends a word the notes use elsewhere into another word', () => {
    // "automated" is in the notes (in a line with no figure): it is not a typo for "auto".
    expect(desk.limit('automated sweeps')).toMatch(/^The notes don't say/);
    expect(desk.limit('auto sweeps')).toMatch(/6 hours/);
  });
});

describe('/define tells what a term is from what is said of it', () => {
  const desk = deskOf({
    'gates.md': [
      '# Relay Gate',
      '',
      '- **RG**: a hardened host that admits operator sessions into the private network.',
      '',
      '## Things to Remember',
      '',
      '- Relay gates are used in edge subnets.',
      '',
      '# Tally Marks',
      '',
      '- A tally mark would be wrong where every count must be exact.',
      '- You can call the bump operation to keep a tally mark—a number raised on every call without any lock.',
      '',
    ].join('\n'),
  });

  it('does not take "X are used in …" for what X is', () => {
    expect(desk.define('relay gate')).toMatch(/hardened host/);
  });

  it('reads "the term—a …" inside a sentence as saying what it is', () => {
    expect(desk.define('tally mark')).toMatch(/a number raised on every call/);
  });
});

describe('/limit among several facts about one subject', () => {
  const desk = deskOf({
    'plans.md': [
      '# Launch Plans',
      '',
      '## Reserved Slots',
      '',
      '- Reservation Term – 1 year (+discount) or 3 years (+++discount)',
      '- Up to 61% discount compared to pay-as-you-go',
      '- Flexible Reserved Slot: Up to 45% discount',
      '',
      '## Snapshots',
      '',
      '- Snapshot keeping limits: Default value = 2 days; Min = 1 day; Max = 21 days',
      '',
      '## Wheel',
      '',
      '- Rotation limits: Usual count = 2 spins; Min = 1 spin; Max = 9 spins',
      '',
    ].join('\n'),
  });

  it('answers the subject named whole, by the fact whose attribute was asked', () => {
    expect(desk.limit('reserved slots discount')).toMatch(/61%/);
  });

  it("answers the value of the role asked among a line's parts", () => {
    expect(desk.limit('max snapshot keeping days')).toMatch(/21 days/);
    expect(desk.limit('max rotation spins')).toMatch(/Max = 9 spins/);
  });

  it('keeps the label of a "Label: a; b; c" line on each of its parts', () => {
    const wheel = deskOf({
      'wheel.md': [
        '# Wheel notes',
        '',
        'Spin count limits:',
        '* Usual value = 3 spins',
        '* Max = 12 spins',
        '* By the way, spins are logged',
        '',
      ].join('\n'),
    });
    expect(wheel.limit('max spin count')).toMatch(/Spin count limits: Max = 12 spins/);
  });
});

describe("figures in the notes' words: ranges and asides", () => {
  const desk = deskOf({
    'crates.md': [
      '# Crates',
      '',
      '## Crate basics',
      '',
      '- Labelling rules: No spaces, 4-40 letters long, not a number',
      '',
      'Stickers (colour-coded marks; max 12 per crate; not copied to lids) are the usual way to sort them, and help audits.',
      '',
    ].join('\n'),
  });

  it('finds a bare range counted by the word after it', () => {
    expect(desk.limit('crate labelling letters')).toMatch(/4-40 letters long/);
  });

  it('keeps an aside in brackets with the sentence it belongs to', () => {
    expect(desk.limit('stickers per crate')).toMatch(/max 12 per crate/);
  });
});

describe('a port named by its protocol', () => {
  const desk = deskOf({
    'protocols.md': [
      '# Auth Protocols',
      '',
      '- Vesper: successor of an older relay protocol, uses TCP 4711',
      '- Quill: text based, no encryption',
      '',
    ].join('\n'),
  });

  it('answers "/limit X port" with the number after TCP or UDP', () => {
    expect(desk.limit('vesper port')).toMatch(/TCP 4711/);
    expect(desk.limit('quill port')).toMatch(/^The notes don't say/);
  });
});

describe('a first word the notes never use', () => {
  const desk = deskOf({
    'stores.md': [
      '# Row Store',
      '',
      '## Read Copies',
      '',
      '- You can have 5 per primary node',
      '',
      '## Limits',
      '',
      '- Up to 3 read copies per region for the row store.',
      '',
      '# Cloud Relay',
      '',
      '- Memory: up to 8 GB',
      '',
    ].join('\n'),
  });

  it('is the missing subject when the rest are attribute words', () => {
    expect(desk.limit('zephyrdb read copies')).toMatch(/^The notes don't say/);
  });

  it('is a qualifier the notes leave out when the rest names a subject', () => {
    expect(desk.limit('vendorx cloud relay memory')).toMatch(/8 GB/);
  });
});
