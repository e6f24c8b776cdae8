import type { ComparisonItem, DefinitionItem, FactItem, Item, KnowledgeBase, ListItem } from '../knowledge/item.js';
import { comparisonKey } from './text-tools.js';

/**
 * What a question builder may look at besides its own item: the other items, grouped, so it can find
 * siblings for distractors. Built once per generation run.
 */
export interface GenerationContext {
  items: readonly Item[];
  definitions: readonly DefinitionItem[];
  lists: readonly ListItem[];
  facts: readonly FactItem[];
  comparisons: readonly ComparisonItem[];
  /** Topics of all items: the services and concepts the notes are about ("Lambda", "DynamoDB"). */
  topics: readonly string[];
  /** Every name worth keeping capitalised in a sentence: topics, terms and their aliases. */
  names: ReadonlySet<string>;
}

export function buildContext(kb: KnowledgeBase): GenerationContext {
  const pick = <K extends Item['kind']>(kind: K) => kb.items.filter((item): item is Extract<Item, { kind: K }> => item.kind === kind);
  const definitions = pick('definition');
  const topics = uniqueByKey(kb.items.map((item) => item.topic));
  const names = new Set<string>();
  for (const name of [...topics, ...definitions.flatMap((d) => [d.term, ...d.aliases])]) {
    names.add(name);
    for (const word of name.split(/\s+/)) if (/^[A-Z]/.test(word)) names.add(word);
  }
  return { items: kb.items, definitions, lists: pick('list'), facts: pick('fact'), comparisons: pick('comparison'), topics, names };
}

/** Section path without its last part: the heading the item's own heading sits under. */
export function parentSection(item: Item): string {
  return item.source.section.slice(0, -1).join('\u001f');
}

/** The full section path as one comparable string. */
export function sectionKey(item: Item): string {
  return item.source.section.join('\u001f');
}

/** First spelling of each distinct (case/space-insensitive) string, in input order. */
export function uniqueByKey(values: readonly string[]): string[] {
  const seen = new Set<string>();
  return values.filter((value) => {
    const key = comparisonKey(value);
    if (key === '' || seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/** True when two names denote the same thing: equal, or one is an alias of the other. */
export function sameName(a: string, b: string): boolean {
  return comparisonKey(a) === comparisonKey(b);
}
