import { describe, expect, it } from 'vitest';
import { cutPlain, escapeAndCut, escapeMrkdwn } from '../../../src/adapters/slack/escape-mrkdwn.js';

describe('escapeMrkdwn', () => {
  it.each([
    ['<!channel> please', '&lt;!channel&gt; please'],
    ['<!here|here>', '&lt;!here|here&gt;'],
    ['<https://evil.example|docs>', '&lt;https://evil.example|docs&gt;'],
    ['AT&T <@U123>', 'AT&amp;T &lt;@U123&gt;'],
    ['already &amp; escaped', 'already &amp;amp; escaped'],
    ['@here and @channel stay text', '@here and @channel stay text'],
    ['', ''],
  ])('%j → %j', (input, expected) => {
    expect(escapeMrkdwn(input)).toBe(expected);
  });
});

describe('escapeAndCut', () => {
  it('leaves short text whole', () => {
    expect(escapeAndCut('a < b', 10)).toBe('a &lt; b');
  });

  it('cuts so the escaped text fits, ending with an ellipsis, never inside an entity', () => {
    const cut = escapeAndCut('<<<<<<<<<<', 13);
    expect(cut).toBe('&lt;&lt;&lt;…');
    expect(cut.length).toBeLessThanOrEqual(13);
  });

  it('cuts at a word boundary when one is near the end', () => {
    expect(escapeAndCut('the quick brown fox jumps over', 22)).toBe('the quick brown fox…');
  });

  it('never splits an emoji (surrogate pair)', () => {
    const cut = escapeAndCut('😀'.repeat(10), 6);
    expect(cut).toBe('😀😀…');
    expect(() => encodeURIComponent(cut)).not.toThrow();
  });

  it('honours Block Kit limits on long text', () => {
    const long = 'word '.repeat(2000);
    expect(escapeAndCut(long, 3000).length).toBeLessThanOrEqual(3000);
    expect(escapeAndCut(long, 3000).endsWith('…')).toBe(true);
  });
});

describe('cutPlain', () => {
  it('does not escape, and cuts to the limit', () => {
    expect(cutPlain('<b> & c', 20)).toBe('<b> & c');
    expect(cutPlain('x'.repeat(100), 75)).toHaveLength(75);
  });
});
