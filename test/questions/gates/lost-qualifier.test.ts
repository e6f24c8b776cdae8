import { describe, expect, it } from 'vitest';
import { clauseOf, lostQualifier, strictBound, withPer } from '../../../src/questions/gates/lost-qualifier.js';

describe('lostQualifier: the stem keeps what the value needs', () => {
  it.each([
    ['What is the number of replicas for the DNS service?', 'The DNS service runs 3 replicas by default', '3 replicas', 'the stem drops "default"'],
    ['What is the replication lag for Global Tables?', 'Replication is typically ~2 seconds between regions', '2 seconds', 'the stem drops that the value is approximate'],
    ['What is the swap size for a small server?', 'A swap of 4 GB is recommended for a small server', '4 GB', 'the stem drops that the value is a recommendation'],
    ['What is the number of rows for a page?', 'A listing returns up to 50 rows per call', '50 rows', 'the stem drops "per call"'],
    ['What is the number of vaults for an account?', 'An account holds 50 vaults (soft limit, hard limit at 1000)', '50 vaults', 'the stem drops that the value is a soft limit'],
    ['What is the maximum retention of removed boards for Board?', 'Undo for removed boards can also be enabled, keeping them up to 14 days', '14 days', 'the stem drops that the value needs an option enabled'],
    ['What is the maximum size of the cache for Wiki?', 'When turned on, the page cache holds up to 2 GB', '2 GB', 'the stem drops that the value needs an option enabled'],
  ])('%j from %j', (stem, statement, value, reason) => {
    expect(lostQualifier(stem, statement, value)).toBe(reason);
  });

  it.each([
    ['What is the default number of replicas for the DNS service?', 'The DNS service runs 3 replicas by default', '3 replicas'],
    ['What is the maximum number of rows per call for a listing?', 'A listing returns up to 50 rows per call', '50 rows'],
    // The default belongs to another clause than the value asked.
    ['What is the maximum retention for the queue?', 'Defaults to 2 days; the maximum is 21 days', '21 days'],
    // The option belongs to another sentence than the value asked, or the stem names it.
    ['What is the maximum size of the cache for Wiki?', 'Search can be enabled. The page cache holds up to 2 GB', '2 GB'],
    ['What is the maximum size of the cache for Wiki, when caching is enabled?', 'If enabled, the page cache holds up to 2 GB', '2 GB'],
  ])('keeps %j', (stem, statement, value) => {
    expect(lostQualifier(stem, statement, value)).toBeUndefined();
  });
});

describe('withPer: a missing "per …" is repaired by ending the stem with it', () => {
  it('adds the option a value needs enabled, when the clause opens by naming it', () => {
    const stem = withPer('What is the maximum retention of removed boards for Board?', 'Undo snapshots for removed boards can also be enabled, keeping them up to 14 days', '14 days');
    expect(stem).toBe('What is the maximum retention of removed boards for Board, when undo snapshots for removed boards are enabled?');
    expect(lostQualifier(stem, 'Undo snapshots for removed boards can also be enabled, keeping them up to 14 days', '14 days')).toBeUndefined();
  });
  it('adds the unit of the rate and keeps an acronym in capitals', () => {
    expect(withPer('What is the maximum number of nodes for a placement group?', 'Up to 5 nodes per AZ in each group', '5 nodes')).toBe('What is the maximum number of nodes for a placement group, per AZ?');
  });
  it('leaves a stem that names it', () => {
    expect(withPer('What is the write rate per shard for Streams?', 'Each shard takes 2 MB per shard of writes', '2 MB')).toBe('What is the write rate per shard for Streams?');
  });
  it('reads only the clause of the value', () => {
    expect(clauseOf('Writes cost $1 per million; reads are 4 KB each (per item)', '4 KB')).toBe('reads are 4 KB each ');
  });
});

describe('strictBound: a threshold is no limit', () => {
  it.each([
    ['A jumbo frame carries over 1500 bytes of payload', '1500 bytes', 'over'],
    ['Alerts fire when more than 3 checks fail', '3 checks', 'more than'],
    ['A packet of over 9KB is dropped', 'over 9KB', 'over'],
    ['Keep the reply time less than 200 ms', '200 ms', 'less than'],
    // The sign is the words written short: "< 2 years" is read as consistently as "less than 2 years".
    ['Bridge loan: term < 2 years', '< 2 years', '<'],
    ['Bulk parcel: weight > 30 kg', '30 kg', '>'],
  ])('%j', (statement, value, word) => {
    expect(strictBound(statement, value)).toBe(`the notes give a threshold ("${word}"), not a limit`);
  });

  it.each([
    ['A queue holds up to 500 messages', '500 messages'],
    ['Backups are kept at least 7 days', '7 days'],
    ['The default wait is 20 seconds', '20 seconds'],
    ['Keep the lag <= 5 seconds', '<= 5 seconds'],
  ])('leaves the bound of %j to the stem', (statement, value) => {
    expect(strictBound(statement, value)).toBeUndefined();
  });
});

describe('values that are no rule', () => {
  it('refuses a value the notes offer as one of alternatives, next to it or before it', () => {
    expect(lostQualifier('What is the retention term for Coldbox?', 'Retention term – 2 years (+standard) or 5 years (+archive)', '2 years')).toMatch(/alternatives/);
    expect(lostQualifier('What is the term for Coldbox?', 'A commitment for a 2 or 5 year term.', '5 year')).toMatch(/alternatives/);
    // The terms are the alternatives here, not the price.
    expect(lostQualifier('What is the price for Coldbox?', 'Pay $4/hour for 2 or 5 years', '$4/hour')).toBeUndefined();
    expect(lostQualifier('What is the minimum number of nodes for Coldbox?', 'Runs on 3 or more nodes', '3')).toBeUndefined();
  });

  it('refuses a hedged goal unless the stem keeps the hedge, which withPer adds', () => {
    const said = 'Sites are separated by >= 200 miles wherever possible';
    expect(lostQualifier('What is the minimum distance for sites?', said, '200 miles')).toMatch(/goal/);
    expect(withPer('What is the minimum distance for sites?', said, '200 miles')).toBe('What is the minimum distance for sites, wherever possible?');
    expect(lostQualifier('What is the minimum distance for sites, wherever possible?', said, '200 miles')).toBeUndefined();
  });
});
