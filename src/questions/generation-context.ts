import { AskedQuestions } from './asked-questions.js';
import type { Lexicon } from '../knowledge/lexicon.js';
import type { ComparisonItem, DefinitionItem, FactItem, Item, KnowledgeBase, ListItem } from '../knowledge/item.js';
import { comparisonKey, nameKey } from './text-tools.js';
import { vendorWordsOf } from './gates/clue-in-stem.js';
import { prefixPattern, withoutPrefix } from './vendor-prefix.js';
import { recurringFacets } from './recurring-facets.js';

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
  /** Names worth keeping capitalised in a sentence: topics and aliases, and terms that look like names. */
  names: ReadonlySet<string>;
  /** Topics, terms and aliases that name a product or service ("Lambda", "Route 53", "API Gateway"). */
  services: ReadonlySet<string>;
  /** `services` as brand-less comparison keys, for quick look-ups. */
  serviceKeys: ReadonlySet<string>;
  /** The questions built so far in this run, as candidates (generateQuestions adds each one). */
  asked: AskedQuestions;
  /**
   * What the notes name things by, as comparison keys: defined terms and their aliases, list members,
   * table rows. A heading among them names a thing; any other heading is a title over notes.
   */
  thingNames?: ReadonlySet<string>;
  /** Vendor words from the lexicon's prefixes ("aws", "amazon"): never a clue in a stem. */
  vendorWords?: ReadonlySet<string>;
  /** The lexicon's facets ("Exam Tips", "Pricing") and the headings recurring across the folder (recurring-facets.ts): headings that never name a subject. */
  facets?: readonly string[];
  /** The notes' field vocabulary (base lexicon plus the folder's own). */
  lexicon?: Lexicon;
}

export function buildContext(kb: KnowledgeBase): GenerationContext {
  const pick = <K extends Item['kind']>(kind: K) => kb.items.filter((item): item is Extract<Item, { kind: K }> => item.kind === kind);
  const definitions = pick('definition');
  const topics = uniqueByKey(kb.items.map((item) => item.topic));
  const lists = pick('list');
  const candidates = uniqueByKey([...topics, ...definitions.flatMap((d) => [d.term, ...d.aliases]), ...lists.flatMap((l) => l.members)]);
  const prefix = prefixPattern(kb.lexicon.prefixes);
  const branded = new Set(candidates.filter((name) => prefix.test(name)).map((name) => comparisonKey(withoutPrefix(name, prefix))));
  const services = new Set<string>();
  const topicSet = new Set(topics);
  for (const name of candidates) {
    const bare = withoutPrefix(name, prefix);
    if (branded.has(comparisonKey(bare)) || (topicSet.has(name) && looksLikeProductName(bare))) {
      services.add(name);
      services.add(bare);
    }
  }
  const names = new Set<string>([...services, ...candidates.filter(looksLikeProductName)]);
  const serviceKeys = new Set([...services].map((service) => nameKey(service)));
  const comparisons = pick('comparison');
  const thingNames = new Set([...definitions.flatMap((d) => [d.term, ...d.aliases]), ...lists.flatMap((l) => l.members), ...comparisons.map((c) => c.row)].map(comparisonKey));
  return { items: kb.items, definitions, lists, facts: pick('fact'), comparisons, topics, names, services, serviceKeys, asked: new AskedQuestions(), thingNames, vendorWords: vendorWordsOf(kb.lexicon.prefixes), facets: [...kb.lexicon.facets, ...recurringFacets(kb.items, kb.lexicon.names)], lexicon: kb.lexicon };
}

/**
 * "CloudFront", "Route 53", "API Gateway", "ECR", "Lambda@Edge": an internal capital, a digit, an
 * acronym or every word capitalised (two words or more). "Serverless" or "Scale to zero" are not.
 */
export function looksLikeProductName(name: string): boolean {
  const words = name.split(/\s+/);
  if (words.length > 5) return false;
  if (words.some((word) => /[a-z][A-Z]|^[A-Z]{2,}|\d|@|-[A-Z]/.test(word))) return true;
  return words.length >= 2 && words.every((word) => /^[A-Z]/.test(word));
}

/** Section path without its last part: the heading the item's own heading sits under. */
export function parentSection(item: Item): string {
  return item.source.section.slice(0, -1).join('\u001f');
}

/** The full section path as one comparable string. */
export function sectionKey(item: Item): string {
  const { section } = item.source;
  let key = sectionKeys.get(section);
  if (key === undefined) {
    key = section.join('\u001f');
    sectionKeys.set(section, key);
  }
  return key;
}

// Builders ask an item's section key again and again (every sibling test): it is joined once per section path.
const sectionKeys = new WeakMap<readonly string[], string>();

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

/** True when `name` (with or without a vendor prefix) names a service the notes cover. */
export function isServiceName(name: string, context: Pick<GenerationContext, 'serviceKeys'>): boolean {
  return context.serviceKeys.has(nameKey(name));
}
