import { FACET_WORDS } from '../knowledge/english-words.js';
import type { DefinitionItem } from '../knowledge/item.js';
import { perContext, perText } from './context-index.js';
import type { GenerationContext } from './generation-context.js';
import { factsOf } from './definition-facts.js';
import { isCodeName } from './shaped-siblings.js';
import { contentWords, matterWords, nameKey } from './text-tools.js';

/**
 * Whether two defined terms are things of one kind, so one may stand as a wrong choice beside the
 * other (Haladyna, Downing & Rodriguez 2002: distractors of the answer's kind, from its content area).
 * Terms under one heading are siblings by the notes' own arrangement; this is the evidence asked of
 * terms from further away, where a file mixes kinds ("PVC" beside "CoreDNS", "MFA" beside "SDKs"):
 *
 * - the terms share a word ("Node Controller" / "Replication Controller", "INSERT SELECT" / "INSERT EXEC");
 * - the definitions say the same thing of both ("a table …" / "a … table"): the same head noun;
 * - a list of the notes holds both ("Service types: ClusterIP, NodePort, LoadBalancer");
 * - one file writes both as code names of one family ("RANK()" and "LAG(col)": two calls);
 * - their first sentences share a word that few definitions of the notes use ("storage" in a set of
 *   networking notes), so both speak of one narrow matter: one such word for terms of one file or
 *   folder, or two services; two for terms further apart. Words most definitions use ("pod" in
 *   Kubernetes notes) say nothing of kind.
 */
export function sameKind(a: DefinitionItem, b: DefinitionItem, context: GenerationContext): boolean {
  return kinEvidence(a, b, context) !== undefined;
}

/**
 * Which evidence of `sameKind` two terms give, the strongest first: `name` (a shared term word),
 * `head` (one head noun), `listed` (one list of the notes), `code` (two code names of one file: see
 * shaped-siblings.isCodeName), `matter` (a rare shared word only).
 */
export type KinEvidence = 'name' | 'head' | 'listed' | 'code' | 'matter';

/** The strongest evidence that `a` and `b` are of one kind (see sameKind), or undefined for none. */
export function kinEvidence(a: DefinitionItem, b: DefinitionItem, context: GenerationContext): KinEvidence | undefined {
  const kin = kinIndexOf(context);
  const wordsA = kin.of(a);
  const wordsB = kin.of(b);
  if ((wordsA.term.head !== undefined && wordsA.term.head === wordsB.term.head) || (wordsA.term.lead !== undefined && wordsA.term.lead === wordsB.term.lead)) return 'name';
  if (wordsA.head !== undefined && wordsA.head === wordsB.head) return 'head';
  if (kin.listed(a.term, b.term)) return 'listed';
  // "RANK" beside "LAG" in one file of window functions: two calls (or two statements) the file writes alike.
  if (a.source.file === b.source.file && isCodeName(a, context) && isCodeName(b, context)) return 'code';
  const shared = wordsA.definition.filter((word) => wordsB.definition.includes(word) && kin.rare(word)).length;
  const near = folderOf(a.source.file) === folderOf(b.source.file) || (factsOf(a, context).service && factsOf(b, context).service);
  return shared >= (near ? 1 : 2) ? 'matter' : undefined;
}

/**
 * True when `candidate` names a class of things ("FLWOR expressions", "Rowstore Indexes", "Security
 * groups": two words or more ending in a plural noun) while `answer` is one name of one word ("Let",
 * "Nonclustered", "Assigned", "Heap"). The class is the umbrella or a neighbour of the answer's kind,
 * never a member beside it: the review found such choices implausible every time. A longer answer
 * ("Optimize distribution" beside "Optimize costs") may be a phrase among phrases: not judged.
 */
export function classBesideMember(answer: string, candidate: string): boolean {
  const words = answer.trim().split(/\s+/);
  return words.length === 1 && !plural(words[0]!) && pluralPhrase(candidate);
}

