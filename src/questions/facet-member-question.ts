import { singular } from './table-row-question.js';
import { lowerFirst, occursAlone } from './text-tools.js';
import { COMMAND_VERBS, COMPARATIVE_OPPOSITES, LINKING_VERBS, NOMINAL_SUFFIX } from '../knowledge/english-words.js';
import type { DefinitionItem, FactItem, Item, ListItem } from '../knowledge/item.js';
import { groupBy, perContext } from './context-index.js';
import { type GenerationContext, looksLikeProductName } from './generation-context.js';
import { realSubject } from './gates/real-subject.js';
import { buildQuestion, type Outcome } from './question-draft.js';

/**
 * Sibling sections with one sub-list each under the same label: "## Isolation Levels", then
 * "READ UNCOMMITTED", "READ COMMITTED", "SERIALIZABLE" …, each with "* What You'll See" over its
 * bullets (or drugs, each with "Side effects"; services, each with "Limitations"). A bullet found
 * under one sibling only says what sets that sibling apart: "Which isolation level has dirty reads?",
 * the other siblings as the wrong choices. A bullet that another sibling's bullet contains, or that
 * contains one ("Good performance" beside "Good performance when there are few conflicts"), is no
 * such mark: it may be true of both.
 *
 * Sibling sections named by a term may hold their bullets with no label over them: "## Replication
 * strategies", then "### ZRS - Zone redundant storage" over "* Synchronous replication to three
 * zones in one region". Such a bullet, when it is a noun phrase, asks "Which replication strategy has
 * …?" among the sibling terms (ZRS, LRS, GRS).
 */
export function facetMemberQuestions(item: ListItem | FactItem, context: GenerationContext): Outcome[] {
  const index = facetIndexOf(context);
  const mine = index.byItem.get(item);
  if (!mine) return [];
  const { group, sibling } = mine;
  const siblings = [...group.members.keys()];
  if (siblings.length < MIN_SIBLINGS) return [];
  const others = siblings.filter((other) => other !== sibling);
  const fits = group.facet === '' ? (member: string): boolean => ownAskable(member, siblings) : askable;
  return membersOf(item, group.facet === '')
    .filter((member) => fits(member) && others.every((other) => !group.members.get(other)!.some((theirs) => overlaps(theirs, member))))
    .map((member) =>
      buildQuestion(
        {
          item,
          kind: 'comparison',
          variant: `facet|${member}`,
          stem: `Which ${group.kind} has ${/^(?:\p{L}+est|most|least)\s/iu.test(member) ? 'the ' : ''}${lowerFirst(member)}?`,
          answer: sibling,
          candidates: others.map((text) => ({ text, tier: 0 })),
          explanation: `${sibling}${group.facet ? `, ${group.facet}` : ''}: ${member}; no other ${group.kind} of the notes has it.`,
        },
        context,
      ),
    );
}

/** Three siblings at least: with two, the question is a coin toss between them. */
const MIN_SIBLINGS = 3;

/** The bullets an item holds: a list's members, a fact's own line; `own` for bullets with no label over them. */
const membersOf = (item: ListItem | FactItem | DefinitionItem, own = false): string[] =>
  (item.kind === 'list' ? item.members : [item.kind === 'fact' ? item.text : item.definition]).map((text) => tidyMember(text, own)).filter(Boolean);

/**
 * "High concurrency (doesn't block …)." → "High concurrency". A bullet of its own keeps a short aside
 * that says where or how ("to 3 clusters (each in its own zone - so …)" → "(each in its own zone)"):
 * with no label over it, the aside may be what tells it from its siblings.
 */
const tidyMember = (text: string, own = false): string =>
  text
    .replace(/\s*\(([^()]*)\)/g, (_, aside: string) => {
      const kept = aside.split(/\s[-–—]\s|[;,]/)[0]!.trim();
      return own && kept.split(/\s+/).length <= 5 && !/[:=]/.test(kept) ? ` (${kept})` : '';
    })
    .replace(/[\s.;:*]+$/, '')
    .trim();

/**
 * A short noun phrase: two to five words, no clause, no code, no number, and not led by a comparative
 * ("Lighter weight row versioning" is lighter than a sibling's: asked alone, it loses what it is
 * compared with).
 */
const askable = (member: string): boolean => {
  const words = member.split(/\s+/);
  if (COMPARATIVE_OPPOSITES.has(words[0]!.toLowerCase())) return false;
  return words.length >= 2 && words.length <= 5 && !/[\d:;,`"“”?!=/]/.test(member) && !/\b(?:is|are|was|were|can|will|may|must|should|not)\b/i.test(member);
};

/**
 * A bullet straight under a sibling heading, asked after "has": a noun phrase of two to eighteen words
 * headed by a noun made from a verb ("Synchronous replication of data to …", "Encryption at rest"), so
 * never a clause ("Operate as normal …"); no clause marks, no number first, and no sibling's name in
 * it (that would give the answer away, or name a wrong choice as part of it).
 */
function ownAskable(member: string, siblings: readonly string[]): boolean {
  const words = member.split(/\s+/);
  const first = words[0]!.toLowerCase();
  if (words.length < 2 || words.length > 18 || /^\d/.test(member) || /[:;"“”?!=`|]|\s[-–—]\s/.test(member)) return false;
  if (COMPARATIVE_OPPOSITES.has(first) || LINKING_VERBS.has(first) || COMMAND_VERBS.has(first)) return false;
  if (!words.slice(0, 2).some((word) => NOMINAL_SUFFIX.test(word))) return false;
  // A verb or a relative clause: "Reduction of X which drives Y" reads badly after "has".
  if (/\b(?:is|are|was|were|can|will|may|must|should|not|which|that|who|whose|where|when|while|because|if)\b/i.test(member)) return false;
  const text = member.toLowerCase();
  return siblings.every((name) => !occursAlone(text, name.toLowerCase()));
}


