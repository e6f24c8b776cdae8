import type { DefinitionItem, ListItem } from '../knowledge/item.js';
import { type DefinitionFacts, factsOf } from './definition-facts.js';
import { groupBy, perContext } from './context-index.js';
import type { GenerationContext } from './generation-context.js';
import { kindWords, sameKind } from './definition-kin.js';
import { nearby } from './pick-distractors.js';
import { comparisonKey, nameKey } from './text-tools.js';

/** A definition that may stand beside another as a wrong answer; a lower tier is a closer sibling. */
export interface SiblingDefinition {
  sibling: DefinitionItem;
  tier: number;
}

/**
 * The sibling definitions of `item` in pools of growing distance, each computed only when called (and
 * then kept): the same section (tier 0); the same file and parent section (1); the same topic (2);
 * for a service, other services (3); anywhere in the notes, a term sharing a word with `item`'s ("Global
 * Secondary Index" beside "Local Secondary Index", 4). Beyond the own section a sibling must also be of
 * `item`'s kind (definition-kin.ts): a file or topic mixes kinds, a heading's own terms rarely do.
 * Tiers 2 to 4 look at the `nearby` part of their pool only.
 */
export function siblingPools(item: DefinitionItem, context: GenerationContext): Array<() => SiblingDefinition[]> {
  const index = indexOf(context);
  const own = factsOf(item, context);
  const at = index.position.get(item) ?? { topic: 0, service: 0 };
  const kin = (sibling: DefinitionItem, tier: number | undefined): boolean => tier === 0 || sameKind(item, sibling, context);
  const pool = (tier: number, bucket: () => readonly DefinitionItem[]) =>
    once(() =>
      bucket().flatMap((sibling) => {
        const found = tierOf(item, own, sibling, factsOf(sibling, context), index);
        return found === tier && kin(sibling, found) ? [{ sibling, tier }] : [];
      }),
    );
  const sharing = once(() => {
    const seen = new Set<DefinitionItem>();
    const found: SiblingDefinition[] = [];
    for (const word of kindWords(item.term)) {
      // A word many terms end in ("service") is searched in its first entries only: the cost stays flat.
      for (const sibling of (index.byTermWord.get(word) ?? []).slice(0, 64)) {
        if (seen.has(sibling)) continue;
        seen.add(sibling);
        // Never one already offered nearer, nor one the nearer tiers refused as a second right answer.
        if (tierOf(item, own, sibling, factsOf(sibling, context), index) !== undefined || !admissible(item, own, sibling, factsOf(sibling, context), index) || !sameKind(item, sibling, context)) continue;
        found.push({ sibling, tier: 4 });
      }
    }
    return found.slice(0, 64);
  });
  return [
    pool(0, () => index.bySection.get(placeKey(item.source.file, own.section)) ?? []),
    pool(1, () => index.byParent.get(placeKey(item.source.file, own.parent)) ?? []),
    pool(2, () => nearby(index.byTopic.get(item.topic) ?? [], at.topic)),
    pool(3, () => (own.service ? nearby(index.services, at.service) : [])),
    sharing,
  ];
}



/** The tier of `sibling` beside `item`, or undefined when it must not be offered at all. */
function tierOf(item: DefinitionItem, own: DefinitionFacts, sibling: DefinitionItem, other: DefinitionFacts, index: DefinitionIndex): number | undefined {
  if (!admissible(item, own, sibling, other, index)) return undefined;
  const sameFile = sibling.source.file === item.source.file;
  // A concept label ("Integration") does not stand among products ("ECR", "EKS"), even in one section.
  const labelBesideProduct = (own.service && !other.named) || (other.service && !own.named);
  if (sameFile && other.section === own.section && !labelBesideProduct) return 0;
  if (sameFile && other.parent === own.parent && own.service === other.service) return 1;
  if (sibling.topic === item.topic && own.service === other.service) return 2;
  if (own.service && other.service) return 3;
  return undefined;
}

/**
 * Names a list of the notes holds beside `item`'s term ("Service types: ClusterIP, NodePort,
 * LoadBalancer" for ClusterIP), or a table holds as rows beside it: of its kind by the notes' own say,
 * though the notes may define none of them. A name the notes define is left to the sibling pools,
 * which judge its definition.
 */
export function listedBeside(item: DefinitionItem, context: GenerationContext): string[] {
  const index = indexOf(context);
  const own = [item.term, ...item.aliases].map(nameKey);
  const names: string[] = [];
  const groups = [...(index.listsByMember.get(nameKey(item.term)) ?? []).map((list) => list.members), ...(index.tablesByRow.get(nameKey(item.term)) ?? [])];
  for (const members of groups) {
    for (const member of members) {
      const key = nameKey(member);
      if (key === '' || own.includes(key) || index.byName.has(key) || names.some((name) => nameKey(name) === key)) continue;
      names.push(member.trim());
    }
  }
  return names;
}

