import type { Message } from '../chat/message.js';
import type { DefinitionItem, FactItem, Item, Quantity, Source, UseCaseItem } from '../knowledge/item.js';
import { formatQuantity } from '../knowledge/parse-quantity.js';
import { describe } from './index-documents.js';

/**
 * Fact-desk answers as neutral messages. Plain text only (adapters escape it): no markdown, and
 * nothing from the notes is treated as markup.
 */

/** "lambda.md:12 › Lambda › Quotas": where a person can read the fact in the notes. */
function sourceLabel(source: Source): string {
  return [`${source.file}:${source.line}`, ...source.section].join(' › ');
}

/** The canonical phrase of a quantity; falls back to the notes' own words if formatting fails. */
function quantityPhrase(quantity: Quantity): string {
  try {
    return formatQuantity(quantity) || quantity.text;
  } catch {
    return quantity.text;
  }
}

/** "Lambda — execution timeout": what a fact is about, without repeating the topic twice. */
export function factHeading(fact: FactItem): string {
  const about = fact.subject || fact.topic;
  const attribute = fact.attribute.trim();
  if (!attribute || about.toLowerCase().includes(attribute.toLowerCase())) return about;
  return `${about} — ${attribute}`;
}

/**
 * A fact's value with what the notes say qualifies it: "24 hours by default", "up to 365 days",
 * "3,000 messages with batching", "not 4 bytes", "e.g. 10 %". Conditions already in the value's own
 * words are not repeated. `brief` drops the unit conversion, for a value shown beside others.
 */
function qualifiedValue(fact: FactItem, brief = false): string {
  let value = quantityPhrase(fact.quantity as Quantity);
  // Beside other values, the unit conversion ("24 hours (86,400 seconds)") is noise.
  if (brief) value = value.replace(/\s+\([^)]*\)$/u, '');
  const has = (words: string): boolean => value.toLowerCase().includes(words.toLowerCase());
  const conditions = (fact.conditions ?? []).map((c) => c.trim()).filter((c) => c.length > 0 && !has(c));
  if (conditions.length > 0) value = `${value} ${conditions.join(', ')}`;
  if (fact.role === 'default') value = `${value} by default`;
  if (fact.role === 'maximum' && !/^(up to|at most|max)/iu.test(value)) value = `up to ${value}`;
  if (fact.role === 'minimum' && !/^(at least|min)/iu.test(value)) value = `at least ${value}`;
  if (fact.role === 'example') value = `e.g. ${value}`;
  if (fact.negated) value = `not ${value}`;
  return value;
}

/**
 * The answer to /limit: the best fact's value with its qualifiers, then the other values the notes
 * give for the same thing ("24 hours by default, up to 365 days"), the statement itself, then up to two
 * close alternatives.
 */
export function limitAnswer(best: FactItem, siblings: readonly FactItem[], others: readonly FactItem[]): Message {
  if (!best.quantity) return ownWordsAnswer(best, others);
  const brief = siblings.length > 0;
  const values = [qualifiedValue(best, brief)];
  for (const sibling of siblings) {
    const value = qualifiedValue(sibling, brief);
    if (!values.includes(value) && values.length < 3) values.push(value);
  }
  const lines = [values.join(', '), best.text];
  if (others.length > 0) {
    lines.push(['Also:', ...others.map((fact) => `- ${alsoLine(fact)} (${sourceLabel(fact.source)})`)].join('\n'));
  }
  return {
    title: factHeading(best),
    body: lines.join('\n\n'),
    fields: [{ label: 'Source', value: sourceLabel(best.source) }],
  };
}

/** A fact whose number the parser could not read as a quantity: the notes' own words, nothing computed. */
function ownWordsAnswer(best: FactItem, others: readonly FactItem[]): Message {
  const lines = [best.text];
  if (others.length > 0)
    lines.push(['Also:', ...others.map((fact) => `- ${alsoLine(fact)} (${sourceLabel(fact.source)})`)].join('\n'));
  return {
    title: factHeading(best),
    body: lines.join('\n\n'),
    fields: [{ label: 'Source', value: sourceLabel(best.source) }],
  };
}

const alsoLine = (fact: FactItem): string =>
  fact.quantity ? `${factHeading(fact)}: ${qualifiedValue(fact)}` : fact.text;

/** What an item says, as a sentence or two, for /define. */
export function itemSummary(item: Item): string {
  switch (item.kind) {
    case 'definition':
      return item.definition;
    case 'list':
      return `${item.title}: ${item.members.join(', ')}`;
    case 'comparison':
      return `${item.title}, ${item.row}: ${item.values.map((cell) => `${cell.column}: ${cell.value}`).join('; ')}`;
    case 'qa':
      return item.explanation
        ? `${item.question} ${item.answer} (${item.explanation})`
        : `${item.question} ${item.answer}`;
    case 'fact':
      return item.text;
    case 'usecase':
      return `Use ${item.subject} for: ${item.situation}`;
    case 'command':
      return item.purpose ? `${item.command} ${item.purpose}` : item.sentence;
  }
}

/**
 * The answer to /define: the best item (with what other lines of the notes say the same term is), its
 * other names, what the notes say to use it for, then up to two more things the notes say.
 */
export function defineAnswer(
  best: Item,
  others: readonly Item[],
  useCases: readonly UseCaseItem[] = [],
  alike: readonly DefinitionItem[] = [],
): Message {
  const lines = [[itemSummary(best), ...alike.map((item) => item.definition)].join('; ')];
  const aliases = best.kind === 'definition' ? best.aliases : [];
  if (aliases.length > 0) lines.push(`Also known as: ${aliases.join(', ')}`);
  if (useCases.length > 0)
    lines.push(
      `Use it for: ${useCases
        .slice(0, 3)
        .map((use) => use.situation)
        .join('; ')}`,
    );
  if (others.length > 0) {
    // A definition among the others is named, since no title says what it defines.
    const named = (item: Item) => (item.kind === 'definition' ? `${item.term}: ${item.definition}` : itemSummary(item));
    lines.push(['Also:', ...others.map((item) => `- ${named(item)} (${sourceLabel(item.source)})`)].join('\n'));
  }
  return {
    title: describe(best).name || best.topic,
    body: lines.join('\n\n'),
    fields: [{ label: 'Source', value: sourceLabel(best.source) }],
  };
}

/**
 * No item is about what was asked: say the notes do not hold it (never answer something else), echo
 * the (sanitised) query, and offer the nearest labels the notes do hold. The reply starts "The notes
 * don't say" (eval/corpus-eval.ts's saysNotInNotes relies on it).
 */
export function notInNotesAnswer(
  command: 'limit' | 'define',
  shownQuery: string,
  suggestions: readonly string[],
): Message {
  const what = command === 'limit' ? 'no limit' : 'no definition';
  const tryLine =
    suggestions.length > 0 ? ` Nearest in the notes: ${suggestions.map((s) => `/${command} ${s}`).join(', ')}.` : '';
  return { body: `The notes don't say "${shownQuery}" (${what} matched).${tryLine}` };
}

/** An empty query: how to use the command. */
export function usageAnswer(command: 'limit' | 'define', examples: readonly string[]): Message {
  const what =
    command === 'limit'
      ? 'Usage: /limit <service> <what>, for a number from the notes (a quota, size, time, price or port).'
      : 'Usage: /define <service or concept>, for what the notes say it is.';
  const example = examples.length > 0 ? ` For example: ${examples.map((e) => `/${command} ${e}`).join(', ')}.` : '';
  return { body: `${what}${example}` };
}
