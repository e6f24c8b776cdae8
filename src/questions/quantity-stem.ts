import escapeStringRegexp from 'escape-string-regexp';
import type { FactItem, Quantity } from '../knowledge/item.js';
import { formatQuantity } from '../knowledge/parse-quantity.js';
import { article, capitalise, contentWords, tidy } from './text-tools.js';
import { portPurpose } from './port-purpose.js';
import { perContext } from './context-index.js';
import type { GenerationContext } from './generation-context.js';

const qualifier = (q: Quantity, variant: string, role?: FactItem['role']): string =>
  variant === 'min' || q.bound === 'at-least' ? 'minimum ' : variant === 'max' || q.bound === 'at-most' || q.bound === 'less-than' ? 'maximum ' : role === 'default' ? 'default ' : '';

/**
 * The name a shorthand row label stands for, when the notes name exactly one such thing by a heading:
 * "DYNAMO" or "Dynamo" for "DynamoDB" (the name with a capitalised tail: never "Config" for
 * "ConfigMap"), "CF" for "CloudFormation" (the capitals of one camel-cased word). The label itself
 * otherwise. A table keyed by shorthand asks about the thing, not the note-taker's abbreviation.
 */
export function writtenOut(label: string, context: GenerationContext): string {
  const { byStart, byCapitals } = shorthandIndex(context);
  if (/^\p{Lu}{2,4}$/u.test(label)) {
    const expanded = byCapitals.get(label) ?? [];
    if (expanded.length === 1) return expanded[0]!;
  }
  if (label.length < 4 || !/^\p{L}+$/u.test(label)) return label;
  const lower = label.toLowerCase();
  const longer = (byStart.get(lower.slice(0, 4)) ?? []).filter((name) => name.toLowerCase().startsWith(lower) && /^\p{Lu}+$/u.test(name.slice(label.length)));
  return longer.length === 1 ? longer[0]! : label;
}

/** Topics that are names, one word each, by their first four letters and by their capitals. */
const shorthandIndex = perContext((context) => {
  const byStart = new Map<string, string[]>();
  const byCapitals = new Map<string, string[]>();
  const add = (map: Map<string, string[]>, key: string, name: string): void => void (map.get(key) ?? map.set(key, []).get(key)!).push(name);
  for (const name of new Set(context.topics)) {
    if (!context.names.has(name) || !/^\p{L}+$/u.test(name)) continue;
    add(byStart, name.slice(0, 4).toLowerCase(), name);
    const capitals = name.replace(/\P{Lu}/gu, '');
    // "CloudFormation": capitals that each begin a lower-case run.
    if (/^(?:\p{Lu}\p{Ll}+){2,4}$/u.test(name)) add(byCapitals, capitals, name);
  }
  return { byStart, byCapitals };
});

/** "Lambda" for "Lambda quotas"; "the Lambda free tier" for the free tier; "an ACU in Aurora Serverless"; the topic otherwise. */
export function stemSubject(item: FactItem): string {
  // A name's argument list goes: "BINARY(n|max)" is BINARY.
  // "Service: Queue storage": a label before a colon is the notes' layout, not part of the name.
  return namedPart(item).replace(/(\p{Lu}{2,})\([^)]*\)/gu, '$1').replace(/^\p{L}+:\s+(?=\p{L})/u, '');
}

function namedPart(item: FactItem): string {
  const subject = tidy(item.subject.replace(/\b(quotas?|limits?|pricing|concepts|basics|at a glance|\(per region\)|per region)\b/gi, ' ').replace(/\s+/g, ' '));
  // A unit of the topic named by its acronym ("Each ACU : 2 GiB mem"): the amount is per one of them.
  if (/^[A-Z]{2,6}$/.test(subject) && subject !== item.topic && !item.topic.includes(subject)) return `${article(subject)} ${subject} in ${item.topic}`;
  // "String and Binary data" + "NCHAR(n) and NVARCHAR": the named part under a topic is what the value is of.
  const part = subject.startsWith(`${item.topic} `) ? subject.slice(item.topic.length + 1).replace(/(\p{Lu}{2,})\([^)]*\)/gu, '$1') : '';
  // "… in String and Binary data": a heading that names no thing is no place to put the names in; they stand alone.
  if (/\p{Lu}{2,}/u.test(part) && nameList.test(part) && part.split(/\s+/).length <= 4 && !/[:,;()|]/.test(part)) return headingPhrase(item.topic) ? part : `${part} in ${item.topic}`;
  // "AAA Protocols" + "examples TACACS+": a name after the parent's plain words is the thing itself.
  const named = /^(?:\p{Ll}[\p{Ll}.-]*\s+){1,3}([\p{Lu}\d]\S*(?:\s+[\p{Lu}\d]\S*){0,2})$/u.exec(part)?.[1];
  if (named && /\p{Lu}{2,}|\d/u.test(named) && !/[:,;()|]/.test(named)) return named;
  // "clustered index": a common noun phrase for a subject takes an article; a mass noun ("intramuscular absorption") none.
  if (/^\p{Ll}[\p{Ll}-]*(?: \p{Ll}[\p{Ll}-]*){1,2}$/u.test(item.topic) && !/\b(and|or|of|for|the)\b/.test(item.topic) && subject === item.topic) return /(?:tion|sion)$/.test(item.topic) ? item.topic : `${article(item.topic)} ${item.topic}`;
  // "RDS Deployments: Read Replicas, Multi-AZ" is a heading listing things, not one subject.
  // "Cool access tier": a name before a class noun is one member of the class, with its article.
  if (subject === item.topic && /^\p{Lu}\p{Ll}+(?: \p{Ll}+){1,2}$/u.test(subject) && !/(?<!s)s$/.test(subject) && !/\b(and|or|of|for|the)\b/.test(subject)) return `the ${subject}`;
  // "treasury bill: maturity < 1 year": a key the statement opens with, that is a plain noun phrase, is what the value is of.
  if (keyedCommonNoun(item, subject)) return `${article(subject)} ${subject}`;
  if (!subject || subject === item.topic || !subject.startsWith(item.topic) || subject.split(/\s+/).length > 5 || /[:,;]/.test(subject)) return item.topic;
  return `the ${subject}`;
}

