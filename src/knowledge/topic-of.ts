/**
 * Which service or concept a heading (or a term) names: "AWS Lambda" → Lambda, "Amazon DynamoDB" →
 * DynamoDB, "EventBridge (formally CloudWatch Event)" → EventBridge with alias CloudWatch Event,
 * "ECR - Elastic Container Registry" → ECR with alias Elastic Container Registry,
 * "Benefits of AWS Lambda" → Lambda, "Concepts" → nothing.
 */

import { FACET_WORDS as GENERIC, LAYOUT_NOUNS, REFERRING_PRONOUN } from './english-words.js';
import { BASE_HINTS, type NameHints } from './vocabulary.js';

export type { NameHints } from './vocabulary.js';

/** Headings that introduce a facet; a name after them ("Example: Serverless CRON Job") is not the topic. */
const FACET_HEADING =
  /^(examples?|notes?|samples?|use cases?|practice|questions?|quiz|summary|table example|worked example)\b/i;
const LEADING_PHRASE =
  /^(?:what(?:'s|’s|s(?=\s)|\s+is|\s+are)?|why|how(?:\s+to)?|defining|benefits\s+of|introduction\s+to|intro\s+to|notes?\s+on|about|invoking)\s+/i;
/** Tails that leave a heading naming only its subject: "DynamoDB - Basics". */
const TAIL_OK = /^(basics|overview|introduction|intro|summary|what it is|in short|at a glance)$/i;
const STOP = new Set(['and', 'at', 'the', 'in', 'of', 'for', 'by', 'with', 'on', 'from', 'vs', 'vs.', 'or', 'a', 'an']);
const ALIAS_PREFIX = /^(?:formerly|formally|previously|aka|a\.k\.a\.|also(?:\s+known\s+as|\s+called)?|was)\s+/i;

export interface HeadingName {
  /** The name, cleaned of "AWS"/"Amazon" and brackets; undefined when the heading names nothing. */
  name?: string;
  /** True when the heading is nothing but the name (plus an alias or a generic tail like "- Basics"). */
  whole: boolean;
  aliases: string[];
}

const stripQuotes = (s: string): string =>
  s
    .replace(/[`"“”‘’*_]/g, '')
    .replace(/\s+/g, ' ')
    .trim();

/** A token that looks like a product name by itself: inner capitals, all caps, digits, "@", or a name in the lexicon or the note. */
function nameish(token: string, hints: NameHints): boolean {
  const bare = token.replace(/[^\p{L}\p{N}@&.-]/gu, '');
  if (!bare) return false;
  if (/\p{N}|@/u.test(bare) && /\p{L}/u.test(bare)) return true;
  if (/^\p{Lu}{2,}s?$/u.test(bare)) return true;
  if (/^\p{L}\p{Ll}*\p{Lu}/u.test(bare) || /^\p{Lu}{1,3}-\p{Lu}/u.test(bare)) return true;
  const lower = bare.toLowerCase();
  return hints.has(lower);
}

const capitalised = (token: string): boolean => /^[\p{Lu}\p{N}]/u.test(token) && !STOP.has(token.toLowerCase());

/** Initials of a long name ("Elastic Container Registry" → "ECR"), ignoring vendor prefixes. */
export function initials(phrase: string, hints: NameHints = BASE_HINTS): string {
  return phrase
    .split(/[\s-]+/)
    .filter((w) => w && !hints.isVendor(w) && !STOP.has(w.toLowerCase()))
    .map((w) => w[0]?.toUpperCase() ?? '')
    .join('');
}

/** Remove a vendor prefix ("AWS", "Azure", "Google Cloud": the lexicon's) in front of another capitalised word. */
export function dropVendor(phrase: string, hints: NameHints = BASE_HINTS): string {
  return phrase.replace(hints.vendor, '').trim();
}

/** A segment without its leading phrase ("What’s the AWS CLI?" → "AWS CLI?"): the article after one is no part of a name. */
const withoutLead = (segment: string): string =>
  LEADING_PHRASE.test(segment)
    ? segment.replace(LEADING_PHRASE, '').replace(/^(?:the|an?)\s+(?=\p{Lu})/u, '')
    : segment;

/** The name a single segment of a heading gives, if any ("AWS Lambda Limits to Know" → "Lambda"). */
function segmentName(segment: string, hints: NameHints): { name?: string; whole: boolean } {
  const unprefixed = withoutLead(segment);
  const text = dropVendor(unprefixed, hints);
  // A vendor prefix says the words after it are a name ("AWS Lambda", "Azure Policy").
  const vendored = text !== unprefixed.trim();
  const tokens = text.split(' ').filter(Boolean);
  const chain: string[] = [];
  for (const t of tokens) {
    if (!capitalised(t)) break;
    chain.push(t);
  }
  // "Amazon FSx for Lustre", "Azure Database for PostgreSQL": after a vendor prefix, "for" and
  // capitalised words, one a name (not "AWS Lambda for Beginners"), name a product of its own; "FSx"
  // alone would be another section's name.
  const rest = tokens.slice(chain.length + 1);
  if (
    vendored &&
    tokens[chain.length]?.toLowerCase() === 'for' &&
    rest.every((t) => capitalised(t) && !GENERIC.has(t.toLowerCase())) &&
    rest.some((t) => nameish(t, hints))
  )
    chain.push(...tokens.slice(chain.length));
  const full = chain.length === tokens.length;
  while (chain.length > 0 && GENERIC.has(chain[chain.length - 1]!.toLowerCase().replace(/[^a-z]/g, ''))) chain.pop();
  if (chain.length === 0 || GENERIC.has(chain[0]!.toLowerCase()) || hints.isVendor(chain[0]!)) return { whole: false };
  if (!vendored && !chain.some((t) => nameish(t, hints)) && !numberedMember(chain)) return { whole: false };
  const name = chain.join(' ').replace(/[?:!.,]+$/, '');
  return { name, whole: full && chain.length === tokens.length };
}

/**
 * "Beta 1", "Alpha 2A", "Dopamine 1": a word and a numeral name one member of a numbered series, as a
 * name does; "Step 2", "Chapter 3" or "Part 1" number the notes' own layout (english-words.ts).
 */
function numberedMember(chain: readonly string[]): boolean {
  return (
    chain.length === 2 &&
    /^\p{Lu}\p{Ll}{2,}$/u.test(chain[0]!) &&
    /^\d{1,2}[A-Z]?$/.test(chain[1]!) &&
    !LAYOUT_NOUNS.has(chain[0]!.toLowerCase())
  );
}

/** "curve duration" beside "effective duration": two short noun phrases ending in the same word. */
function sameHead(aside: string, base: string): boolean {
  const a = aside.toLowerCase().split(/\s+/).filter(Boolean);
  const b = base.toLowerCase().split(/\s+/).filter(Boolean);
  if (a.length < 2 || a.length > 4 || b.length < 2 || !/^\p{L}{3,}$/u.test(a.at(-1)!)) return false;
  return a.at(-1) === b.at(-1) && a.join(' ') !== b.join(' ');
}

/** Split "(…)" asides off a phrase, keeping those that are another name for it. */
export function splitAliases(phrase: string, hints: NameHints = BASE_HINTS): { base: string; aliases: string[] } {
  const aliases: string[] = [];
  const base = phrase
    .replace(/\(([^()]*)\)/g, (_, inner: string) => {
      const aside = inner.trim();
      if (ALIAS_PREFIX.test(aside)) aliases.push(aside.replace(ALIAS_PREFIX, '').trim());
      else if (/^[\p{Lu}\p{N}&/-]{2,8}s?$/u.test(aside)) aliases.push(aside);
      // "DLQ (死信队列)": the same name in another script.
      else if (/\p{L}/u.test(aside) && !/[\p{Script=Latin}]/u.test(aside) && aside.length <= 20) aliases.push(aside);
      else if (
        aside &&
        initials(aside, hints) === initials(phrase.replace(/\(.*?\)/g, ''), hints) &&
        aside.includes(' ')
      )
        aliases.push(aside);
      // "effective duration(curve duration)": a phrase with the same head noun is another name for it.
      else if (sameHead(aside, phrase.replace(/\(.*?\)/g, ' '))) aliases.push(aside);
      return ' ';
    })
    .replace(/\s+/g, ' ')
    .trim();
  return { base, aliases: aliases.filter(Boolean) };
}

/** What a heading names; see the module comment for examples. */
export function headingName(heading: string, hints: NameHints = BASE_HINTS): HeadingName {
  const cleaned = stripQuotes(heading).replace(/[:?]\s*$/, '');
  const { base, aliases } = splitAliases(cleaned, hints);
  const segments = base
    .split(/\s+[-–—]\s+|:\s+|\s+vs\.?\s+|,\s*/i)
    .map((s) => s.trim())
    .filter(Boolean);
  if (segments.length === 0 || FACET_HEADING.test(segments[0]!)) return { whole: false, aliases };
  for (const [index, segment] of segments.entries()) {
    const found = segmentName(segment, hints);
    if (!found.name) continue;
    const rest = segments.filter((_, i) => i !== index);
    const restIsAlias = rest.every((r) => {
      if (initials(r, hints) === found.name!.replace(/[^\p{Lu}]/gu, '') && found.name!.length <= 6) {
        aliases.push(r);
        return true;
      }
      return TAIL_OK.test(r);
    });
    if (dropVendor(segment, hints) !== segment && segment.trim() !== found.name)
      aliases.push(withoutLead(segment).trim());
    return {
      name: found.name,
      whole: found.whole && restIsAlias && index === 0,
      aliases: [...new Set(aliases)].filter((a) => a !== found.name),
    };
  }
  return { whole: false, aliases };
}

/**
 * Whether a heading or label names a facet of its subject, not a subject: every word of it is a facet
 * word ("Exam Tips", "Important Settings", "Use cases", "Limits"), it is a chapter number ("Chapter 13.2",
 * "3.1"), it points back at the heading above with a pronoun ("What They Are", "How It Works"), or the
 * lexicon lists it among its facets.
 */
export function isFacet(text: string, hints: NameHints = BASE_HINTS): boolean {
  const cleaned = stripQuotes(text)
    .replace(/[:?!.]+$/, '')
    .trim();
  if (!cleaned || /^(?:(?:chapter|section|part|module|lesson|unit)\s*)?[\d.]+\s*$/i.test(cleaned)) return true;
  if (hints.isFacet(cleaned)) return true;
  const all = cleaned.split(/\s+/);
  if (all.length <= 5 && all.some((w) => REFERRING_PRONOUN.test(w))) return true;
  const words = cleaned
    .toLowerCase()
    .split(/[\s&/-]+/)
    .filter((w) => w && !STOP.has(w));
  return words.length > 0 && words.every((w) => GENERIC.has(w.replace(/[^\p{L}]/gu, '')));
}

/** The subject of a question-like heading: "What’s serverless?" → "serverless". */
export function headingSubject(heading: string): string {
  return stripQuotes(heading)
    .replace(LEADING_PHRASE, '')
    .replace(/[?:!.]+$/, '')
    .trim();
}

/** The topic a term stands for ("Simple Storage Service (S3)" → "Simple Storage Service", "AWS Lambda" → "Lambda"). */
export function topicOfTerm(term: string, hints: NameHints = BASE_HINTS): string {
  return dropVendor(splitAliases(stripQuotes(term), hints).base, hints) || stripQuotes(term);
}
