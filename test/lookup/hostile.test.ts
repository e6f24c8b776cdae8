import { describe, expect, it } from 'vitest';
import { buildFactDesk } from '../../src/lookup/build-fact-desk.js';
import { SAMPLE_ITEMS, bestOf, textOf, NOTES_LEXICON } from './sample-items.js';

const desk = buildFactDesk(SAMPLE_ITEMS, { lexicon: NOTES_LEXICON });

const HOSTILE: Array<[string, string]> = [
  ['10,000 characters', 'lambda timeout '.repeat(700).slice(0, 10_000)],
  [
    '10,000 random letters',
    Array.from({ length: 10_000 }, (_, i) => String.fromCharCode(97 + ((i * 7919) % 26))).join(''),
  ],
  ['control characters', 'lambda\u0000\u0007\u001b[31m timeout\u007f\u0085'],
  ['emoji only', '🔥🚀🙂👍🏽'.repeat(50)],
  ['RTL text and bidi overrides', '\u202eמה המגבלה של למדה\u202c عربى'],
  ['lone surrogates', '\ud800lambda\udfff timeout'],
  ['markdown and mentions', '**lambda** <@U123> @everyone `timeout` [x](http://evil)'],
  ['regex metacharacters', '.*+?^${}()|[]\\ lambda'],
  ['a single character', 'x'],
  ['numbers only', '15 900 10240'],
];

describe('hostile queries', () => {
  it.each(HOSTILE)('%s: a short, clear reply, never a throw', (_name, query) => {
    for (const message of [desk.limit(query), desk.define(query)]) {
      const text = textOf(message);
      expect(text.length).toBeLessThan(800);
      expect(text).not.toMatch(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e]/u);
      expect(text).not.toMatch(/Sorry, something went wrong/u);
    }
    expect(desk.complete('limit', query).length).toBeLessThanOrEqual(25);
  });

  it('still finds the answer under the noise', () => {
    expect(bestOf(desk.limit('lambda\u0000\u0007 timeout🔥'))).toContain('15 minutes (900 seconds)');
    expect(bestOf(desk.limit('\u202elambda timeout\u202c'))).toContain('15 minutes (900 seconds)');
  });

  it('echoes a long query back cut short', () => {
    const body = desk.define('zzzz '.repeat(2000)).body;
    expect(body).toMatch(/^The notes don't say "zzzz zzzz .*…" \(no definition matched\)\./u);
    expect(body.length).toBeLessThan(300);
  });

  // How fast it answers is measured by `npm run bench -- lookup` (short against 10,000-character query).
  it('answers a 10,000-character query with what the short one finds', () => {
    expect(desk.limit('lambda timeout '.repeat(700)).title).toBe(desk.limit('lambda timeout').title);
  });

  it('reports an internal failure to onError and apologises instead of throwing', () => {
    const errors: string[] = [];
    const broken = buildFactDesk(
      // The source line is read only when answering: a getter that throws stands in for a bug there.
      [
        {
          ...SAMPLE_ITEMS[0]!,
          source: {
            file: 'x.md',
            section: [],
            get line(): number {
              throw new Error('boom');
            },
          },
        },
      ],
      { lexicon: NOTES_LEXICON, onError: (_error, where) => errors.push(where) },
    );
    expect(broken.limit('lambda timeout').body).toMatch(/^Sorry, something went wrong on my side/u);
    expect(errors).toEqual(['limit']);
  });
});