/**
 * The subject is the statement's own key ("treasury bill: …"), a lower-case noun phrase of two or three
 * words (one lower-case word is as often a program's name, "etcd", as a common noun).
 */
const keyedCommonNoun = (item: FactItem, subject: string): boolean =>
  subject !== item.topic &&
  /^\p{Ll}[\p{Ll}-]*(?: \p{Ll}[\p{Ll}-]*){1,2}$/u.test(subject) &&
  !/\b(and|or|of|for|the|a|an)\b/.test(subject) &&
  item.text.trim().toLowerCase().startsWith(`${subject.toLowerCase()}:`);

/** "String and Binary data": a heading of plain words, not a name ("Aurora Serverless", "Kestrel"). */
const headingPhrase = (topic: string): boolean => topic.split(/\s+/).some((word) => /^\p{Ll}/u.test(word) && !/^(?:and|or|of|the|for|in|on|a|an)$/.test(word));

/** Names joined by "and" / "or" ("CHAR and VARCHAR"), each starting with a capital or a digit. */
const nameList = /^[\p{Lu}\d]\S*(?:\s+(?:and|or|[\p{Lu}\d]\S*))*$/u;

/**
 * The stem, phrased for the dimension: ports are used, prices charged, counts numbered. An attribute
 * that already names the subject ("subnets per VPC" of VPC, "Aurora Replicas" of Aurora) is asked
 * without "for <subject>", never "the number of subnets per VPC for VPC".
 */
export function stemFor(item: FactItem, q: Quantity, attribute: string, variant: string): string {
  const subject = stemSubject(item);
  const own = subjectInAttribute(attribute, subject, item.text);
  if (own === undefined || q.dimension === 'port') return phrased(item, q, attribute, variant, subject);
  return phrased(item, q, own, variant, '').replace(/ for \?$/, '?').replace(/ for ,/, ',');
}

/**
 * The attribute with the subject's words as the notes case them, when it holds the subject as whole
 * words ("aurora replicas" of "AURORA" → "Aurora Replicas", as the statement writes it); undefined when
 * it does not.
 */
function subjectInAttribute(attribute: string, subject: string, text: string): string | undefined {
  const name = subject.replace(/^(?:the|an?)\s+/i, '');
  if (name === '' || /\s(?:in|of)\s/.test(name)) return undefined;
  // Most attributes do not hold the subject at all: a plain search spares building two Unicode regexes.
  if (!attribute.toLowerCase().includes(name.toLowerCase())) return undefined;
  const words = new RegExp(`(?<![\\p{L}\\p{N}])${escapeStringRegexp(name)}(?![\\p{L}\\p{N}])`, 'iu');
  const at = words.exec(attribute);
  if (!at) return undefined;
  // The statement's own casing of the phrase ("Aurora Replicas"), else the subject's ("VPC").
  const phrase = new RegExp(`(?<![\\p{L}\\p{N}])${escapeStringRegexp(attribute)}(?![\\p{L}\\p{N}])`, 'iu').exec(text)?.[0];
  if (phrase) return phrase;
  // "consumers per queue" of "Queue": a capitalised common word keeps the attribute's own case.
  if (/^\p{Lu}\p{Ll}+$/u.test(name)) return attribute;
  return `${attribute.slice(0, at.index)}${name}${attribute.slice(at.index + at[0].length)}`;
}


