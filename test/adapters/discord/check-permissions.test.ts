import { PermissionFlagsBits as P } from 'discord.js';
import { describe, expect, it } from 'vitest';
import { missingPostPermissions } from '../../../src/adapters/discord/check-permissions.js';

describe('missingPostPermissions', () => {
  it.each([
    ['everything needed', P.ViewChannel | P.SendMessages | P.EmbedLinks, false, undefined],
    ['administrator alone', P.Administrator, false, undefined],
    [
      'nothing',
      0n,
      false,
      /cannot see this channel \(Discord: 50001 Missing Access\).*View Channel, Send Messages, Embed Links/,
    ],
    ['no embeds', P.ViewChannel | P.SendMessages, false, /lack Embed Links .*50013/],
    [
      'a thread needs Send Messages in Threads',
      P.ViewChannel | P.SendMessages | P.EmbedLinks,
      true,
      /lack Send Messages in Threads/,
    ],
    ['a thread with it', P.ViewChannel | P.SendMessagesInThreads | P.EmbedLinks, true, undefined],
  ])('%s', (_name, bits, inThread, expected) => {
    const problem = missingPostPermissions(bits, inThread);
    if (expected === undefined) expect(problem).toBeUndefined();
    else expect(problem).toMatch(expected);
  });
});
