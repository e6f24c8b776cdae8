import { stemmer } from 'stemmer';
import type { CommandItem } from '../knowledge/item.js';
import { objectOf } from './command-action.js';
import { contentWords, nameKey } from './text-tools.js';

/**
 * True when `text`, a wrong choice for the command `item`, is of its matter. A described sub-command
 * from another file is so only by a word of its name or of its purpose that `item`'s name or purpose
 * shares: "kubectl get pods" beside "kubectl get hpa", not "kubectl auth can-i" (which verifies
 * permissions) beside a way to show utilisation (r7 review, "implausible distractors": another
 * content area). One-word commands, commands of `item`'s own file and commands only named in passing
 * (no purpose to judge them by) are left to `plausibleRival`.
 */
export function ofSameMatter(item: CommandItem, text: string, byName: ReadonlyMap<string, readonly CommandItem[]>): boolean {
  if (!/\s/.test(item.name.trim()) || !/\s/.test(text.trim())) return true;
  const others = byName.get(nameKey(text)) ?? [];
  const described = others.filter((other) => other.purpose !== undefined);
  if (described.length === 0 || others.some((other) => other.source.file === item.source.file)) return true;
  const own = ownWords(item);
  return [...subWords(text), ...described.flatMap((other) => purposeWords(other.purpose!))].some((word) => own.has(word));
}

// A command is weighed against every rival it is offered beside: its own words are kept with it.
const ownWordsOf = new WeakMap<CommandItem, ReadonlySet<string>>();

/** The words of `item`'s name after its program and of its purpose, stemmed. */
function ownWords(item: CommandItem): ReadonlySet<string> {
  let words = ownWordsOf.get(item);
  if (!words) {
    words = new Set([...subWords(item.name), ...purposeWords(item.purpose ?? '')]);
    ownWordsOf.set(item, words);
  }
  return words;
}

/** The words of a command after its program, stemmed: "get", "hpa" of "kubectl get hpa"; none for "kubectl". */
function subWords(name: string): string[] {
  return name
    .toLowerCase()
    .split(/\s+/)
    .slice(1)
    .filter((word) => /^[a-z][a-z-]{2,}$/.test(word))
    .map((word) => stemmer(word));
}

/** What a purpose acts on, stemmed: its verb ("shows", "lists") ties no two purposes together. */
const purposeWords = (purpose: string): string[] => contentWords(objectOf(purpose)).map((word) => stemmer(word));
