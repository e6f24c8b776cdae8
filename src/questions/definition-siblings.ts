import type { DefinitionItem } from '../knowledge/item.js';
import { type DefinitionFacts, factsOf } from './definition-facts.js';
import type { GenerationContext } from './generation-context.js';
import { kinEvidence, sameHead, termKind } from './definition-kin.js';
import { scopeContrast } from './parallel-set.js';
import { contrasting, keywordsApart } from './definition-overlap.js';
import { nearby } from './pick-distractors.js';
import { namesHeadingKind } from './term-context.js';
import { containsWords, nameKey, singularOf } from './text-tools.js';
import { once } from './context-index.js';
import { type DefinitionIndex, indexOf, placeKey, placeOf, saysOf } from './definition-index.js';

/** A definition that may stand beside another as a wrong answer; a lower tier is a closer sibling. */
export interface SiblingDefinition {
  sibling: DefinitionItem;
  tier: number;
}

/**
 * The sibling definitions of `item` in pools of growing distance, each computed only when called (and
 * then kept): the same section (tier 0); the same file and parent section (1); the same topic (2).
 * Beyond the own section a sibling must also be of `item`'s kind (definition-kin.ts): a file or topic
 * mixes kinds, a heading's own terms rarely do. Tier 2 looks at the `nearby` part of its pool only.
 *
 * Last, anywhere in the notes, the terms named like `item`'s variants (sameLead, 3).
 *
 * Not offered, on the evidence of a blind review (round 4: no usable question among 20 that used them,
 * against 41 usable ones that did not): any other service of the notes, and any term sharing only a
 * word with `item`'s. "EC2 Instance" beside "EC2 Image Builder", "CPU" beside the taint effects,
 * "server systems" beside "expert systems" were other kinds of thing.
 */
export function siblingPools(item: DefinitionItem, context: GenerationContext): Array<() => SiblingDefinition[]> {
  const index = indexOf(context);
  const own = factsOf(item, context);
  const at = index.position.get(item) ?? 0;
  const heading = item.source.section.at(-1) ?? '';
  // "macro viruses" under "Viruses" is one of the heading's kind; "heuristic based mechanisms" under
  // the same heading names a class of another kind (a plural of another noun) and is no wrong choice
  // beside it. A singular entry ("U2F Security Key" beside "Hardware MFA Device") may still be one.
  const ofHeadingKind = namesHeadingKind(item.term, heading);
  const otherClass = (term: string): boolean => ofHeadingKind && !namesHeadingKind(term, heading) && /^\p{Ll}[\p{Ll}-]{2,}[^su]s$/u.test(term.trim().split(/\s+/).at(-1) ?? '');
  const kin = (sibling: DefinitionItem, tier: number | undefined): boolean => (tier === 0 ? !otherClass(sibling.term) : farKin(item, sibling, context, index));
  const pool = (tier: number, bucket: () => readonly DefinitionItem[]) =>
    once(() =>
      bucket().flatMap((sibling) => {
        const found = tierOf(item, own, sibling, factsOf(sibling, context), index);
        return found === tier && kin(sibling, found) ? [{ sibling, tier }] : [];
      }),
    );
  const section = (): readonly DefinitionItem[] => index.bySection.get(placeKey(item.source.file, own.section)) ?? [];
  const ownSection = pool(0, section);
  return [
    once(() => {
      const group = listGroupOf(item, section(), index);
      return ownSection().filter((found) => group.has(found.sibling));
    }),
    pool(1, () => index.byParent.get(placeKey(item.source.file, own.parent)) ?? []),
    pool(2, () => nearby(index.byTopic.get(item.topic) ?? [], at)),
    once(() => sameLead(item, own, index, context)),
  ];
}

/**
 * The definitions of `item`'s section that a list of that section holds with it, or that stand
 * between that list's first and last entries (an entry with lines of its own under it is no member,
 * though it is one of the group), when they are two or more besides it; else the whole section. One
 * heading may group its entries in lists of their own ("- database transactions" over atomicity and
 * isolation, "- relational databases" over tuple and cardinality; "Types" and "Terms" of cables):
 * the other list's entries are other kinds of thing, never offered: three choices of the answer's
 * kind are asked rather than a fourth of another. Never the list's own title either.
 */
function listGroupOf(item: DefinitionItem, section: readonly DefinitionItem[], index: DefinitionIndex): ReadonlySet<DefinitionItem> {
  const here = placeOf(item);
  const lineOf = new Map(section.map((sibling) => [nameKey(sibling.term), sibling.source.line]));
  const spans = (index.listsByFile.get(item.source.file) ?? [])
    .filter((list) => placeOf(list) === here)
    .map((list) => {
      const members = new Set(list.members.map(nameKey));
      const last = Math.max(list.source.line, ...[...members].map((key) => lineOf.get(key) ?? 0));
      return { members, first: list.source.line, last, title: nameKey(list.title) };
    })
    .filter(({ members, first, last }) => members.has(nameKey(item.term)) || (item.source.line >= first && item.source.line <= last));
  const group = section.filter((sibling) => spans.some(({ members, first, last }) => members.has(nameKey(sibling.term)) || (sibling.source.line >= first && sibling.source.line <= last)));
  // "Account kind" over StorageV1 and StorageV2 is their kind, not one of them.
  const umbrellas = new Set(spans.map((span) => span.title));
  const kept = (group.filter((sibling) => sibling !== item).length >= 2 ? group : section).filter((sibling) => !umbrellas.has(nameKey(sibling.term)));
  return new Set(kept);
}

