import { singular } from './table-row-question.js';
import type { DefinitionItem, ListItem } from '../knowledge/item.js';
import { groupBy, perContext } from './context-index.js';
import type { GenerationContext } from './generation-context.js';
import { nameKey } from './text-tools.js';

/**
 * "SELinux has three modes:" over "- Enabled: …", "- Permissive: …": the line leading into the list
 * names the kind of its entries, and whose they are. A stem about one entry says so ("Which SELinux
 * mode …") where the heading above may say nothing of it ("Introduction to SELinux").
 */

/** "X has three modes", "X comes in two tiers", "There are four types of X": the owner and the plural kind. */
const HAS_KINDS =
  /^(?:the\s+)?(\p{L}[\p{L}\p{N} -]{0,30}?)\s+(?:has|have|comes?\s+in|offers?|supports?|provides?)\s+(?:two|three|four|five|six|seven|several|\d)\s+(?:main\s+|different\s+)?(\p{Ll}+[^su\s]s)$/u;
const THERE_ARE = /^there\s+are\s+(?:two|three|four|five|six|seven|several|\d)\s+(\p{Ll}+[^su\s]s)\s+of\s+(\p{L}[\p{L}\p{N} -]{0,30}?)$/iu;

/** The kind, singular and with its owner ("SELinux mode"), of a list title of that form; else undefined. */
export function kindOfListTitle(title: string): string | undefined {
  const text = title.trim().replace(/[:.]$/, '');
  const has = HAS_KINDS.exec(text);
  const there = has ? undefined : THERE_ARE.exec(text);
  const [owner, plural] = has ? [has[1]!, has[2]!] : there ? [there[2]!, there[1]!] : [];
  // "types of policies": a plural owner makes no "policies type".
  if (!owner || !plural || owner.split(/\s+/).length > 3 || (there && /[^s]s$/.test(owner))) return undefined;
  const kind = singular(plural);
  // "The cache" → "cache"; a name keeps its spelling ("SELinux").
  const named = owner.replace(/^(?:the|a|an)\s+/i, '');
  return `${/^\p{Lu}\p{Ll}+$/u.test(named) ? named.toLowerCase() : named} ${kind}`;
}

/**
 * The kind the list holding `item`'s term names, by its title or, under a heading that titles it, by
 * the line leading into it (kept as the fact "SELinux has three modes: Enabled: …; …" at its line).
 */
export function listIntroKind(item: DefinitionItem, context: GenerationContext): string | undefined {
  const index = introIndexOf(context);
  const lists = index.byMember.get(`${item.source.file}\u0000${nameKey(item.term)}`) ?? [];
  const titles = lists.flatMap((list) => [list.title, ...(index.introAt.get(`${list.source.file}:${list.source.line}`) ?? [])]);
  return titles.map(kindOfListTitle).find((kind) => kind !== undefined);
}

const introIndexOf = perContext((context) => {
  const byMember = groupBy(
    context.items.filter((item): item is ListItem => item.kind === 'list'),
    (list) => list.members.map((member) => `${list.source.file}\u0000${nameKey(member)}`),
  );
  const introAt = new Map<string, string[]>();
  for (const item of context.items) {
    const intro = item.kind === 'fact' ? /^([^:]{3,60}):\s/.exec(item.text)?.[1] : undefined;
    if (!intro) continue;
    const at = `${item.source.file}:${item.source.line}`;
    introAt.set(at, [...(introAt.get(at) ?? []), intro]);
  }
  return { byMember, introAt };
});
