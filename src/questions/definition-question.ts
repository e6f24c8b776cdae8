import type { DefinitionItem } from '../knowledge/item.js';
import { type DefinitionFacts, factsOf } from './definition-facts.js';
import { isClause, startsWithVerb } from './definition-phrasing.js';
import { type SiblingDefinition, siblingPools } from './definition-siblings.js';
import type { GenerationContext } from './generation-context.js';
import { lowerFirstWord } from './name-case.js';
import type { Candidate } from './pick-distractors.js';
import { buildQuestion, type Outcome } from './question-draft.js';
import { capitalise, containsWords, tidy } from './text-tools.js';

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
  const siblings = siblingPools(item, context);
  return [termToDefinition(item, facts, siblings, context), definitionToTerm(item, facts.sentence, siblings, context)];
}

type SiblingPools = ReadonlyArray<() => SiblingDefinition[]>;

function termToDefinition(item: DefinitionItem, facts: DefinitionFacts, siblings: SiblingPools, context: GenerationContext): Outcome {
  const [closest, ...farther] = siblings.map((pool) => () =>
    pool().flatMap(({ sibling, tier }): Candidate[] => {
      const other = factsOf(sibling, context);
      // A definition written the other way (a verb phrase beside noun phrases) stands out: take it last.
      const form = other.verbForm === facts.verbForm ? 0 : 0.5;
      return other.problem ? [] : [{ text: capitalise(other.sentence), tier: tier + form }];
    }),
  );
  return buildQuestion({
    item,
    kind: 'term-to-definition',
    stem: `Which of these best describes ${item.term}?`,
    answer: capitalise(facts.sentence),
    shape: 'text',
    candidates: closest?.() ?? [],
    farther,
    explanation: () => explain(item),
  }, context);
}

function definitionToTerm(item: DefinitionItem, definition: string, siblings: SiblingPools, context: GenerationContext): Outcome {
  const stem = describedStem(definition, context.names);
  const [closest, ...farther] = siblings.map((pool) => () =>
    pool().flatMap(({ sibling, tier }): Candidate[] => (factsOf(sibling, context).termProblem ? [] : [{ text: sibling.term, tier }])),
  );
  return buildQuestion({
    item,
    kind: 'definition-to-term',
    stem,
    answer: item.term,
    candidates: closest?.() ?? [],
    farther,
    reject: (term) => containsWords(stem, term),
    explanation: () => explain(item),
  }, context);
}

/** The stem for definition → term, phrased by how the definition starts. */
export function describedStem(definition: string, names: ReadonlySet<string>): string {
  const text = lowerFirstWord(definition, names);
  if (/^(a|an|the)\s/i.test(text) && !isClause(text)) return `Which of these is ${text}?`;
  if (startsWithVerb(text)) return `Which of these ${text}?`;
  return `Which of these matches the description “${capitalise(definition)}”?`;
}

/** "EventBridge (also called CloudWatch Events) is a serverless event bus." — at most two sentences. */
function explain(item: DefinitionItem): string {
  const aliases = item.aliases.length > 0 ? ` (also called ${item.aliases.join(', ')})` : '';
  const definition = tidy(item.definition.split(/(?<=[a-z0-9)])\.\s+(?=[A-Z])/).slice(0, 2).join('. '));
  const text = lowerFirstWord(definition);
  if (/^(a|an|the)\s/i.test(text) && !isClause(text)) return `${item.term}${aliases} is ${text}`;
  return `${item.term}${aliases}: ${definition}`;
}
