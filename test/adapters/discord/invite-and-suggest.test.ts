import { PermissionFlagsBits } from 'discord.js';
import { describe, expect, test } from 'vitest';
import { botPermissions, inviteUrl } from '../../../src/adapters/discord/invite-url.js';
import { suggest } from '../../../src/adapters/discord/autocomplete.js';
import { isTransient } from '../../../src/adapters/discord/with-retry.js';

describe('inviteUrl', () => {
  test('asks for bot + applications.commands and only View Channel, Send Messages, Embed Links, Read Message History', () => {
    const url = new URL(inviteUrl('1234'));
    expect(url.origin + url.pathname).toBe('https://discord.com/oauth2/authorize');
    expect(url.searchParams.get('client_id')).toBe('1234');
    expect(url.searchParams.get('scope')).toBe('bot applications.commands');
    expect(url.searchParams.get('permissions')).toBe('84992');
    expect(botPermissions.toArray().sort()).toEqual([
      'EmbedLinks',
      'ReadMessageHistory',
      'SendMessages',
      'ViewChannel',
    ]);
    expect(botPermissions.bitfield & PermissionFlagsBits.Administrator).toBe(0n);
  });
});

describe('suggest', () => {
  const sources = {
    complete: (_: 'limit' | 'define', partial: string) => [`${partial} one`, `${partial} one`, 'x'.repeat(150)],
    topics: () => ['Storage', 'Security', 'Networking'],
  };
  test('limit and define suggestions are de-duplicated and cut to 100 characters', () => {
    const choices = suggest('limit', 'words', 'size', sources);
    expect(choices.map((choice) => choice.value)).toEqual(['size one', `${'x'.repeat(99)}…`]);
  });
  test('quiz topics match case-insensitively; other options get nothing', () => {
    expect(suggest('quiz', 'topic', 'S', sources).map((choice) => choice.name)).toEqual(['Storage', 'Security']);
    expect(suggest('score', 'user', 'a', sources)).toEqual([]);
  });
  test('at most 25', () => {
    expect(suggest('quiz', 'topic', '', { topics: () => Array.from({ length: 40 }, (_, i) => `t${i}`) })).toHaveLength(
      25,
    );
  });
});

describe('isTransient', () => {
  test.each([
    { error: Object.assign(new Error('connect ECONNREFUSED'), { code: 'ECONNREFUSED' }), expected: true },
    { error: Object.assign(new Error('other side closed'), { code: 'UND_ERR_SOCKET' }), expected: true },
    { error: Object.assign(new Error('aborted'), { name: 'AbortError' }), expected: true },
    {
      error: Object.assign(new Error('Request with a token but no token set'), { code: 'TokenMissing' }),
      expected: false,
    },
    { error: new Error('plain bug'), expected: false },
  ])('$error.message → $expected', ({ error, expected }) => {
    expect(isTransient(error)).toBe(expected);
  });
});
