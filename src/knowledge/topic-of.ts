/**
 * Which service or concept a heading (or a term) names: "AWS Lambda" → Lambda, "Amazon DynamoDB" →
 * DynamoDB, "EventBridge (formally CloudWatch Event)" → EventBridge with alias CloudWatch Event,
 * "ECR - Elastic Container Registry" → ECR with alias Elastic Container Registry,
 * "Benefits of AWS Lambda" → Lambda, "Concepts" → nothing.
 */

/** Single words that name a service even though they look like ordinary words. */
const KNOWN_NAMES = new Set(
  ['lambda', 'fargate', 'aurora', 'cognito', 'kinesis', 'serverless', 'athena', 'redshift', 'neptune', 'glue', 'lightsail', 'beanstalk', 'kubernetes', 'docker', 'macie', 'inspector', 'shield', 'backup', 'outposts', 'snowball', 'config']
);

/** Words that describe a facet of something rather than name it. */
const GENERIC = new Set(
  'concepts concept quotas quota components component features feature benefits benefit use cases case example examples integrations integration configuration languages language support pricing price limits limit overview security defaults default practice notes note summary basics basic introduction intro sample samples table more worked endpoint types type requirements services service resources capable global modes mode diagram options option details detail characteristics properties questions question pro cheat sheet study review aws amazon'.split(' '),
);

/** Headings that introduce a facet; a name after them ("Example: Serverless CRON Job") is not the topic. */
const FACET_HEADING = /^(examples?|notes?|samples?|use cases?|practice|questions?|quiz|summary|table example|worked example)\b/i;
const LEADING_PHRASE = /^(?:what(?:'s|’s|\s+is|\s+are)?|why|how(?:\s+to)?|defining|benefits\s+of|introduction\s+to|intro\s+to|notes?\s+on|about|invoking)\s+/i;
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

/** Words the notes write capitalised in mid-sentence: evidence that a plain word is a name here. */
export type NameHints = ReadonlySet<string>;

const stripQuotes = (s: string): string => s.replace(/[`"“”‘’*_]/g, '').replace(/\s+/g, ' ').trim();

/** A token that looks like a product name by itself: inner capitals, all caps, digits, "@", or known. */
function nameish(token: string, hints: NameHints): boolean {
  const bare = token.replace(/[^\p{L}\p{N}@&.-]/gu, '');
  if (!bare) return false;
  if (/\p{N}|@/u.test(bare) && /\p{L}/u.test(bare)) return true;
  if (/^\p{Lu}{2,}s?$/u.test(bare)) return true;
  if (/^\p{L}\p{Ll}*\p{Lu}/u.test(bare) || /^\p{Lu}{1,3}-\p{Lu}/u.test(bare)) return true;
  const lower = bare.toLowerCase();
  return KNOWN_NAMES.has(lower) || hints.has(lower);
}

const capitalised = (token: string): boolean => /^[\p{Lu}\p{N}]/u.test(token) && !STOP.has(token.toLowerCase());

/** Initials of a long name ("Elastic Container Registry" → "ECR"), ignoring AWS/Amazon. */
export function initials(phrase: string): string {
  return phrase
    .split(/[\s-]+/)
    .filter((w) => w && !/^(aws|amazon)$/i.test(w) && !STOP.has(w.toLowerCase()))
    .map((w) => w[0]?.toUpperCase() ?? '')
    .join('');
}

/** Remove "AWS"/"Amazon" in front of another capitalised word. */
export function dropVendor(phrase: string): string {
  return phrase.replace(/\b(?:AWS|Amazon)\s+(?=[\p{Lu}\p{N}])/gu, '').trim();
}

/** The name a single segment of a heading gives, if any ("AWS Lambda Limits to Know" → "Lambda"). */
function segmentName(segment: string, hints: NameHints): { name?: string; whole: boolean } {
  const text = dropVendor(segment.replace(LEADING_PHRASE, ''));
  const tokens = text.split(' ').filter(Boolean);
  const chain: string[] = [];
  for (const t of tokens) {
    if (!capitalised(t)) break;
    chain.push(t);
  }
  const full = chain.length === tokens.length;
  while (chain.length > 0 && GENERIC.has(chain[chain.length - 1]!.toLowerCase().replace(/[^a-z]/g, ''))) chain.pop();
  if (chain.length === 0 || GENERIC.has(chain[0]!.toLowerCase())) return { whole: false };
  if (!chain.some((t) => nameish(t, hints))) return { whole: false };
  const name = chain.join(' ').replace(/[?:!.,]+$/, '');
  return { name, whole: full && chain.length === tokens.length };
}

/** Split "(…)" asides off a phrase, keeping those that are another name for it. */
export function splitAliases(phrase: string): { base: string; aliases: string[] } {
  const aliases: string[] = [];
  const base = phrase
    .replace(/\(([^()]*)\)/g, (_, inner: string) => {
      const aside = inner.trim();
      if (ALIAS_PREFIX.test(aside)) aliases.push(aside.replace(ALIAS_PREFIX, '').trim());
      else if (/^[\p{Lu}\p{N}&/-]{2,8}s?$/u.test(aside)) aliases.push(aside);
      else if (aside && initials(aside) === initials(phrase.replace(/\(.*?\)/g, '')) && aside.includes(' ')) aliases.push(aside);
      return ' ';
    })
    .replace(/\s+/g, ' ')
    .trim();
  return { base, aliases: aliases.filter(Boolean) };
}

/** What a heading names; see the module comment for examples. */
export function headingName(heading: string, hints: NameHints = new Set()): HeadingName {
  const cleaned = stripQuotes(heading).replace(/[:?]\s*$/, '');
  const { base, aliases } = splitAliases(cleaned);
  const segments = base.split(/\s+[-–—]\s+|:\s+|\s+vs\.?\s+|,\s*/i).map((s) => s.trim()).filter(Boolean);
  if (segments.length === 0 || FACET_HEADING.test(segments[0]!)) return { whole: false, aliases };
  for (const [index, segment] of segments.entries()) {
    const found = segmentName(segment, hints);
    if (!found.name) continue;
    const rest = segments.filter((_, i) => i !== index);
    const restIsAlias = rest.every((r) => {
      if (initials(r) === found.name!.replace(/[^\p{Lu}]/gu, '') && found.name!.length <= 6) {
        aliases.push(r);
        return true;
      }
      return TAIL_OK.test(r);
    });
    if (dropVendor(segment) !== segment && segment.trim() !== found.name) aliases.push(segment.replace(LEADING_PHRASE, '').trim());
    return { name: found.name, whole: found.whole && restIsAlias && index === 0, aliases: [...new Set(aliases)].filter((a) => a !== found.name) };
  }
  return { whole: false, aliases };
}

/** The subject of a question-like heading: "What’s serverless?" → "serverless". */
export function headingSubject(heading: string): string {
  return stripQuotes(heading).replace(LEADING_PHRASE, '').replace(/[?:!.]+$/, '').trim();
}

/** The topic a term stands for ("Simple Storage Service (S3)" → "Simple Storage Service", "AWS Lambda" → "Lambda"). */
export function topicOfTerm(term: string): string {
  return dropVendor(splitAliases(stripQuotes(term)).base) || stripQuotes(term);
}
