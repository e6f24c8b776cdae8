import type { FactItem } from '../knowledge/item.js';
import { measureTable } from '../knowledge/measure-units.js';
import { perContext } from './context-index.js';
import { type GenerationContext, looksLikeProductName } from './generation-context.js';
import { realSubject } from './gates/real-subject.js';

/**
 * Which thing a quantity is of, when the fact's own subject says more than its heading: the stem asks
 * the value of that thing, or another thing's value is a second right answer.
 */

/**
 * "| Storage Capacity | 8 TB usable | …" under a header row of names ("Snowcone", "Snowmobile"): a row
 * read with its label as the subject and a column's name, lower-cased, as the attribute is the named
 * thing's measure. It is asked so: "the storage capacity for Snowcone", never "the size of the snowcone".
 */
export function transposedRow(fact: FactItem, context: GenerationContext): FactItem {
  // Only a table row, as the reader writes one: "Storage Capacity, Snowcone: 8 TB usable".
  const name = /^\p{Ll}/u.test(fact.attribute) ? lowerNames(context).get(fact.attribute) : undefined;
  if (!name || name === fact.attribute || !fact.text.startsWith(`${fact.subject}, ${name}:`) || !/^\p{Lu}[\p{L}\s-]+$/u.test(fact.subject)) return fact;
  return { ...fact, topic: name, subject: name, attribute: fact.subject.toLowerCase() };
}

const lowerNames = perContext((context) => {
  const byLower = new Map<string, string>();
  for (const name of context.names) if (/\p{Lu}/u.test(name)) byLower.set(name.toLowerCase(), name);
  return byLower;
});

/**
 * The fact's subject, when the stem should name it rather than the topic: a row's own short name in a
 * table of measures ("10Base2, Distance: 185 meters" under a chapter heading), or a name apart from its
 * topic ("Snowcone" > "4 GB of memory" under "## Snow Family": the sub-bullet's name, never its heading).
 */
export function ownSubject(fact: FactItem, context: GenerationContext): string[] {
  const q = fact.quantity;
  return q && ((measureTable(q.dimension) && ownName(fact)) || namesItself(fact, context)) ? [fact.subject] : [];
}

/** A subject of its own, apart from the topic: at most three words, one of them a name with a digit or capitals ("10Base2", "Cat 5e", "STP"). */
function ownName(fact: FactItem): boolean {
  const words = fact.subject.split(/\s+/);
  return !fact.subject.startsWith(fact.topic) && words.length <= 3 && words.some((word) => /\d|\p{Lu}.*\p{Lu}/u.test(word));
}

/** A subject that is a name apart from its topic, neither a part or kind of it nor a heading of its own. */
function namesItself(fact: FactItem, context: GenerationContext): boolean {
  const { subject, topic } = fact;
  // "MONEY (8 Bytes) and SMALLMONEY (4 Bytes)": a label that is a name is what is measured, placed by its topic.
  if (/\p{Lu}{2,}/u.test(fact.attribute)) return false;
  // "SMALLMONEY" under "MONEY", "Lambda quotas" under "Lambda": the stem words a part or kind of the topic itself.
  const [lowSubject, lowTopic] = [subject.toLowerCase(), topic.toLowerCase()];
  if (lowSubject.includes(lowTopic) || lowTopic.includes(lowSubject) || fact.source.section.includes(subject)) return false;
  return context.names.has(subject) || looksLikeProductName(subject);
}

/**
 * "## 2. Absorption" › "## Intramuscular" › "Bioavailability: 75%": a heading that is an adjective (by
 * its ending: -ous, -al, -ular, -ic, -ive) qualifies its parent heading's noun, and the stem names that
 * ("intramuscular absorption", "the transdermal route" under "Intake routes", "the buccal uptake"), never "for Intramuscular".
 * Undefined when the heading is no such adjective; null when its parent gives no noun to qualify.
 */
export function qualifiedHeading(heading: string, fact: FactItem, context: GenerationContext): string | null | undefined {
  const parts = heading.split('/');
  if (!parts.every((part) => adjective.test(part)) || context.services.has(heading) || context.lexicon?.names.includes(heading)) return undefined;
  const at = fact.source.section.lastIndexOf(heading);
  const parent = at > 0 ? fact.source.section[at - 1]!.replace(/^[\d.\s]+/, '') : '';
  const noun = /^(?:\p{L}+\s+)?(\p{L}+)$/u.exec(parent)?.[1]?.toLowerCase();
  if (!noun || !/^\p{Lu}/u.test(parent) || context.services.has(parent)) return null;
  // A mass noun ("absorption") takes no article; a count noun takes "the", a plural one as its singular.
  const one = /(?<!s)s$/.test(noun) ? noun.slice(0, -1) : noun;
  return `${/(?:tion|sion)$/.test(one) ? '' : 'the '}${heading.toLowerCase()} ${one}`;
}

const adjective = /^\p{Lu}\p{Ll}+(?:ous|al|ular|ic|ive)$/u;

/**
 * "## Relational Database Service" › "### Backups" › "0-35 day retention policy": a heading that is one
 * plain plural noun names a part of its parent, not a thing of its own, and the stem names both ("the
 * retention policy for Relational Database Service backups"), never "for Backups". Undefined when the
 * heading is no such noun, is a name the notes know, or stands under no real name.
 */
export function partOfParent(heading: string, fact: FactItem, context: GenerationContext): string | undefined {
  if (!/^\p{Lu}\p{Ll}+(?<![su]s)s$/u.test(heading) || context.names.has(heading) || context.lexicon?.names.includes(heading)) return undefined;
  const at = fact.source.section.lastIndexOf(heading);
  const parent = at > 0 ? realSubject([fact.source.section[at - 1]!], context.facets) : undefined;
  return parent ? `${parent} ${heading.toLowerCase()}` : undefined;
}
