import type { DefinitionItem } from '../knowledge/item.js';
import type { Candidate } from './pick-distractors.js';
import { type GenerationContext, isServiceName, parentSection, sectionKey } from './generation-context.js';
import { buildQuestion, type Outcome } from './question-draft.js';
import { lowerFirstWord } from './name-case.js';
import { capitalise, comparisonKey, containsWords, contentWords, tidy } from './text-tools.js';

/**
 * Definition items ask both ways: "Which of these best describes EventBridge?" (term → definition)
 * and "Which of these is a serverless event bus …?" (definition → term). Distractors are the sibling
 * terms: same section first, then same file and parent section, then the same topic, then (for
 * services only) other services.
 */
export function definitionQuestions(item: DefinitionItem, context: GenerationContext): Outcome[] {
  const facts = factsOf(item, context);
  const problem = facts.termProblem ?? facts.problem;
  if (problem) return [{ skip: problem, item }];
  const siblings = siblingDefinitions(item, context);
  return [termToDefinition(item, facts, siblings, context), definitionToTerm(item, facts.sentence, siblings, context)];
}

function termToDefinition(item: DefinitionItem, facts: DefinitionFacts, siblings: SiblingDefinition[], context: GenerationContext): Outcome {
  return buildQuestion({
    item,
    kind: 'term-to-definition',
    stem: `Which of these best describes ${item.term}?`,
    answer: capitalise(facts.sentence),
    shape: 'text',
    candidates: siblings.flatMap(({ sibling, tier }) => {
      const other = factsOf(sibling, context);
      // A definition written the other way (a verb phrase beside noun phrases) stands out: take it last.
      const form = other.verbForm === facts.verbForm ? 0 : 0.5;
      return other.problem ? [] : [{ text: capitalise(other.sentence), tier: tier + form }];
    }),
    explanation: explain(item),
  });
}

function definitionToTerm(item: DefinitionItem, definition: string, siblings: SiblingDefinition[], context: GenerationContext): Outcome {
  const stem = describedStem(definition, context.names);
  return buildQuestion({
    item,
    kind: 'definition-to-term',
    stem,
    answer: item.term,
    candidates: siblings.flatMap(({ sibling, tier }): Candidate[] => (factsOf(sibling, context).termProblem ? [] : [{ text: sibling.term, tier }])),
    reject: (term) => containsWords(stem, term),
    explanation: explain(item),
  });
}

/** The stem for definition → term, phrased by how the definition starts. */
export function describedStem(definition: string, names: ReadonlySet<string>): string {
  const text = lowerFirstWord(definition, names);
  if (/^(a|an|the)\s/i.test(text) && !isClause(text)) return `Which of these is ${text}?`;
  if (startsWithVerb(text)) return `Which of these ${text}?`;
  return `Which of these matches the description “${capitalise(definition)}”?`;
}

/** "Tracks changes …", "Automatically deletes …", "Holds the images": a third-person verb first. */
function startsWithVerb(text: string): boolean {
  const [first = '', second = '', third = ''] = text.toLowerCase().split(/\s+/);
  if (/ly$/.test(first)) return verbs.has(second) || (/[^s]s$/.test(second) && determiners.has(third));
  return verbs.has(first) || (/[^su]s$/.test(first) && determiners.has(second));
}

/** "the table is replicated …", "a trigger starts …": a whole clause, not a noun phrase to put after "is". */
function isClause(text: string): boolean {
  for (const word of text.toLowerCase().split(/\s+/).slice(1, 7)) {
    if (/^(that|which|who|to|for|with|of|in|on|from)$/.test(word)) return false;
    if (/^(is|are|was|were|has|have|can|will|gets|starts|follows|runs|means)$/.test(word) || verbs.has(word)) return true;
  }
  return false;
}

const determiners = new Set(['the', 'a', 'an', 'who', 'what', 'one', 'every', 'each', 'all', 'its', 'their', 'your', 'them', 'it', 'data', 'many', 'several']);

// Third-person verbs a definition may start with ("Tracks changes in DynamoDB tables").
const verbs = new Set(
  'accepts adds allows automates builds caches checks collects connects controls coordinates copies creates cuts delivers deletes deploys enables exports finds forwards gives handles helps holds hosts improves ingests integrates keeps lets links listens manages moves offers orchestrates passes pools provides publishes records reduces replicates routes runs scales sends serves stores supports tracks translates triggers watches'.split(
    ' ',
  ),
);

interface SiblingDefinition {
  sibling: DefinitionItem;
  tier: number;
}

/**
 * Share of `a`'s meaningful words found in `b`: "deploys to several regions" is 2/3 inside "deploys one
 * stack to many regions", so the two could both answer the same stem.
 */
