import { describe, expect, it } from 'vitest';
import { unknownSubcommand } from '../../src/app/unknown-subcommand.js';

const subcommands = ['start', 'generate', 'ask', 'register'];

describe('unknownSubcommand', () => {
  it.each([
    [[], undefined],
    [['start'], undefined],
    [['generate', '--json'], undefined],
    [['help', 'ask'], undefined],
    [['--notes', 'x'], undefined],
    [['--version'], undefined],
  ])('accepts %j', (args, expected) => {
    expect(unknownSubcommand(args, subcommands)).toBe(expected);
  });

  it('names an unknown subcommand and lists the real ones', () => {
    expect(unknownSubcommand(['frobnicate'], subcommands)).toBe(
      "error: unknown subcommand 'frobnicate'. The subcommands are start, generate, ask, register (prepbot --help tells more).",
    );
  });

  it('suggests the subcommand a typo away', () => {
    expect(unknownSubcommand(['genrate'], subcommands)).toContain('Did you mean generate?');
    expect(unknownSubcommand(['Strat'], subcommands)).toContain('Did you mean start?');
  });
});
