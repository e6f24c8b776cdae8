import type { DefinitionItem, Item, ListItem } from '../knowledge/item.js';
import { factsOf } from './definition-facts.js';
import { groupBy, perContext } from './context-index.js';
import { type GenerationContext, sectionKey } from './generation-context.js';
import { termKind } from './definition-kin.js';
import { comparisonKey, nameKey } from './text-tools.js';

/** The definitions grouped the ways siblings are found, in notes order; built once per generation run. */
export interface DefinitionIndex {
  bySection: Map<string, DefinitionItem[]>;
  byParent: Map<string, DefinitionItem[]>;
  byTopic: Map<string, DefinitionItem[]>;
  /** Each definition's place in its topic's list. */
  position: Map<DefinitionItem, number>;
  /** The notes' lists by the name key of each member. */
  listsByMember: Map<string, ListItem[]>;
  /** The notes' lists by file. */
  listsByFile: Map<string, ListItem[]>;
  /** The row labels of each table of the notes, by the name key of each row label. */
  tablesByRow: Map<string, TableRows[]>;
  /** Every definition by its term's lead (see termKind): "insert upper" for "INSERT EXEC". */
  byLead: Map<string, DefinitionItem[]>;
  /** Every definition the notes give a name (term or alias), by the name's key. */
  byName: Map<string, DefinitionItem[]>;
  /** The first definition (in notes order) of each term, by the term lower-cased. */
  byTerm: Map<string, DefinitionItem>;
  /** The distinct heads (see headOf) of each name's definitions, padded comparison keys, filled on use. */
  headsByName: Map<string, string[]>;
}

/** True when some definition of `item`'s term, anywhere in the notes, says it is a `term`. */
export function saysOf(index: DefinitionIndex, item: DefinitionItem, term: string): boolean {
  const name = nameKey(item.term);
  let said = index.headsByName.get(name);
  if (!said) {
    // A big corpus repeats one term's definition in many files: each distinct head is kept once.
    said = [...new Set((index.byName.get(name) ?? [item]).map((definition) => ` ${comparisonKey(headOf(definition))} `))];
    index.headsByName.set(name, said);
  }
  const key = ` ${comparisonKey(term)} `;
  return key.trim() !== '' && said.some((head) => head.includes(key));
}

const heads = new WeakMap<DefinitionItem, string>();

/**
 * What a definition says its term is, before any qualifier: "Function-as-a-Service (FaaS)" in
 * "Function-as-a-Service (FaaS) that runs your code"; "More capable" in "More capable than …".
 */
function headOf(item: DefinitionItem): string {
  let head = heads.get(item);
  if (head === undefined) {
    // "the Kubernetes distribution Amazon EKS is built on": a name in a clause of its own ("EKS is …")
    // is not what the term is; the head ends where that clause's verb begins, and the name with it.
    head = (item.definition.split(/[,.;:]|\s(?:that|which|who|to|of|in|on|from|than|for|with|when|so|where|built|used)\s/i)[0] ?? '').replace(/(?:\s+\S+)?\s+(?:is|are|was|were)\b.*$/i, '');
    heads.set(item, head);
  }
  return head;
}

export const indexOf = perContext((context): DefinitionIndex => {
  const facts = (item: DefinitionItem) => factsOf(item, context);
  const byTopic = groupBy(context.definitions, (item) => item.topic);
  const position = new Map<DefinitionItem, number>();
  for (const group of byTopic.values()) group.forEach((item, at) => position.set(item, at));
  return {
    bySection: groupBy(context.definitions, (item) => placeKey(item.source.file, facts(item).section)),
    byParent: groupBy(context.definitions, (item) => placeKey(item.source.file, facts(item).parent)),
    byTopic,
    position,
    listsByMember: groupBy(context.lists, (list) => list.members.map(nameKey)),
    listsByFile: groupBy(context.lists, (list) => list.source.file),
    tablesByRow: tableRows(context),
    byName: groupBy(context.definitions, (item) => [item.term, ...item.aliases].map(nameKey)),
    byTerm: new Map([...groupBy(context.definitions, (item) => item.term.toLowerCase())].map(([term, [first]]) => [term, first!])),
    byLead: groupBy(context.definitions, (item) => {
      const { lead } = termKind(item.term);
      return lead === undefined ? [] : [lead];
    }),
    headsByName: new Map(),
  };
});

export const placeKey = (file: string, section: string): string => `${file}\u0000${section}`;

/** The place (file and full section path) `item` stands in, as `placeKey` writes it; kept per item. */
export function placeOf(item: Item): string {
  let place = places.get(item);
  if (place === undefined) {
    place = placeKey(item.source.file, sectionKey(item));
    places.set(item, place);
  }
  return place;
}

const places = new WeakMap<Item, string>();

/** The row labels of one table and the place (file and section) it stands in. */
export interface TableRows {
  labels: string[];
  place: string;
}

/** Each table's row labels ("ClusterIP", "NodePort" under "Service types"), indexed by each label. */
function tableRows(context: GenerationContext): Map<string, TableRows[]> {
  const tables = groupBy(context.comparisons, (row) => `${row.source.file}\u0000${row.title}`);
  const byRow = new Map<string, TableRows[]>();
  for (const rows of tables.values()) {
    const labels = rows.map((row) => row.row.trim());
    const table = { labels, place: placeOf(rows[0]!) };
    for (const label of labels) byRow.set(nameKey(label), [...(byRow.get(nameKey(label)) ?? []), table]);
  }
  return byRow;
}
