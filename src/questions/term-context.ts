import type { DefinitionItem } from '../knowledge/item.js';
import { factsOf } from './definition-facts.js';
import { startsWithVerb } from './definition-phrasing.js';
import { type GenerationContext, isServiceName, looksLikeProductName } from './generation-context.js';
import { lowerWords } from './name-case.js';
import { containsWords, nameKey, singularOf, tidy } from './text-tools.js';
import { isVagueHeading } from './vague-heading.js';
import { listIntroKind } from './list-intro-kind.js';
import { tableKind } from './table-kind.js';

/**
 * What a stem must say so a sub-item's term makes sense on its own. "Runtime" or "Edge-optimized" mean
 * little without "Lambda configuration" or "API Gateway endpoint type"; "Route 53" or "DynamoDB" need
 * nothing. A sub-item is a term that is not a service and sits under a heading other than its own.
 *
 * - `none`: the term stands on its own ("Which of these …").
 * - `group`: the heading names a kind, given singular with its topic ("Which API Gateway endpoint type …").
 * - `place`: the heading names a part of the topic ("In the Lambda configuration, which of these …").
 * - `unclear`: the heading says nothing a stem could use ("Why bother", "At a glance"): ask nothing.
 */
export type TermContext = { kind: 'none' } | { kind: 'group'; noun: string } | { kind: 'place'; place: string } | { kind: 'unclear' };

/** The context a stem about `item`'s term must carry (see TermContext). */
export function termContext(item: DefinitionItem, context: GenerationContext): TermContext {
  // "SELinux has three modes:" over the term's bullet names its kind better than any heading.
  const introduced = listIntroKind(item, context);
  if (introduced) return { kind: 'group', noun: introduced };
  // `| Component | Purpose |` under "Implementing Azure File Sync": the table names its rows' kind.
  const tabled = factsOf(item, context).service ? undefined : tableKind(item, context.names);
  if (tabled) return { kind: 'group', noun: tabled };
  const placed = fromHeading(item, context);
  // A product-like name ("SNS", "Time To Live") still reads alone when its heading says nothing useful.
  return placed.kind === 'unclear' && factsOf(item, context).named ? { kind: 'none' } : placed;
}

function fromHeading(item: DefinitionItem, context: GenerationContext): TermContext {
  const facts = factsOf(item, context);
  const heading = tidy(item.source.section.at(-1) ?? '');
  const kinds = kindsHeading(heading, tidy(item.source.section.at(-2) ?? ''));
  if (kinds && !facts.service) return { kind: 'group', noun: kinds };
  if (facts.service && partOfAnotherService(item, heading, context)) return readsAsPlace(item.topic) ? { kind: 'place', place: item.topic } : { kind: 'none' };
  if (facts.service || heading === '' || nameKey(item.term) === nameKey(item.topic)) return { kind: 'none' };
  // "ECR - Elastic Container Registry", "X-Ray (tracing)": the heading is a name with a gloss.
  const headingName = tidy(heading.split(/\s+[-–:]\s+|\s*\(/)[0] ?? '');
  if (nameKey(headingName) === nameKey(item.term)) return { kind: 'none' };
  if (nameKey(headingName) === nameKey(item.topic)) return readsAsPlace(item.topic) ? { kind: 'place', place: item.topic } : { kind: 'unclear' };
  // "Differential backups" under "Backups and offsite storage", "macro viruses" under "Viruses": the
  // term names its own kind, the heading's, and reads alone ("Which of these stores …?").
  if (namesHeadingKind(item.term, heading)) return { kind: 'none' };
  if (isVagueHeading(heading, context.facets) || /[:?!&]/.test(heading)) return { kind: 'unclear' };
  // "Protecting power sources" over "sag", "brownout": an activity heading names what is acted on, not
  // the kind of its entries (a brownout is no power source).
  if (/^\p{L}+ing\s/u.test(heading)) return { kind: 'unclear' };
  const lowered = lowerWords(tidy(heading.replace(/\s*\([^)]*\)/g, '').replace(/^(more|other|some|key|main)\s+/i, '')), context.names);
  // The topic keeps its own spelling even when it is not among the names ("Lambda configuration").
  const phrase = withTopicSpelling(lowered, item.topic);
  const words = phrase.split(/\s+/);
  if (words.length > 5) return { kind: 'unclear' };
  // "Decreases transcription of inflammatory genes" is a remark, not a kind: a kind is a noun phrase.
  if (startsWithVerb(phrase) || /\s(of|to|for|in|on|with|by|from|and|or|vs)\s/i.test(` ${phrase} `)) return { kind: 'unclear' };
  const withTopic = containsWords(phrase, item.topic) || !qualifies(item.topic, context) ? phrase : `${item.topic} ${phrase}`;
  const head = words.at(-1) ?? '';
  if (/^[a-z][a-z-]*[^su]s$/.test(head)) return { kind: 'group', noun: [...withTopic.split(/\s+/).slice(0, -1), singularOf(head)].join(' ') };
  if (containsWords(phrase, item.topic)) return { kind: 'place', place: `the ${phrase}` };
  return { kind: 'unclear' };
}