const keys = new Map<string, string>();
/** A bullet's words, spaced on both sides; cached, as every bullet is compared with every sibling's. */
const key = (text: string): string => {
  let found = keys.get(text);
  if (found === undefined) {
    found = ` ${text.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim()} `;
    if (keys.size > 10_000) keys.clear();
    keys.set(text, found);
  }
  return found;
};
/** One bullet's words inside the other's, either way, or both led by the same two words ("Lost messages on a crash", "Lost messages under load"). */
const overlaps = (a: string, b: string): boolean => {
  const lead = (text: string): string => key(text).trim().split(' ').slice(0, 2).join(' ');
  return key(a).includes(key(b)) || key(b).includes(key(a)) || lead(a) === lead(b);
};


/** "Isolation Levels" → "isolation level", "Policies" → "policy"; undefined for a heading that is no plural noun phrase. */
function kindOf(heading: string): string | undefined {
  const words = heading.trim().split(/\s+/);
  if (words.length > 3 || !/^[\p{L}-]+$/u.test(words.join(''))) return undefined;
  const last = words[words.length - 1]!;
  const one = singular(last);
  if (one === last) return undefined;
  return [...words.slice(0, -1), one].map((word) => (/^\p{Lu}{2,}$/u.test(word) ? word : word.toLowerCase())).join(' ');
}

interface FacetGroup {
  kind: string;
  facet: string;
  /** Sibling section → its bullets under the facet. */
  members: Map<string, string[]>;
}

/**
 * The facet each list or fact sits under: a list titled with it, or a fact whose subject ends in its
 * section's name followed by it ("READ COMMITTED what you'll see"), in a section whose parent heading
 * names the kind of its siblings.
 */
function placeOf(item: Item, context: GenerationContext): { parent: string; sibling: string; facet: string } | undefined {
  const { section } = item.source;
  if (section.length < 2 || (item.kind !== 'list' && item.kind !== 'fact' && item.kind !== 'definition')) return undefined;
  const sibling = section[section.length - 1]!;
  const parent = section.slice(0, -1).join(' › ');
  if (item.kind === 'list') return { parent, sibling, facet: item.title.toLowerCase() };
  // The heading's term defined by its first bullet: a sibling of its own, its bullet one that others may not share.
  if (item.kind === 'definition') return item.term === item.topic && namesHeading(item, sibling, context) ? { parent, sibling: item.topic, facet: '' } : undefined;
  if (item.quantity) return undefined;
  // The subject may lead with the headings above ("Delivery Modes AT MOST ONCE what you get").
  const at = item.subject.lastIndexOf(`${sibling} `);
  if (at >= 0 && (at === 0 || item.subject[at - 1] === ' ')) return { parent, sibling, facet: item.subject.slice(at + sibling.length + 1).toLowerCase() };
  // A bullet of its own under a heading that names a term: "### ZRS - Zone redundant storage", its topic "ZRS".
  return item.subject === item.topic && namesHeading(item, sibling, context) ? { parent, sibling: item.topic, facet: '' } : undefined;
}

/** True when the item's topic is the name its heading gives ("ZRS" of "ZRS - Zone redundant storage"), and a name, not a facet. */
function namesHeading(item: Item, heading: string, context: GenerationContext): boolean {
  const named = item.topic;
  const own = named === heading || (heading.startsWith(named) && /^\s*(?:[-–—:(]|$)/.test(heading.slice(named.length)));
  return own && looksLikeProductName(named) && realSubject([named], context.facets) !== undefined;
}

const facetIndexOf = perContext((context) => {
  const placed = context.items.flatMap((item) => {
    const place = placeOf(item, context);
    return place ? [{ item: item as ListItem | FactItem | DefinitionItem, ...place }] : [];
  });
  const byItem = new Map<Item, { group: FacetGroup; sibling: string }>();
  for (const [, entries] of groupBy(placed, (entry) => `${entry.item.source.file}\u0000${entry.parent}\u0000${entry.facet}`)) {
    const { parent, facet } = entries[0]!;
    const kind = kindOf(parent.split(' › ').pop()!);
    if (!kind) continue;
    const group: FacetGroup = { kind, facet, members: new Map() };
    for (const entry of entries) {
      group.members.set(entry.sibling, [...(group.members.get(entry.sibling) ?? []), ...membersOf(entry.item, facet === '')]);
      byItem.set(entry.item, { group, sibling: entry.sibling });
    }
  }
  return { byItem };
});