function overlap(a: readonly string[], b: readonly string[]): number {
  if (a.length < 2) return 0;
  const other = new Set(b);
  return a.filter((word) => other.has(word)).length / a.length;
}

/** What every sibling comparison needs, computed once per definition item. */
interface DefinitionFacts {
  sentence: string;
  /** Why this definition cannot be a choice or a stem, if it cannot. */
  problem: string | undefined;
  termProblem: string | undefined;
  verbForm: boolean;
  sentenceKey: string;
  words: string[];
  nameKeys: string[];
  service: boolean;
  section: string;
  parent: string;
}

const factsCache = new WeakMap<DefinitionItem, DefinitionFacts>();

function factsOf(item: DefinitionItem, context: GenerationContext): DefinitionFacts {
  let facts = factsCache.get(item);
  if (!facts) {
    const sentence = firstSentence(item.definition);
    facts = {
      sentence,
      problem: unusable(item, sentence),
      termProblem: termProblem(item.term),
      verbForm: startsWithVerb(sentence.toLowerCase()),
      sentenceKey: comparisonKey(sentence),
      words: contentWords(sentence),
      nameKeys: [item.term, ...item.aliases].map(comparisonKey),
      service: isServiceName(item.term, context),
      section: sectionKey(item),
      parent: parentSection(item),
    };
    factsCache.set(item, facts);
  }
  return facts;
}

function siblingDefinitions(item: DefinitionItem, context: GenerationContext): SiblingDefinition[] {
  const own = factsOf(item, context);
  return context.definitions.flatMap((sibling): SiblingDefinition[] => {
    if (sibling === item) return [];
    const other = factsOf(sibling, context);
    // A sibling defined in the same words, or the same term again, would be a second right answer.
    if (other.sentenceKey === own.sentenceKey || other.nameKeys.some((key) => own.nameKeys.includes(key))) return [];
    if (overlap(own.words, other.words) >= 0.6 || overlap(other.words, own.words) >= 0.6) return [];
    const sameFile = sibling.source.file === item.source.file;
    if (sameFile && other.section === own.section) return [{ sibling, tier: 0 }];
    if (sameFile && other.parent === own.parent && own.service === other.service) return [{ sibling, tier: 1 }];
    if (sibling.topic === item.topic && own.service === other.service) return [{ sibling, tier: 2 }];
    if (own.service && other.service) return [{ sibling, tier: 3 }];
    return [];
  });
}

/** Why a term is not a name to ask about ("Aurora comes in two flavours", "Kinesis example"), if it is not. */
function termProblem(term: string): string | undefined {
  const words = term.split(/\s+/);
  if (words.length > 5 || /^(a|an|the|good|best|also|e\.?g|ex)\b/i.test(term)) return 'term is not a name';
  if (/\b(example|examples|sample|note|notes|comes|is|are|can|fires|trade-?off|why|how)\b/i.test(term)) return 'term is not a name';
  return undefined;
}

/** Why a definition cannot carry a question, if it cannot. */
function unusable(item: DefinitionItem, definition: string): string | undefined {
  if (/^(e\.?g\b|ex\b|for example|such as)/i.test(definition)) return 'definition is only an example';
  const parts = definition.split(/,\s*|\s+and\s+/);
  if (parts.length >= 3 && parts.every((part) => part.split(/\s+/).length <= 3)) return 'definition is a list of names';
  if (definition.split(/\s+/).length < 3) return 'definition too short';
  if (definition.split(/\s+/).length > 30) return 'definition too long';
  if (comparisonKey(definition) === comparisonKey(item.term) || item.source.section.some((heading) => comparisonKey(heading) === comparisonKey(definition))) {
    return 'definition is only a heading';
  }
  if ([item.term, ...item.aliases].some((name) => containsWords(definition, name))) return 'definition names its own term';
  return undefined;
}

/** The first sentence of a definition, without its closing full stop. */
function firstSentence(text: string): string {
  const sentence = /^(.+?[a-z0-9)])\.\s+[A-Z]/.exec(text)?.[1] ?? text;
  return tidy(sentence);
}

/** "EventBridge (also called CloudWatch Events) is a serverless event bus." — at most two sentences. */
function explain(item: DefinitionItem): string {
  const aliases = item.aliases.length > 0 ? ` (also called ${item.aliases.join(', ')})` : '';
  const definition = tidy(item.definition.split(/(?<=[a-z0-9)])\.\s+(?=[A-Z])/).slice(0, 2).join('. '));
  const text = lowerFirstWord(definition);
  if (/^(a|an|the)\s/i.test(text) && !isClause(text)) return `${item.term}${aliases} is ${text}`;
  return `${item.term}${aliases}: ${definition}`;
}
