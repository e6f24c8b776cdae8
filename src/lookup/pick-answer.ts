import type { Item } from '../knowledge/item.js';
import { isAboutWhatWasAsked } from './about-what-was-asked.js';
import type { DeskCommand, Hit, TermUse } from './fact-index.js';
import { countedTermsOf } from './limit-facts.js';
import { tokenize } from './normalize-text.js';
import { roleFit, type AskedRole } from './query-role.js';

/** At most this many alternatives follow the best answer ("Also: …"). */
const MAX_OTHERS = 2;
/** At most this many equally matching hits are ranked in full (the rest score too low to be chosen). */
const MAX_RANKED = 60;
/** An alternative must score at least this share of the best answer to be "close". */
const CLOSE_SHARE = 0.5;

const SUBJECT_TERMS = new WeakMap<Item, readonly string[]>();
const ATTRIBUTE_TERMS = new WeakMap<Item, readonly string[]>();

/** /limit: how many of the query's attribute words the fact's attribute holds. */
function attributeWordsAsked(item: Item, asked: ReadonlySet<string>): number {
  if (item.kind !== 'fact' || asked.size === 0) return 0;
  let terms = ATTRIBUTE_TERMS.get(item);
  if (!terms) {
    // A fact in the notes' own words names no attribute: the word its number counts stands for one
    // ("with 100 - 150 questions" counts questions; "4 option … questions" counts options).
    terms = item.attribute ? tokenize(item.attribute) : countedTermsOf(item.text);
    ATTRIBUTE_TERMS.set(item, terms);
  }
  let count = 0;
  for (const term of asked) if (terms.includes(term)) count += 1;
  return count;
}

/**
 * /limit: 1 when every word of the fact's subject was asked ("reserved instances discount" names
 * Reserved Instances whole, not Convertible Reserved Instances), else 0.
 */
function subjectNamedWhole(item: Item, asked: ReadonlySet<string>): number {
  if (item.kind !== 'fact') return 0;
  let terms = SUBJECT_TERMS.get(item);
  if (!terms) {
    terms = tokenize(item.subject);
    SUBJECT_TERMS.set(item, terms);
  }
  return terms.length > 0 && terms.every((term) => asked.has(term)) ? 1 : 0;
}

/**
 * How many of the query's terms the best item must match to count as an answer: all of one or two
 * terms ("lambda foo" is a miss, not "some Lambda fact"), half of longer queries (people paste whole
 * phrases: "lambda cost 1M requests 512 MB 100 ms").
 */
function requiredMatches(termCount: number): number {
  return termCount <= 2 ? termCount : Math.ceil(termCount / 2);
}

export interface PickContext {
  command: DeskCommand;
  /** How the notes use each query term (which name subjects). */
  uses: readonly TermUse[];
  /** Both words of each rate the query asks ("subscriptions per topic"), as prepared. */
  rateHeads?: readonly string[];
  /** The value a /limit query asks for ("default", "max"), if it says. */
  role: AskedRole;
  /** How definitional an item's text is, for /define (higher is better). */
  definitional: (item: Item) => number;
  /** Whether the query names the item whole: every word of its name asked ("EFS" is EFS, not EFS-IA). */
  namedWhole: (item: Item, terms: ReadonlySet<string>) => boolean;
  /** Whether the item's nearest heading is what was asked, word for word. */
  inOwnSection: (item: Item, terms: ReadonlySet<string>) => boolean;
  /** How plainly the item's text says what the asked term is: 2 "X is/are …", 1 "X scales …", else 0. */
  definesAsked: (item: Item, terms: ReadonlySet<string>) => number;
  /** Whether what the item says starts with a word of the query, its first word ("MBR partitions are …"). */
  startsWithAsked: (item: Item, terms: ReadonlySet<string>) => boolean;
  /** Whether what the item says opens with a word of the query ("An initiative is …"). */
  opensWithAsked: (item: Item, terms: ReadonlySet<string>) => boolean;
  /** Two items that say the same thing are one answer. */
  sameAs: (a: Item, b: Item) => boolean;
}

/**
 * The best hit and its close alternatives, or nothing when no hit is about what was asked (see
 * about-what-was-asked.ts) or matches enough of the query. An item that matches more of the query's
 * words beats one that matches fewer, whatever their scores. Next, for /limit, the value of the role
 * asked for ("default", "max"), then the words found where the item is named; for /define, the words
 * found in what the item is about, then how definitional its text is ("X is a …" over a tip or a step).
 * Items as good as the best on these counts follow it. When the best item leaves some of the query's
 * words unanswered, the first item that answers one of them comes next, however it scores.
 */