/**
 * Anywhere in the notes, the terms that open with `item`'s first word and the same form of second word
 * ("INSERT SELECT" beside "INSERT EXEC", "Alpha 2B" beside "Alpha 2A"), tier 3: a statement's or a
 * family's variants by their names. Not terms sharing only a last word: "server systems" beside
 * "expert systems", "Instance endpoints" beside "Gateway Endpoints" were other kinds of thing.
 * The first 64 such terms are looked at, so the cost stays flat.
 */
function sameLead(item: DefinitionItem, own: DefinitionFacts, index: DefinitionIndex, context: GenerationContext): SiblingDefinition[] {
  const lead = termKind(item.term).lead;
  if (lead === undefined) return [];
  return (index.byLead.get(lead) ?? []).slice(0, 64).flatMap((sibling) => {
    const other = factsOf(sibling, context);
    // Never one already offered nearer, nor one refused as a second right answer.
    return tierOf(item, own, sibling, other, index) === undefined && admissible(item, own, sibling, other, index) ? [{ sibling, tier: 3 }] : [];
  });
}

/**
 * Kinship asked of a sibling outside `item`'s own section. A rare shared word alone ("matter" evidence)
 * is trusted only as far as the headings allow (see Placing): two terms heading their own sections
 * ("Bevacizumab" beside "Cetuximab & Panitumumab") are parallel things, and so is one beside a member
 * of a kind ("Russet" beside "Worcester" under "Apples"). Not a part of another thing ("HER2" under
 * "Trastuzumab & Pertuzumab" beside the drugs), nor members of two different kinds ("Assignment" under
 * "RBAC concepts" beside "Owner" under "Most common roles"), though each pair speaks of one matter.
 */
function farKin(item: DefinitionItem, sibling: DefinitionItem, context: GenerationContext, index: DefinitionIndex): boolean {
  const evidence = kinEvidence(item, sibling, context);
  if (evidence === undefined) return false;
  if (evidence !== 'matter') return true;
  const places = [placingOf(item, index), placingOf(sibling, index)];
  return !places.includes('part') && !places.every((place) => place === 'member');
}

/**
 * How a definition stands under its heading: `own` when the heading names its term ("Cetuximab" under
 * "Cetuximab & Panitumumab"); `part` when the heading names another thing the notes define (a feature,
 * a target, a setting of it); `member` when the heading names a kind or a matter ("Apples", "Side
 * effects") and the term is one of its entries.
 */
type Placing = 'own' | 'part' | 'member';

function placingOf(item: DefinitionItem, index: DefinitionIndex): Placing {
  const heading = item.source.section.at(-1) ?? '';
  if (heading === '' || containsWords(heading, item.term)) return 'own';
  const names = heading.split(/\s*(?:[&,/+():–—]|\s-\s|\band\b|\bvs\b\.?)\s*/i).map(nameKey);
  return names.some((key) => key !== '' && index.byName.has(key)) ? 'part' : 'member';
}

/** True when the item's own heading names its term ("Bittersweet" under "Bittersweet"). */
function headsOwnSection(item: DefinitionItem): boolean {
  const heading = item.source.section.at(-1) ?? '';
  return heading !== '' && containsWords(heading, item.term);
}


/** True when one list of `item`'s section holds both terms as entries. */
function listedTogether(item: DefinitionItem, sibling: DefinitionItem, index: DefinitionIndex): boolean {
  const here = placeOf(item);
  const [a, b] = [nameKey(item.term), nameKey(sibling.term)];
  return (index.listsByMember.get(a) ?? []).some((list) => placeOf(list) === here && list.members.some((member) => nameKey(member) === b));
}

/** The tier of `sibling` beside `item`, or undefined when it must not be offered at all. */
function tierOf(item: DefinitionItem, own: DefinitionFacts, sibling: DefinitionItem, other: DefinitionFacts, index: DefinitionIndex): number | undefined {
  if (!admissible(item, own, sibling, other, index)) return undefined;
  const sameFile = sibling.source.file === item.source.file;
  // A concept label ("Integration") does not stand among products ("ECR", "EKS"), even in one section;
  // but entries of one list of the section ("Sorts: Heapsort, Merge Sort, Timsort") are one kind by the
  // notes' own say, however each is written.
  const labelBesideProduct = ((own.service && !other.named) || (other.service && !own.named)) && !listedTogether(item, sibling, index);
  if (sameFile && other.section === own.section && !labelBesideProduct) return 0;
  if (sameFile && other.parent === own.parent && own.service === other.service) return 1;
  if (sibling.topic === item.topic && own.service === other.service) return 2;
  return undefined;
}

