import { comparisonKey } from './text-tools.js';

/**
 * A fixed set of names indexed for matching against text, so a sentence is checked against the few
 * names that share one of its words instead of every name in the notes (thousands, in a big corpus).
 */
export class NameIndex {
  private readonly byFirstWord = new Map<string, Array<{ name: string; key: string; order: number }>>();
  private readonly byLeadingWord = new Map<string, string[]>();

  constructor(names: Iterable<string>) {
    let order = 0;
    for (const name of names) {
      const key = comparisonKey(name);
      if (key !== '') push(this.byFirstWord, key.split(' ')[0]!, { name, key, order });
      push(this.byLeadingWord, leadingWord(name), name);
      order += 1;
    }
  }

  /** The names found in `text` as whole words, as `containsWords` finds them, in the order given. */
  namesIn(text: string): string[] {
    const key = comparisonKey(text);
    const padded = ` ${key} `;
    const found: Array<{ name: string; order: number }> = [];
    for (const word of new Set(key.split(' '))) {
      for (const entry of this.byFirstWord.get(word) ?? []) if (padded.includes(` ${entry.key} `)) found.push(entry);
    }
    return found.sort((a, b) => a.order - b.order).map((entry) => entry.name);
  }

  /** True when `text` starts with one of the names (same case), followed by neither a letter nor a digit. */
  startsWithName(text: string): boolean {
    // Such a name and the text begin with the same run of letters and digits: only those names are tried.
    for (const name of this.byLeadingWord.get(leadingWord(text)) ?? []) {
      if (text.startsWith(name) && !/[\p{L}\p{N}]/u.test(text.charAt(name.length))) return true;
    }
    return false;
  }
}

const indexes = new WeakMap<ReadonlySet<string>, { size: number; index: NameIndex }>();

/** The index of a set of names, built on first use and kept while the set lives (rebuilt if it grew or shrank). */
export function nameIndexOf(names: ReadonlySet<string>): NameIndex {
  const cached = indexes.get(names);
  if (cached && cached.size === names.size) return cached.index;
  const index = new NameIndex(names);
  indexes.set(names, { size: names.size, index });
  return index;
}

const leadingWord = (text: string): string => /^[\p{L}\p{N}]*/u.exec(text)![0];

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const values = map.get(key);
  if (values) values.push(value);
  else map.set(key, [value]);
}