export function pickAnswer(scored: readonly Hit[], context: PickContext): Item[] {
  const { command, uses } = context;
  const required = requiredMatches(uses.length);
  const asked = new Set(uses.map((use) => use.spelled));
  const subjects = new Set(uses.filter((use) => use.subject).map((use) => use.spelled));
  const attributes = new Set(uses.filter((use) => !use.subject).map((use) => use.spelled));
  const define = command === 'define';
  // The answer and the alternatives that follow it match as many of the query's words as the best
  // hit about what was asked: find that count, then rank only those hits (the best-scored
  // MAX_RANKED of them, so a word in thousands of items costs no more than a rare one).
  const about = scored.filter(
    (hit) => hit.terms.length >= required && isAboutWhatWasAsked(hit, uses, command, context.rateHeads),
  );
  const most = about.reduce((max, hit) => Math.max(max, hit.terms.length), 0);
  // `scored` comes best-scored first (fact-index.ts), and filtering keeps that order.
  const candidates = about.filter((hit) => hit.terms.length === most);
  const ranked = candidates.slice(0, MAX_RANKED).map((hit) => {
    const definitional = define ? context.definitional(hit.item) : 0;
    return {
      hit,
      matched: hit.terms.length,
      whole: define ? (context.namedWhole(hit.item, asked) ? 1 : 0) : subjectNamedWhole(hit.item, asked),
      own: define && context.inOwnSection(hit.item, asked) ? 1 : 0,
      defines: define ? context.definesAsked(hit.item, asked) : 0,
      role: !define && hit.item.kind === 'fact' ? roleFit(hit.item, context.role) : 0,
      second: define ? hit.about : hit.named,
      // Among mere mentions (the query found only in what items say), the one that opens with it.
      opens: define && hit.about === 0 && context.opensWithAsked(hit.item, asked) ? 1 : 0,
      // /limit: of two facts filed alike ("MBR and GPT partitions"), the sentence that opens with a word asked.
      leads: !define && context.startsWithAsked(hit.item, subjects) ? 1 : 0,
      // /limit: the fact whose attribute is what was asked ("discount"), not merely its text.
      attribute: define ? 0 : attributeWordsAsked(hit.item, attributes),
      // Tips, steps and examples step back; among definitions, the definitional shape lifts the score.
      third: Math.min(0, definitional),
      score: define ? hit.score * (1 + 0.25 * Math.max(0, definitional)) : hit.score,
    };
  });
  type Ranked = (typeof ranked)[number];
  // Whether an item says plainly what the asked term is: it defines it in so many words, or it is
  // the term's own definition and reads as one.
  const plainly = (entry: Ranked): number =>
    entry.defines === 2 || (entry.whole === 1 && entry.hit.item.kind === 'definition' && entry.third === 0) ? 1 : 0;
  const order = (a: Ranked, b: Ranked): number =>
    b.matched - a.matched ||
    // A definition named as asked whose text says nothing of what it is ("potency: can be found by
    // …") steps behind a text that says it ("Potency is a term which …").
    (define ? plainly(b) - plainly(a) : 0) ||
    b.whole - a.whole ||
    // "Static pods are pods managed …" says what was asked wherever it stands.
    (b.defines === 2 ? 1 : 0) - (a.defines === 2 ? 1 : 0) ||
    b.own - a.own ||
    b.defines - a.defines ||
    // Under the term's own heading, the first lines say what it is ("What is X?" and its bullets).
    (a.own === 1 && b.own === 1 ? b.third - a.third || a.hit.position - b.hit.position : 0) ||
    b.role - a.role ||
    b.attribute - a.attribute ||
    b.leads - a.leads ||
    b.defines - a.defines ||
    b.second - a.second ||
    b.opens - a.opens ||
    b.third - a.third ||
    b.score - a.score ||
    a.hit.position - b.hit.position;
  ranked.sort(order);
  const best = ranked[0];
  if (!best) return [];
  const chosen: Ranked[] = [best];
  const isNew = (hit: Hit) => !chosen.some((c) => c.hit.item === hit.item || context.sameAs(c.hit.item, hit.item));
  const covered = new Set(best.hit.terms);
  // The next thing shown may answer a word the best left out, about whatever it is ("api gateway
  // caching": API Gateway, then what the notes say of caching), so it is sought among all the hits.
  let coversMore: Hit | undefined;
  for (const hit of scored) {
    // Cheap tests first: this runs over every hit.
    if (hit.terms.length < required) continue;
    if (
      coversMore &&
      (hit.terms.length < coversMore.terms.length ||
        (hit.terms.length === coversMore.terms.length && hit.score <= coversMore.score))
    )
      continue;
    if (hit.terms.every((t) => covered.has(t)) || !isNew(hit)) continue;
    coversMore = hit;
  }
  const others: Hit[] = coversMore ? [coversMore] : [];
  for (const entry of ranked.slice(1)) {
    if (chosen.length + others.length > MAX_OTHERS) break;
    const tied = entry.matched === best.matched && entry.second === best.second;
    if (entry.matched < best.matched || (!tied && entry.hit.score < best.hit.score * CLOSE_SHARE)) continue;
    if (isNew(entry.hit) && !others.includes(entry.hit)) {
      chosen.push(entry);
    }
  }
  // The alternatives in rank order, whichever rule chose them (one that answers a left-out word first
  // among equals, as before).
  const rankOf = new Map(ranked.map((entry, i) => [entry.hit, i]));
  const alternatives = [...others, ...chosen.slice(1).map((entry) => entry.hit)].sort(
    (a, b) => (rankOf.get(a) ?? Number.MAX_SAFE_INTEGER) - (rankOf.get(b) ?? Number.MAX_SAFE_INTEGER),
  );
  return [best.hit, ...alternatives].map((hit) => hit.item);
}