/**
 * Names a list of the notes holds beside `item`'s term ("Service types: ClusterIP, NodePort,
 * LoadBalancer" for ClusterIP), or a table holds as rows beside it: of its kind by the notes' own say,
 * though the notes may define none of them. A name the notes define is left to the sibling pools,
 * which judge its definition. For a sub-item (a term under a heading that is not its own) only a list
 * or table of its own section counts: one elsewhere (a summary's "On-Demand, Spot, Reserved" beside a
 * Dedicated Host billing option, the contraindications beside a side effect) groups the names by
 * another question than the one the item's heading asks.
 */
export function listedBeside(item: DefinitionItem, context: GenerationContext): string[] {
  const index = indexOf(context);
  const own = [item.term, ...item.aliases].map(nameKey);
  const names: string[] = [];
  const here = placeOf(item);
  const anywhere = headsOwnSection(item);
  const lists = (index.listsByMember.get(nameKey(item.term)) ?? []).filter((list) => anywhere || placeOf(list) === here);
  const tables = (index.tablesByRow.get(nameKey(item.term)) ?? []).filter((table) => anywhere || table.place === here);
  const groups = [...lists.map((list) => list.members), ...tables.map((table) => table.labels)];
  for (const members of groups) {
    for (const member of members) {
      const key = nameKey(member);
      if (key === '' || own.includes(key) || index.byName.has(key) || names.some((name) => nameKey(name) === key)) continue;
      names.push(member.trim());
    }
  }
  return names;
}

/** False for a sibling that would be a second right answer (or is the item itself). */
function admissible(item: DefinitionItem, own: DefinitionFacts, sibling: DefinitionItem, other: DefinitionFacts, index: DefinitionIndex): boolean {
  if (sibling === item) return false;
  // A sibling defined in the same words, or the same term again, would be a second right answer.
  if (other.sentenceKey === own.sentenceKey || other.nameKeys.some((key) => own.nameKeys.includes(key))) return false;
  // "Local Secondary Index" under the heading "LSI (Local secondary index)" is about LSI: LSI beside it is the answer again.
  if (nameKey(sibling.term) === nameKey(item.topic) || nameKey(item.term) === nameKey(sibling.topic)) return false;
  // Said of the sibling anywhere in its definition ("… The -OH group means its active"), it is right too.
  // Opposites alike in words ("can grant access" / "can not grant access") are the best pair, not two answers.
  // So are two kinds of one thing told apart by scope ("all files …" / "only the files …", parallel-set.ts).
  const told = contrasting(own.sentence, other.sentence) || keywordsApart(own.sentence, other.sentence) || (sameHead(item.term, sibling.term) && scopeContrast(own.sentence, other.sentence));
  if ((overlap(own.words, other.allWords) >= 0.6 || overlap(other.words, own.allWords) >= 0.6) && !told) return false;
  // "M1" under the heading "Muscarinic": a kind of the answer has what the answer has.
  if (headedBy(sibling, item.term) || headedBy(item, sibling.term)) return false;
  // "virus" beside "macro viruses", "firewalls" beside "second-generation firewall": the one-word term
  // is the kind the other is one of, so whatever describes the kind describes both.
  if (umbrellaOf(item.term, sibling.term) || umbrellaOf(sibling.term, item.term)) return false;
  // Lambda is "Function-as-a-Service (FaaS) that runs your code" elsewhere in the notes: FaaS's
  // definition would be a second right answer for Lambda, and Lambda one for FaaS.
  return !(saysOf(index, item, sibling.term) || saysOf(index, sibling, item.term));
}

/** True when `kind` is one word and the head of the longer `term` ("firewall" of "third generation firewalls"). */
function umbrellaOf(kind: string, term: string): boolean {
  const kindWords = kind.trim().toLowerCase().split(/\s+/);
  const termWords = term.trim().toLowerCase().split(/\s+/);
  return kindWords.length === 1 && termWords.length > 1 && singularOf(kindWords[0]!) === singularOf(termWords.at(-1)!);
}


/** True when one of the headings above `item` (not its own line) names `term` ("Muscarinic (GPCR)" over "M1"). */
function headedBy(item: DefinitionItem, term: string): boolean {
  const key = nameKey(term);
  return key !== '' && headingKeysOf(item).has(key) && nameKey(item.term) !== key;
}

/** The name keys of the headings above `item`, a gloss after "(", ":" or a dash dropped; kept per item. */
function headingKeysOf(item: DefinitionItem): ReadonlySet<string> {
  let keys = headingKeys.get(item);
  if (!keys) {
    keys = new Set(item.source.section.map((heading) => nameKey(heading.replace(/\s*[(:–-].*$/, ''))));
    headingKeys.set(item, keys);
  }
  return keys;
}

const headingKeys = new WeakMap<DefinitionItem, ReadonlySet<string>>();

/**
 * Share of `a`'s meaningful words found in `b`: "deploys to several regions" is 2/3 inside "deploys one
 * stack to many regions", so the two could both answer the same stem.
 */
function overlap(a: readonly string[], b: ReadonlySet<string>): number {
  if (a.length < 2) return 0;
  return a.filter((word) => b.has(word)).length / a.length;
}
