import { describe, expect, it } from 'vitest';
import { synonymTableOf } from '../../src/lookup/synonym-table.js';
import { tokenize } from '../../src/lookup/normalize-text.js';
import { buildFactDesk } from '../../src/lookup/build-fact-desk.js';
import { SAMPLE_ITEMS, bestOf, NOTES_LEXICON } from './sample-items.js';

const table = synonymTableOf(NOTES_LEXICON);
const synonymTermsOf = (tokens: readonly string[]): string[] => table.synonymTermsOf(tokens);
const canon = (text: string): string => table.canonicalizeQuery(tokenize(table.respell(text), true)).join(' ');

describe('synonym table', () => {
  it.each([
    ['ram', 'memory'],
    ['lambda ram', 'lambda memory'],
    ['duration', 'timeout'],
    ['max execution time', 'timeout'],
    ['maximum execution time', 'timeout'],
    ['runtime limit', 'timeout'],
    ['execution length', 'timeout'],
    ['execution time', 'timeout'],
    ['ephemeral storage', 'tmp storage'],
    ['disk', 'tmp storage'],
    ['/tmp', 'tmp storage'],
    ['env vars', 'environment variable'],
    ['zip', 'compressed deployment package'],
    ['unzipped', 'uncompressed deployment package'],
    ['concurrency', 'concurrent execution'],
    ['payload', 'request response payload'],
    ['price', 'pricing'],
    ['cost', 'pricing'],
    ['cloudwatch events', 'eventbridge'],
    ['x-ray', 'xray'],
    ['k8s', 'kubernetes'],
  ])('the query words %j mean %j', (query, canonical) => {
    // Both sides are stemmed alike ("variables" → "variable"), so compare the stemmed canonical words.
    expect(canon(query)).toBe(tokenize(canonical, true).join(' '));
  });

  it('adds a broader word to notes that use a narrower one, but leaves the query its own word', () => {
    expect(synonymTermsOf(tokenize('Runs Windows and Linux apps', true))).toEqual(['os']);
    expect(canon('fargate windows')).toBe(tokenize('fargate windows', true).join(' '));
    expect(canon('fargate operating systems')).toBe(tokenize('fargate os', true).join(' '));
  });

  it('meets word forms through the stemmer, and keeps words with digits whole', () => {
    expect(tokenize('integrates integration requires requirements CPUs', true)).toEqual([
      'integr',
      'integr',
      'requir',
      'requir',
      'cpu',
    ]);
    expect(tokenize('EC2 S3 1000s', true)).toEqual(['ec2', 's3', '1000s']);
  });

  it("leaves words that are nobody's synonym alone", () => {
    expect(canon('lambda snapstart')).toBe('lambda snapstart');
  });

  it('adds the canonical words to notes that use a variant, keeping nothing else', () => {
    // "length" is a canonical word of the base lexicon ("long", "lenght" → length).
    expect(synonymTermsOf(tokenize('900 seconds (15minutes) execution length', true))).toEqual(['timeout', 'length']);
    expect(synonymTermsOf(tokenize('512 MB - 10 GB dist storage /tmp', true))).toEqual(tokenize('tmp storage', true));
    expect(synonymTermsOf(tokenize('nothing to see here', true))).toEqual([]);
  });
});

describe('synonyms through /limit', () => {
  const desk = buildFactDesk(SAMPLE_ITEMS, { lexicon: NOTES_LEXICON });
  it.each([
    ['lambda ram', '10,240 MB'],
    ['lambda duration', '15 minutes (900 seconds)'],
    ['lambda max execution time', '15 minutes (900 seconds)'],
    ['lambda runtime limit', '15 minutes (900 seconds)'],
    ['lambda execution length', '15 minutes (900 seconds)'],
    ['lambda ephemeral storage', '512 MB to 10 GB'],
    ['lambda disk', '512 MB to 10 GB'],
    ['lambda env vars', '4 KB'],
    ['lambda environment variables', '4 KB'],
    ['lambda zip', 'up to 50 MB'],
    ['lambda unzipped', 'up to 250 MB'],
    ['lambda concurrency', '1,000'],
    ['lambda payload', 'up to 6 MB'],
    ['lambda cost', '$0.20 per 1M requests'],
    ['lambda price', '$0.20 per 1M requests'],
    ['lambda streaming', 'up to 20 MB'],
  ])('/limit %s answers %s first', (query, expected) => {
    expect(bestOf(desk.limit(query))).toContain(expected);
  });
});
