import type { CommandItem } from '../knowledge/item.js';
import type { Candidate } from './pick-distractors.js';

/**
 * Rivals of the same matter from the whole notes folder. A file often describes one command and names
 * none of its kin ("`setfacl` sets the ACL on a file" with only `getfacl` beside it), while other files
 * name `chmod`, `chown` and `umask`: commands the lexicon's commandKin puts in one group with it, the
 * wrong choices an item writer reaches for. Only one-word commands: "kubectl drain" has its own program's
 * sub-commands.
 */

/** Each command of the lexicon's groups → the other commands of its groups. */
export function kinOf(groups: readonly (readonly string[])[] | undefined): Map<string, Set<string>> {
  const kin = new Map<string, Set<string>>();
  for (const group of groups ?? []) {
    const names = group.map((name) => name.toLowerCase());
    for (const name of names) {
      const others = kin.get(name) ?? new Set<string>();
      for (const other of names) if (other !== name) others.add(other);
      kin.set(name, others);
    }
  }
  return kin;
}

/** Whether the one-word commands `a` and `b` are kin by the lexicon. */
export function areKin(a: string, b: string, kin: ReadonlyMap<string, ReadonlySet<string>>): boolean {
  return kin.get(a.toLowerCase())?.has(b.toLowerCase()) ?? false;
}

/**
 * The kin of `item` the notes name anywhere, as themselves ("chown", not "chown user:group"): described
 * ones first, then ones only named.
 */
export function kinCandidates(
  item: CommandItem,
  kin: ReadonlyMap<string, ReadonlySet<string>>,
  byProgram: ReadonlyMap<string, readonly CommandItem[]>,
): Candidate[] {
  if (/\s/.test(item.name.trim())) return [];
  const found: Candidate[] = [];
  for (const other of kin.get(item.name.toLowerCase()) ?? []) {
    const named = (byProgram.get(other) ?? []).filter((command) => command.name.toLowerCase() === other);
    if (named.length > 0) found.push({ text: named[0]!.name, tier: named.some((command) => command.purpose !== undefined) ? 0 : 1 });
  }
  return found;
}