/** Each table's row labels ("ClusterIP", "NodePort" under "Service types"), indexed by each label. */
function tableRows(context: GenerationContext): Map<string, string[][]> {
  const tables = groupBy(context.comparisons, (row) => `${row.source.file}\u0000${row.title}`);
  const byRow = new Map<string, string[][]>();
  for (const rows of tables.values()) {
    const labels = rows.map((row) => row.row.trim());
    for (const label of labels) byRow.set(nameKey(label), [...(byRow.get(nameKey(label)) ?? []), labels]);
  }
  return byRow;
}

/** False for a sibling that would be a second right answer (or is the item itself). */
function admissible(item: DefinitionItem, own: DefinitionFacts, sibling: DefinitionItem, other: DefinitionFacts, index: DefinitionIndex): boolean {
  if (sibling === item) return false;
  // A sibling defined in the same words, or the same term again, would be a second right answer.
  if (other.sentenceKey === own.sentenceKey || other.nameKeys.some((key) => own.nameKeys.includes(key))) return false;
  // "Local Secondary Index" under the heading "LSI (Local secondary index)" is about LSI: LSI beside it is the answer again.
  if (nameKey(sibling.term) === nameKey(item.topic) || nameKey(item.term) === nameKey(sibling.topic)) return false;
  // Said of the sibling anywhere in its definition ("… The -OH group means its active"), it is right too.
  if (overlap(own.words, other.allWords) >= 0.6 || overlap(other.words, own.allWords) >= 0.6) return false;
  // "M1" under the heading "Muscarinic": a kind of the answer has what the answer has.
  if (headedBy(sibling, item.term) || headedBy(item, sibling.term)) return false;
  // Lambda is "Function-as-a-Service (FaaS) that runs your code" elsewhere in the notes: FaaS's
  // definition would be a second right answer for Lambda, and Lambda one for FaaS.
  return !(saysOf(index, item, sibling.term) || saysOf(index, sibling, item.term));
}

/** True when one of the headings above `item` (not its own line) names `term` ("Muscarinic (GPCR)" over "M1"). */
function headedBy(item: DefinitionItem, term: string): boolean {
  const key = nameKey(term);
  return key !== '' && item.source.section.some((heading) => nameKey(heading.replace(/\s*[(:–-].*$/, '')) === key) && nameKey(item.term) !== key;
}

/**
 * Share of `a`'s meaningful words found in `b`: "deploys to several regions" is 2/3 inside "deploys one
 * stack to many regions", so the two could both answer the same stem.
 */
function overlap(a: readonly string[], b: ReadonlySet<string>): number {
  if (a.length < 2) return 0;
  return a.filter((word) => b.has(word)).length / a.length;
}

/** The definitions grouped the ways siblings are found, in notes order; built once per generation run. */
interface DefinitionIndex {
  bySection: Map<string, DefinitionItem[]>;
  byParent: Map<string, DefinitionItem[]>;
  byTopic: Map<string, DefinitionItem[]>;
  services: DefinitionItem[];
  /** Each definition's place in its topic's list and in `services`. */
  position: Map<DefinitionItem, { topic: number; service: number }>;
  /** The notes' lists by the name key of each member. */
  listsByMember: Map<string, ListItem[]>;
  /** The row labels of each table of the notes, by the name key of each row label. */
  tablesByRow: Map<string, string[][]>;
  /** Every definition by each word of its term (see kindWords). */
  byTermWord: Map<string, DefinitionItem[]>;
  /** Every definition the notes give a name (term or alias), by the name's key. */
  byName: Map<string, DefinitionItem[]>;
  /** The distinct heads (see headOf) of each name's definitions, padded comparison keys, filled on use. */
  headsByName: Map<string, string[]>;
}

/** True when some definition of `item`'s term, anywhere in the notes, says it is a `term`. */
function saysOf(index: DefinitionIndex, item: DefinitionItem, term: string): boolean {
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
    head = item.definition.split(/[,.;:]|\s(?:that|which|who|to|of|in|on|from|than|for|with|when|so|where|built|used)\s/i)[0] ?? '';
    heads.set(item, head);
  }
  return head;
}

const indexOf = perContext((context): DefinitionIndex => {
  const facts = (item: DefinitionItem) => factsOf(item, context);
  const byTopic = groupBy(context.definitions, (item) => item.topic);
  const services = context.definitions.filter((item) => facts(item).service);
  const position = new Map<DefinitionItem, { topic: number; service: number }>();
  for (const group of byTopic.values()) group.forEach((item, topic) => position.set(item, { topic, service: 0 }));
  services.forEach((item, service) => (position.get(item)!.service = service));
  return {
    bySection: groupBy(context.definitions, (item) => placeKey(item.source.file, facts(item).section)),
    byParent: groupBy(context.definitions, (item) => placeKey(item.source.file, facts(item).parent)),
    byTopic,
    services,
    position,
    listsByMember: groupBy(context.lists, (list) => list.members.map(nameKey)),
    tablesByRow: tableRows(context),
    byTermWord: groupBy(context.definitions, (item) => kindWords(item.term)),
    byName: groupBy(context.definitions, (item) => [item.term, ...item.aliases].map(nameKey)),
    headsByName: new Map(),
  };
});

const placeKey = (file: string, section: string): string => `${file}\u0000${section}`;

function once<T>(compute: () => T): () => T {
  let value: { result: T } | undefined;
  return () => (value ??= { result: compute() }).result;
}
