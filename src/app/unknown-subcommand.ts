import { distance } from 'fastest-levenshtein';

/**
 * The error to show when the first word on the command line is not a subcommand (`prepbot strat`),
 * naming it, the closest subcommand if one is a typo away, and the list; undefined when the line
 * starts with an option or a known subcommand (`help` included). Needed because `start` is the
 * default subcommand: commander alone reports "too many arguments for 'start'".
 */
export function unknownSubcommand(args: readonly string[], subcommands: readonly string[]): string | undefined {
  const first = args[0];
  const known = [...subcommands, 'help'];
  if (first === undefined || first.startsWith('-') || known.includes(first)) return undefined;
  const closest = subcommands
    .map((name) => ({ name, d: distance(name, first.toLowerCase()) }))
    .sort((a, b) => a.d - b.d)[0];
  const hint = closest && closest.d <= 2 ? ` Did you mean ${closest.name}?` : '';
  return `error: unknown subcommand '${first}'.${hint} The subcommands are ${subcommands.join(', ')} (prepbot --help tells more).`;
}
