import { baseLexiconOnly } from '../../src/knowledge/lexicon.js';
import type { ComparisonItem, DefinitionItem, FactItem, Item, KnowledgeBase, ListItem, Quantity, QuestionItem } from '../../src/knowledge/item.js';

// Plain item objects for the generator tests, written the way the notes parser produces them.

// The line is derived from the section so that building the same items twice gives equal objects.
// A fact's own words move its line too: two facts are two lines of the notes, as the parser reads them.
const at = (file: string, section: string[], words = '') => ({ file, line: 1 + ((section.join(' ').length + 41 * [...words].reduce((sum, c) => sum + c.charCodeAt(0), 0)) % 997), section });

export function definition(term: string, text: string, extra: Partial<DefinitionItem> = {}): DefinitionItem {
  return { kind: 'definition', id: `def-${term}`, topic: term, term, definition: text, aliases: [], source: at('services.md', ['Services']), ...extra };
}

export function list(title: string, members: string[], extra: Partial<ListItem> = {}): ListItem {
  return { kind: 'list', id: `list-${title}`, topic: 'Regions', title, members, source: at('regions.md', ['Regions', title]), ...extra };
}

export function comparison(title: string, row: string, values: Array<[string, string]>, extra: Partial<ComparisonItem> = {}): ComparisonItem {
  return {
    kind: 'comparison',
    id: `cmp-${title}-${row}`,
    topic: 'Edge',
    title,
    row,
    values: values.map(([column, value]) => ({ column, value })),
    source: at('edge.md', ['Edge', title]),
    ...extra,
  };
}

export function qa(question: string, answer: string, options: string[] = [], extra: Partial<QuestionItem> = {}): QuestionItem {
  return { kind: 'qa', id: `qa-${question.slice(0, 20)}`, topic: 'Serverless', question, answer, options, source: at('samples.md', ['Samples']), ...extra };
}

export function fact(subject: string, attribute: string, quantity: Quantity, extra: Partial<FactItem> = {}): FactItem {
  return {
    kind: 'fact',
    id: `fact-${subject}-${attribute}`,
    topic: subject,
    subject,
    attribute,
    text: `${attribute}: ${quantity.text}`,
    quantity,
    source: at('limits.md', [subject, 'Limits'], `${attribute} ${quantity.text}`),
    ...extra,
  };
}

export function kb(items: Item[]): KnowledgeBase {
  return { items, warnings: [], files: [...new Set(items.map((item) => item.source.file))], lexicon: baseLexiconOnly(), digests: {} };
}

/** The services seed 003 and the shipped notes define, as a sibling pool. */
export function serviceDefinitions(): DefinitionItem[] {
  return [
    definition('DynamoDB', 'A serverless NoSQL key-value and document database that scales to billions of records'),
    definition('S3', 'Object storage for files of any size, paid for by what you store'),
    definition('Fargate', 'Serverless compute for containers that runs on ECS or EKS'),
    definition('Lambda', 'Runs small pieces of code without servers, billed by run time'),
    definition('Step Functions', 'A state machine service that coordinates services into workflows'),
    definition('EventBridge', 'A serverless event bus that passes events from a source to a target', { aliases: ['CloudWatch Events'] }),
  ];
}
