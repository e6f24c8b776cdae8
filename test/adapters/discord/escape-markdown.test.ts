import { describe, expect, test } from 'vitest';
import { escapeMarkdown } from '../../../src/adapters/discord/escape-markdown.js';

describe('escapeMarkdown', () => {
  test.each([
    { text: 'plain words, 5 TB.', expected: 'plain words, 5 TB.' },
    {
      text: '**bold** _it_ `code` ~~x~~ ||spoiler||',
      expected: '\\*\\*bold\\*\\* \\_it\\_ \\`code\\` \\~\\~x\\~\\~ \\|\\|spoiler\\|\\|',
    },
    {
      text: '# Heading\n> quote\n- item\n  + sub\n1. first\n-# small',
      expected: '\\# Heading\n\\> quote\n\\- item\n  \\+ sub\n1\\. first\n\\-# small',
    },
    { text: 'a - b and 3.5 GB in 2 # places', expected: 'a - b and 3.5 GB in 2 # places' },
    { text: '[click](https://example.com)', expected: '\\[click\\](https://example.com)' },
    { text: 'ping <@123> <#456> <t:1700000000>', expected: 'ping \\<@123\\> \\<#456\\> \\<t:1700000000\\>' },
    { text: '@everyone and @here', expected: '@\u200beveryone and @\u200bhere' },
    { text: 'C:\\path\\file', expected: 'C:\\\\path\\\\file' },
  ])('$text', ({ text, expected }) => {
    expect(escapeMarkdown(text)).toBe(expected);
  });

  test('is linear: 100,000 characters of hostile text in well under a second', () => {
    const hostile = '*_`~|'.repeat(20_000);
    const started = performance.now();
    expect(escapeMarkdown(hostile)).toHaveLength(200_000);
    expect(performance.now() - started).toBeLessThan(500);
  });
});