/**
 * "Types" under "Constraints", "Kinds of backups": a heading that says its entries are kinds of what
 * its parent (or its own tail) names gives the kind: "constraint type", "backup kind". Undefined for any
 * other heading, or a parent that is no plural noun of three words at most.
 */
function kindsHeading(heading: string, parent: string): string | undefined {
  const match = /^(types|kinds|categories|classes)(?:\s+of\s+(.+))?$/i.exec(heading);
  if (!match) return undefined;
  const what = tidy((match[2] ?? parent).replace(/\s*\([^)]*\)/g, '')).toLowerCase();
  const words = what.split(/\s+/);
  if (what === '' || words.length > 3 || !/^[a-z][a-z-]*[^su]s$/.test(words.at(-1) ?? '')) return undefined;
  return `${[...words.slice(0, -1), singularOf(words.at(-1)!)].join(' ')} ${singularOf(match[1]!.toLowerCase())}`;
}

/**
 * True when a topic reads as a name before a kind ("API Gateway endpoint type", "Lambda benefit"):
 * a name of one or two words, not a plural ("Columnstore Indexes general index design principle"),
 * not a title ("ISC2 CISSP Study Guide switching technology"), not a common word ("Create account
 * setting"). Otherwise the kind is asked alone ("Which switching technology …").
 */
function qualifies(topic: string, context: GenerationContext): boolean {
  const words = topic.trim().split(/\s+/);
  if (words.length > 2 || /(?:[^s]s|\p{Lu}s)$/u.test(topic.trim())) return false;
  // "Managing Identity": an activity, not a name ("Managing Identity identification term").
  if (/^\p{L}+ing$/u.test(words[0] ?? '') && words.length > 1) return false;
  return isServiceName(topic, context) || looksLikeProductName(topic) || context.names.has(topic);
}

/**
 * A service named as a feature of another one: "IAM: individual roles by containers" under the ECS
 * bullet says what IAM does for ECS, not what IAM is. Not when the heading names the term too
 * ("CloudFront Functions and Lambda@Edge use cases"), nor when one name holds the other (DAX in DynamoDB).
 */
function partOfAnotherService(item: DefinitionItem, heading: string, context: GenerationContext): boolean {
  const term = nameKey(item.term);
  const topic = nameKey(item.topic);
  if (term === topic || !isServiceName(item.topic, context) || containsWords(heading, item.term)) return false;
  return !containsWords(term, topic) && !containsWords(topic, term);
}


/**
 * True when a place can follow "In" in a stem ("In S3,", "In Software Testing,"): not a question's
 * words ("Can Users Access AWS"), not a summary's label ("IAM Section"), not a lone adjective
 * ("Muscarinic" of "Muscarinic receptors", "In Muscarinic, which of these …" does not parse).
 */
function readsAsPlace(place: string): boolean {
  const words = place.trim().split(/\s+/);
  if (/^(can|could|how|why|what|when|where|which|who|is|are|do|does|should|will)$/i.test(words[0] ?? '')) return false;
  if (/^(section|summary|chapter|part|overview)$/i.test(words.at(-1) ?? '')) return false;
  return !(words.length === 1 && /^\p{Lu}\p{Ll}+(?:ic|ical|ive|ous|ary|al)$/u.test(words[0] ?? ''));
}

/** True when a term of two words or more ends in a plural noun of its heading, or its singular. */
export function namesHeadingKind(term: string, heading: string): boolean {
  const words = term.trim().toLowerCase().split(/\s+/);
  const last = words.at(-1) ?? '';
  if (words.length < 2 || last.length < 4) return false;
  const kinds = heading.toLowerCase().split(/[^\p{L}]+/u).filter((word) => /^[a-z-]{3,}[^su]s$/.test(word));
  return kinds.some((kind) => kind === last || singularOf(kind) === last);
}


const letterOrDigit = /[\p{L}\p{N}]/u;

/**
 * `text` with the first whole-word occurrence of `topic`, in any case, spelt as the topic is. (A
 * case-insensitive Unicode RegExp per topic did the same, but building one costs about a millisecond:
 * seconds over a large corpus.)
 */
function withTopicSpelling(text: string, topic: string): string {
  const lower = text.toLowerCase();
  const needle = topic.toLowerCase();
  if (lower.length !== text.length || needle.length !== topic.length) return text;
  for (let at = lower.indexOf(needle); at !== -1; at = lower.indexOf(needle, at + 1)) {
    const before = text.charAt(at - 1);
    const after = text.charAt(at + needle.length);
    if (!letterOrDigit.test(before) && !letterOrDigit.test(after)) return text.slice(0, at) + topic + text.slice(at + needle.length);
  }
  return text;
}
