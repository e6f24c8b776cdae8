import { describe, expect, it } from 'vitest';
import { buildFactDesk } from '../../src/lookup/build-fact-desk.js';
import { SAMPLE_ITEMS, bestOf, textOf, NOTES_LEXICON } from './sample-items.js';

const desk = buildFactDesk(SAMPLE_ITEMS, { lexicon: NOTES_LEXICON });

describe('/limit', () => {
  it('answers with the figure, its context and where the notes say it', () => {
    const message = desk.limit('lambda timeout');
    expect(message.title).toBe('Lambda — execution timeout');
    expect(message.body).toContain('15 minutes (900 seconds)');
    expect(message.body).toContain('Execution timeout: 15 minutes');
    expect(message.fields).toEqual([{ label: 'Source', value: 'lambda.md:1 › Lambda › Quotas' }]);
  });

  it.each(['lamda timeout', 'lambda timout', 'lamda timout', 'LAMBDA   Timeout', 'lambda time-out'])(
    'tolerates the typo or spelling %j',
    (query) => {
      expect(bestOf(desk.limit(query))).toContain('15 minutes (900 seconds)');
    },
  );

  it.each(['timeout lambda', 'lambda timeout', 'what is the lambda timeout?', 'timeout of aws lambda'])(
    'ignores word order and filler words: %j',
    (query) => {
      expect(bestOf(desk.limit(query))).toContain('15 minutes (900 seconds)');
    },
  );

  it('finds facts by their subject words too', () => {
    expect(bestOf(desk.limit('x-ray daemon port'))).toContain('port 2000');
    expect(bestOf(desk.limit('xray port'))).toContain('port 2000');
    expect(bestOf(desk.limit('dynamodb consistent data'))).toContain('less than 1 second');
    expect(bestOf(desk.limit('aurora acu memory'))).toContain('2 GiB');
  });

  it('shows the best of several close matches and up to two others', () => {
    const message = desk.limit('lambda memory');
    const [best, also] = message.body.split('\n\nAlso:\n');
    expect(best).toContain('10,240 MB');
    expect(also?.split('\n')).toEqual([
      '- Lambda quotas — memory allocation: 128 MB to 10 GB (lambda.md:2 › Lambda › Quotas)',
    ]);
  });

  it('names no alternatives when one fact clearly wins', () => {
    expect(desk.limit('xray port').body).not.toContain('Also:');
  });

  it('says when nothing matches and suggests terms that do', () => {
    const message = desk.limit('foo');
    expect(message.body).toMatch(
      /^The notes don't say "foo" \(no limit matched\)\. Nearest in the notes: \/limit .+\.$/,
    );
    expect(message.body).toContain('lambda');
    expect(message.fields).toBeUndefined();
  });

  it('suggests close terms for a misspelling too far to match', () => {
    const message = textOf(desk.limit('lmbdaa timeoutt memry'));
    expect(message).toMatch(
      /^The notes don't say "lmbdaa timeoutt memry" \(no limit matched\)\. Nearest in the notes: /u,
    );
    expect(message).toContain('lambda execution timeout');
    expect(message).toContain('lambda memory');
  });

  it('treats "service + unknown word" as a miss, not as any fact of the service', () => {
    expect(desk.limit('lambda banana').body).toMatch(
      /^The notes don't say "lambda banana" \(no limit matched\)\. Nearest in the notes: /u,
    );
  });

  it('answers an empty query with a usage line', () => {
    for (const query of ['', '   ', '\n\t']) {
      expect(desk.limit(query).body).toMatch(/^Usage: \/limit <service> <what>/u);
    }
  });

  it('answers only with facts that carry a quantity', () => {
    const message = desk.limit('lambda vpc default');
    expect(message.body).not.toContain('Runs outside a VPC');
    expect(desk.define('vpc default').body).toContain('Runs outside a VPC');
  });

  it('with no quantity facts at all, every lookup is a clear miss', () => {
    const empty = buildFactDesk([], { lexicon: NOTES_LEXICON });
    expect(empty.limit('lambda timeout').body).toBe('The notes don\'t say "lambda timeout" (no limit matched).');
    expect(empty.define('lambda').body).toBe('The notes don\'t say "lambda" (no definition matched).');
    expect(empty.complete('limit', 'lam')).toEqual([]);
  });
});