const plural = (word: string): boolean => /^\p{L}[\p{L}-]+[^su']s$/u.test(word);
// "Sepsis and severe burns" names two things, not a class.
const pluralPhrase = (term: string): boolean => {
  const words = term.trim().split(/\s+/);
  return words.length >= 2 && plural(words.at(-1)!) && !words.some((word) => /^(and|or|&)$/i.test(word));
};

/** The folder of a notes file ("containers" for "containers/ecr.md"); the file itself at the root. */
function folderOf(file: string): string {
  const slash = file.lastIndexOf('/');
  return slash < 0 ? file : file.slice(0, slash);
}

interface KinWords {
  term: ReturnType<typeof termKind>;
  head: string | undefined;
  definition: string[];
}

/**
 * What a term's words say of its kind: its last word, the head of an English noun phrase ("controller"
 * in "Node Controller"), and for a two-word term its first word with the form of the second ("INSERT"
 * before an upper-case word in "INSERT SELECT", "alpha" before a code in "Alpha 2B"): "INSERT EXEC" and
 * "Alpha 2A" are of those kinds, "Alpha Antagonists" is not of Alpha 2B's. A number names no kind.
 */
export function termKind(term: string): { head: string | undefined; lead: string | undefined } {
  const all = contentWords(term);
  const words = all.filter((word) => word.length >= 2 && !/^\d/.test(word));
  const written = term.trim().split(/\s+/);
  const form = (word = ''): string => (/^\d/.test(word) ? 'code' : /^\p{Lu}+$/u.test(word) ? 'upper' : /^\p{Lu}/u.test(word) ? 'capital' : 'lower');
  const lead = all.length === 2 && written.length === 2 && words[0] === all[0] ? `${words[0]} ${form(written[1])}` : undefined;
  return { head: /^\d/.test(all.at(-1) ?? '') && lead ? undefined : words.at(-1), lead };
}

/**
 * What a definition says its term is: the last word before the first qualifier of an "a/an/the …"
 * definition ("a **table** with no clustered index", "the maximum **CPU/memory** a container …").
 */
function headNoun(definition: string): string | undefined {
  const match = /^(?:a|an|the)\s+(.+?)(?:\s+(?:that|which|who|with|without|for|of|to|in|on|from|by|used|where|when|than|so)\b|[,.;:(—–]|$)/i.exec(definition.trim());
  const words = match ? contentWords(match[1]!) : [];
  return words.at(-1);
}

/** How many definitions of the notes use a word at most for the word still to mark a narrow matter. */
function rareLimit(definitions: number): number {
  return Math.max(5, Math.floor(definitions * 0.04));
}

const kinIndexOf = perContext((context) => {
  const cache = new WeakMap<DefinitionItem, KinWords>();
  const of = (item: DefinitionItem): KinWords => {
    let words = cache.get(item);
    if (!words) {
      const termWords = new Set(contentWords(item.term));
      words = {
        term: termKind(item.term),
        head: headNoun(factsOf(item, context).sentence),
        // A word of the term itself ("storage" in "Storage Gateway … stores") says nothing of a second thing.
        definition: [...new Set(matterWords(factsOf(item, context).sentence))].filter((word) => !termWords.has(word) && word.length > 2 && !/^\d/.test(word)),
      };
      cache.set(item, words);
    }
    return words;
  };
  const counts = new Map<string, number>();
  for (const item of context.definitions) for (const word of of(item).definition) counts.set(word, (counts.get(word) ?? 0) + 1);
  const limit = rareLimit(context.definitions.length);
  // Which lists (by index) hold each name: "a and b are listed together" is then a set intersection.
  const listsHolding = new Map<string, Set<number>>();
  context.lists.forEach((list, index) => {
    for (const member of list.members) {
      const key = nameKey(member);
      const holding = listsHolding.get(key) ?? new Set<number>();
      holding.add(index);
      listsHolding.set(key, holding);
    }
  });
  const listed = (a: string, b: string): boolean => {
    const withA = listsHolding.get(nameKey(a));
    const withB = withA && listsHolding.get(nameKey(b));
    return withB !== undefined && [...withA!].some((index) => withB.has(index));
  };
  return { of, rare: (word: string): boolean => (counts.get(word) ?? 0) <= limit, listed };
});

/** True when both terms have two words or more and end in the same head noun, singular or plural ("firewall", "firewalls"). */
export function sameHead(term: string, other: string): boolean {
  const head = headWordOf(term);
  return head !== '' && head === headWordOf(other);
}

/** The head word of a term of two words or more, a plural's "s" dropped; '' for one word or none. Kept per term: siblings are weighed pairwise. */
const headWordOf = perText((term: string): string => {
  const words = term.trim().split(/\s+/);
  return words.length < 2 ? '' : (termKind(words.join(' ')).head ?? '').replace(/(?<=[^su])s$/, '');
});

/** "Role + RoleBinding", "Cetuximab & Panitumumab" beside one thing: a pair of things among single ones stands out. */
export const combinedBesideOne = (answer: string, term: string): boolean => /\s[+&]\s/.test(term) && !/\s[+&]\s/.test(answer);

/**
 * "Purchasing Options", "Instance Types" beside "EC2 User Data": a plural facet word closing a term
 * names a category of the notes (a heading's kind), not one thing a stem could describe.
 */
export function categoryBesideThing(answer: string, term: string): boolean {
  const last = (text: string): string => text.trim().split(/\s+/).at(-1)?.toLowerCase() ?? '';
  const category = (text: string): boolean => text.trim().includes(' ') && /s$/.test(last(text)) && FACET_WORDS.has(last(text));
  return category(term) && !category(answer);
}