function phrased(item: FactItem, q: Quantity, attribute: string, variant: string, subject: string): string {
  if (q.dimension === 'port') {
    const opened = portPurpose(item.text);
    if (opened) return `Which ${opened.protocol ? `${opened.protocol} ` : ''}port must be open to ${opened.purpose}?`;
    const { daemon, what } = portUse(item, attribute, subject);
    return what ? `Which port does ${daemon} use for ${what}?` : `Which port does ${daemon} listen on?`;
  }
  if (q.dimension === 'money' && q.per) {
    // "beyond the free tier", "after 1M requests": the attribute already says which price.
    // "Pricing: $5 per TB": the attribute that only says "price" adds nothing ("the price of pricing").
    const which = priceWord.test(attribute) ? '' : /^(beyond|after|above|over|past|outside|within|under|in|on|at|for)\b/i.test(attribute) ? ` ${attribute}` : ` of ${attribute}`;
    return `What is the ${qualifier(q, variant, item.role)}price${which} for ${subject}?`;
  }
  // "What is the maximum discount for Spot Instances?": a share is asked by what it is a share of.
  if (q.dimension === 'count' && q.unit === '%') return `What is the ${qualifier(q, variant, item.role)}${attribute} for ${subject}?`;
  if (q.dimension === 'count') {
    const noun = q.unit && !new RegExp(`\\b${q.unit.replace(/s$/, '')}`, 'i').test(attribute) ? `, in ${q.unit}` : '';
    if (noun) return `What is the ${qualifier(q, variant, item.role)}${attribute} for ${subject}${noun}?`;
    // "1K concurrent execution": the number of concurrent executions.
    const counted = q.unit && attribute.endsWith(q.unit.replace(/s$/, '')) && !attribute.endsWith(q.unit) ? `${attribute}s` : attribute;
    // "Number of parameters: 2" is asked as the number of parameters, not "the number of number of parameters".
    return `What is the ${qualifier(q, variant, item.role)}${/^number of\b/i.test(counted) ? '' : 'number of '}${counted} for ${subject}?`;
  }
  // "n is the number of bytes (1-8000)": a number of units is asked as such, never "the size of the number".
  if (q.dimension === 'size' && !sizeWords.test(attribute) && !/^number of\b/i.test(attribute)) return `What is the ${qualifier(q, variant, item.role)}size of the ${attribute} for ${subject}?`;
  return `What is the ${qualifier(q, variant, item.role)}${attribute} for ${subject}?`;
}

/** What uses a port and what for, as the stem asks it: the explanation answers in the same words. */
function portUse(item: FactItem, attribute: string, subject: string): { daemon: string; what: string } {
  // "| 22 | TCP | SSH |": a service named by the row is what uses the port; "FTP (Data Transfer)" says what for.
  const service = /^([\p{Lu}\d][\p{L}\d+./-]*)(?:\s+\(([^)]+)\))?$/u.exec(item.subject.trim());
  const what = (service?.[2]?.toLowerCase() ?? attribute.replace(/\s*\b(ports?|numbers?|listens? on|uses?)\b\s*/gi, ' ')).trim();
  const owner = item.source.section.at(-1);
  const daemon = owner && owner.startsWith(item.topic) && owner !== item.topic ? `the ${owner}` : service ? service[1]! : subject;
  return { daemon, what };
}

const priceWord = /^(?:prices?|pricing|costs?|charges?|fees?|rates?)$/i;

const sizeWords = /\b(size|memory|storage|capacity|allocation|disk|volume|length)\b|\/tmp/i;

/**
 * "For Lambda, the maximum payload is 6 MB (per request)." composed from the item, with the canonical
 * equivalent and the notes' own conditions; then the notes' statement itself when it says more.
 */
export function explain(item: FactItem, q: Quantity, attribute: string, variant: string): string {
  const amount = formatQuantity({ ...q, bound: 'exact' });
  const what = q.min === q.max ? `${qualifier(q, variant, item.role)}${attribute}` : attribute;
  const conditions = (item.conditions ?? []).map(tidy).filter(Boolean);
  const main = q.dimension === 'port' ? portSentence(item, attribute, amount) : `For ${stemSubject(item)}, the ${what} is ${amount}${conditions.length > 0 ? ` (${conditions.join(', ')})` : ''}`;
  const said = tidy(item.text);
  const mainWords = new Set(contentWords(main));
  const saysMore = contentWords(said).some((word) => !mainWords.has(word));
  return saysMore && said.split(/\s+/).length >= 4 && !/[`*|“”]/.test(said) ? `${main}. The notes: “${said}”` : main;
}

/** "FTP uses port 20 for data transfer", never "For EC2, the port number is port 20": the stem's own reading. */
function portSentence(item: FactItem, attribute: string, amount: string): string {
  const opened = portPurpose(item.text);
  if (opened) return `${capitalise(amount)} must be open to ${opened.purpose}`;
  const { daemon, what } = portUse(item, attribute, stemSubject(item));
  const named = daemon.replace(/^the /, 'The ');
  return what ? `${named} uses ${amount} for ${what}` : `${named} listens on ${amount}`;
}
