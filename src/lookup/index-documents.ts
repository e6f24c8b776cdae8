import type { FactItem, Item } from '../knowledge/item.js';
import { measureTable } from '../knowledge/measure-units.js';
import { namesNumber } from './limit-facts.js';
import { tokenize } from './normalize-text.js';
import type { SynonymTable } from './synonym-table.js';

/**
 * Items → the flat, pre-tokenised documents the search index stores. Each field is a space-joined
 * list of terms (see normalize-text.ts), so the index and the queries tokenise alike.
 */

/** Fields of a /limit document (facts that carry a quantity). */
export const LIMIT_FIELDS = ['topic', 'subject', 'attribute', 'text', 'section', 'syn', 'dim'] as const;
/** Fields of a /define document (every kind of item). */
export const DEFINE_FIELDS = ['name', 'aliases', 'topic', 'section', 'body', 'syn'] as const;

export type LimitField = (typeof LIMIT_FIELDS)[number];
export type DefineField = (typeof DEFINE_FIELDS)[number];

export type IndexDocument<F extends string> = { id: number } & Record<F, string>;

// Words a person may use for a kind of quantity ("how big", "what port"); a measure's are in measure-units.ts.
const DIMENSION_WORDS: Record<string, string> = {
  duration: 'time duration',
  size: 'size',
  money: 'pricing',
  count: 'number count',
  port: 'port',
};

/** The words that name a fact's kind of figure ("price" for money, "time" for a duration); none without a quantity. */
function dimensionTermsOf(fact: FactItem): string[] {
  if (!fact.quantity) return [];
  return tokenize(
    DIMENSION_WORDS[fact.quantity.dimension] ?? measureTable(fact.quantity.dimension)?.words.join(' ') ?? '',
  );
}

/** A money word of a query ("price", "cost" once respelled as the lexicon says): what the figure must be. */
export const MONEY_TERMS: ReadonlySet<string> = new Set(tokenize(DIMENSION_WORDS.money!));

/** Terms of a name, plus the joined form of each adjacent pair ("api gateway" → "apigateway"). */
function nameTerms(text: string): string[] {
  const terms = tokenize(text);
  const joined: string[] = [];
  for (let i = 0; i + 1 < terms.length; i += 1) joined.push(`${terms[i]}${terms[i + 1]}`);
  return [...terms, ...joined];
}

function field(terms: string[]): string {
  return terms.join(' ');
}

function withSynonyms(synonyms: SynonymTable, ...texts: string[]): string {
  return field(synonyms.synonymTermsOf(tokenize(texts.join(' . '), true)));
}

/** The /limit document for a fact with a quantity. */
export function toLimitDocument(id: number, fact: FactItem, synonyms: SynonymTable): IndexDocument<LimitField> {
  return {
    id,
    topic: field(nameTerms(fact.topic)),
    subject: field(tokenize(fact.subject)),
    attribute: field(tokenize(fact.attribute)),
    text: field(tokenize(fact.text)),
    section: field(tokenize(fact.source.section.join(' . '))),
    syn: withSynonyms(synonyms, fact.topic, fact.subject, fact.attribute, fact.text),
    dim: fact.quantity ? field(dimensionTermsOf(fact)) : namesNumber(fact.text) ? field(tokenize('number')) : '',
  };
}

/** The /define document for any item: its name, other names, topic and what it says. */
export function toDefineDocument(id: number, item: Item, synonyms: SynonymTable): IndexDocument<DefineField> {
  const { name, aliases, body } = describe(item);
  return {
    id,
    name: field(nameTerms(name)),
    aliases: field(aliases.flatMap((alias) => nameTerms(alias))),
    topic: field(nameTerms(item.topic)),
    section: field(tokenize(item.source.section.join(' . '))),
    // What an item says meets the words people use for it too ("pay per second" is about pricing).
    body: field([...tokenize(body), ...synonyms.synonymTermsOf(tokenize(body, true))]),
    syn: withSynonyms(synonyms, name, ...aliases, item.topic),
  };
}

/** What an item is called and what it says, whatever its kind. */
export function describe(item: Item): { name: string; aliases: string[]; body: string } {
  switch (item.kind) {
    case 'definition':
      return { name: item.term, aliases: item.aliases, body: item.definition };
    case 'list':
      return { name: item.title, aliases: [], body: item.members.join(', ') };
    case 'comparison':
      return {
        name: `${item.title} ${item.row}`,
        aliases: [],
        body: item.values.map((cell) => `${cell.column}: ${cell.value}`).join('; '),
      };
    case 'qa':
      return {
        name: item.answer,
        aliases: [],
        body: item.explanation ? `${item.question} ${item.explanation}` : item.question,
      };
    case 'usecase':
      return { name: item.subject, aliases: [], body: item.situation };
    case 'command':
      return { name: item.name, aliases: [], body: item.purpose ?? item.sentence };
    case 'fact':
      // "ECS Anywhere" + "inbound traffic": what a fact is about is named by both.
      return {
        name: item.attribute ? `${item.subject} ${item.attribute}` : item.subject,
        aliases: [],
        body: item.text,
      };
  }
}
