import type { Message } from '../chat/message.js';
import type { FactItem, Item, Quantity, Source } from '../knowledge/item.js';
import { formatQuantity } from '../knowledge/parse-quantity.js';
import { describe } from './index-documents.js';

/**
 * Fact-desk answers as neutral messages. Plain text only (adapters escape it): no markdown, and
 * nothing from the notes is treated as markup.
 */

/** "lambda.md:12 › Lambda › Quotas": where a person can read the fact in the notes. */
export function sourceLabel(source: Source): string {
  return [`${source.file}:${source.line}`, ...source.section].join(' › ');
}

/** The canonical phrase of a quantity; falls back to the notes' own words if formatting fails. */
export function quantityPhrase(quantity: Quantity): string {
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

/** The answer to /limit: the best fact first, then up to two close alternatives. */
export function limitAnswer(best: FactItem, others: readonly FactItem[]): Message {
  const lines = [quantityPhrase(best.quantity as Quantity), best.text];
  if (others.length > 0) {
    lines.push(
      ['Also:', ...others.map((fact) => `- ${factHeading(fact)}: ${quantityPhrase(fact.quantity as Quantity)} (${sourceLabel(fact.source)})`)].join('\n'),
    );
  }
  return {
    title: factHeading(best),
    body: lines.join('\n\n'),
    fields: [{ label: 'Source', value: sourceLabel(best.source) }],
  };
}

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
      return item.explanation ? `${item.question} ${item.answer} (${item.explanation})` : `${item.question} ${item.answer}`;
    case 'fact':
      return item.text;
    case 'usecase':
      return `Use ${item.subject} for: ${item.situation}`;
  }
}

/** The answer to /define: the best item, its other names, then up to two more things the notes say. */
export function defineAnswer(best: Item, others: readonly Item[]): Message {
  const lines = [itemSummary(best)];
  const aliases = best.kind === 'definition' ? best.aliases : [];
  if (aliases.length > 0) lines.push(`Also known as: ${aliases.join(', ')}`);
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

/** Nothing matched: say so, echo the (sanitised) query, and offer close terms. */
export function noMatchAnswer(command: 'limit' | 'define', shownQuery: string, suggestions: readonly string[]): Message {
  const what = command === 'limit' ? 'No limit' : 'No definition';
  const tryLine = suggestions.length > 0 ? ` Try: ${suggestions.join(', ')}.` : '';
  return { body: `${what} matched "${shownQuery}".${tryLine}` };
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
