import { ADVICE_LEAD } from '../knowledge/english-words.js';
import type { DefinitionItem } from '../knowledge/item.js';
import { type DefinitionFacts, factsOf } from './definition-facts.js';
import { categoryBesideThing, classBesideMember, combinedBesideOne, sameHead } from './definition-kin.js';
import { contrasting, definitionsOverlap } from './definition-overlap.js';
import { describedStem, describesStem, isClause } from './definition-phrasing.js';
import { listedBeside, type SiblingDefinition, siblingPools } from './definition-siblings.js';
import { once } from './context-index.js';
import { codeNameEchoed, echoGivesAway } from './code-name-echo.js';
import { onePerTerm, otherWords, type TermCandidate } from './one-per-term.js';
import { openingOf, outsideSharedHead, outsideSharedOpening } from './gates/choices-alike.js';
import { nameInAnswer } from './gates/clue-in-stem.js';
import { nameSaysStem, notesAlsoSay } from './gates/second-right-answer.js';
import type { GenerationContext } from './generation-context.js';
import { labelledBeside } from './labelled-beside.js';
import { closedParallelSet, scopeContrast } from './parallel-set.js';
import { inAnswerCase } from './choice-case.js';
import { mendText } from './mend-spelling.js';
import { englishStatement, hasOtherScript } from '../knowledge/english-part.js';
import { lowerFirstWord } from './name-case.js';
import type { Candidate } from './pick-distractors.js';
import { buildQuestion, type Outcome, repeated } from './question-draft.js';
import { codeNamesBeside, isCodeName } from './shaped-siblings.js';
import { type TermContext, termContext } from './term-context.js';
import { asSentence, capitalise, capitaliseSentences, containsWords, nameKey, tidy } from './text-tools.js';
import { indexOf } from './definition-index.js';

/**
 * Definition items ask one way: "Which of these is a serverless event bus …?" (definition → term), or
 * when that fails its gates "Which of these best describes EventBridge?" (term → definition). Distractors are the sibling
 * terms: same section first, then same file and parent section, then the same topic, then (for
 * services only) other services. A sub-item ("Runtime" under "Lambda configuration") is asked with its
 * context in the stem and only beside the terms of its own section, never beside a neighbouring
 * section's labels; when its heading gives no usable context it is skipped.
 */
export function definitionQuestions(item: DefinitionItem, context: GenerationContext): Outcome[] {
  const ways = directions(item, context);
  if (!('toTerm' in ways)) return ways;
  // One question per fact (items independent): "which of these is <definition>?" first, the reverse
  // only when that one fails its gates; both would let one answer the other.
  // Three kinds of one thing defined alike ("full / incremental / differential backups: stores …") differ
  // in a qualifier: the three definitions side by side ask it best, and a stem quoting one names the others.
  if (ways.parallel) {
    const toDefinition = ways.toDefinition();
    if ('question' in toDefinition) return [toDefinition];
  }
  const toTerm = ways.toTerm();
  // A repeat (another note defines the same term alike) is asked already: no reverse in its place.
  if ('question' in toTerm || toTerm.skip === repeated) return [toTerm];
  const toDefinition = ways.toDefinition();
  return 'question' in toDefinition ? [toDefinition] : [toTerm];
}

/** Both directions, each through every gate: term → definition, then definition → term (for tests and reviews). */
export function eachDirection(item: DefinitionItem, context: GenerationContext): Outcome[] {
  const ways = directions(item, context);
  return 'toTerm' in ways ? [ways.toDefinition(), ways.toTerm()] : ways;
}

type Directions = { toTerm: () => Outcome; toDefinition: () => Outcome; parallel: boolean };

function directions(item: DefinitionItem, context: GenerationContext): Directions | Outcome[] {
  const facts = factsOf(item, context);
  const problem = facts.termProblem ?? facts.problem ?? facts.ownProblem;
  if (problem) return [{ skip: problem, item }];
  // "Copy them into another region": the pronoun stands for the term, so neither stem nor answer reads alone.
  // "These are inhibitory receptors": a demonstrative subject stands for the term (or its heading's kind).
  // "The name for that resource": a demonstrative after a preposition points back at a thing the stem does not name.
  if (/^(\S+\s+){0,2}(it|its|they|them|their)\b|^(this|these|those)\s+(is|are|was|were|has|have)\b/i.test(facts.sentence) || pointsBack(facts.sentence)) return [{ skip: 'definition refers to its term by a pronoun', item }];
  // "Consider provisioning …": advice to the reader says what to do, not what the term is.
  if (ADVICE_LEAD.test(facts.sentence)) return [{ skip: 'definition is advice, not what the term is', item }];
  // "Can only have one": a remark about the term, not what it is.
  if (/^(can|cannot|can't|may|must|should|will|would|could|only|also)\b/i.test(facts.sentence)) return [{ skip: 'definition does not say what the term is', item }];
  const placed = termContext(item, context);
  if (placed.kind === 'unclear') return [{ skip: unclearContext, item }];
  const pools = siblingPools(item, context);
  const siblings = placed.kind === 'none' ? pools : pools.slice(0, 1);
  const parallel = closedParallelSet(item, siblings[0]?.() ?? [], context);
  return {
    toTerm: () => definitionToTerm(item, facts.sentence, siblings, placed, context),
    toDefinition: () => termToDefinition(item, facts, siblings, placed, context, parallel),
    parallel,
  };
}

/**
 * True when a demonstrative after a preposition points at a thing the definition has not named: "the
 * name for that resource". Not "what sites users visit and the time spent on those sites".
 */
function pointsBack(sentence: string): boolean {
  return [...sentence.matchAll(/\b(?:for|of|to|in|on|with|from|by|at)\s+(?:this|that|these|those)\s+(\p{L}{3,})/giu)].some(
    (match) => !sentence.slice(0, match.index).toLowerCase().includes(match[1]!.toLowerCase().replace(/s$/, '')),
  );
}

/** The skip reason of a sub-item whose heading cannot tell the reader what its term belongs to. */
export const unclearContext = 'term needs a context its heading does not give';

type SiblingPools = ReadonlyArray<() => SiblingDefinition[]>;

/**
 * Term → definition is asked only beside three definitions of the answer's own section. A blind review
 * (round 4) found 5 of 21 usable, and those 5 only: definitions from a neighbouring section or topic
 * describe another kind of thing ("Marks node unschedulable" beside "Master Node"), and with two
 * distractors the answer is too often the odd one out. Anything less is dropped, not published.
 */
function termToDefinition(item: DefinitionItem, facts: DefinitionFacts, siblings: SiblingPools, placed: TermContext, context: GenerationContext, parallel: boolean): Outcome {
  const [closest] = siblings;
  const answer = capitalise(facts.sentence);
  // "Account kind" over StorageV1 and StorageV2: its own values describe values, not settings.
  const values = ownValues(item, context);
  const candidates = (): Candidate[] =>
    onePerTerm((closest?.() ?? []).flatMap(({ sibling, tier }): TermCandidate[] => {
      const other = factsOf(sibling, context);
      // A definition written the other way (a verb phrase beside noun phrases) stands out: take it last.
      const form = other.verbForm === facts.verbForm ? 0 : 0.5;
      // One opening as the answer's ("A required section …" beside "A required section …") first: with
      // three that open otherwise, the answer is the odd one out.
      const opening = openingOf(other.sentence) === openingOf(answer) ? 0 : 0.25;
      // A definition saying much the same as the answer's is a second right answer: never offered.
      // Kinds of one thing defined alike differ in scope ("all" / "only"): that is the pair to tell apart.
      const overlaps = definitionsOverlap(facts.sentence, other.sentence) && !(parallel && scopeContrast(facts.sentence, other.sentence));
      // "The server that runs the File Sync Agent" beside "Which of these best describes File Sync Agent?": a definition naming the term is none of it.
      if (tier !== 0 || other.problem || values.has(nameKey(sibling.term)) || overlaps || containsWords(other.sentence, item.term)) return [];
      return [{ text: capitalise(other.sentence), tier: tier + form + opening, term: otherWords(item.term, sibling.term) }];
    }));
  const outcome = buildQuestion({
    item,
    kind: 'term-to-definition',
    stem: describesStem(item.term, placed),
    answer,
    shape: 'text',
    candidates,
    explanation: () => explain(item, context),
  }, context);
  if (!('question' in outcome)) return outcome;
  if (outcome.question.choices.length < 4 && !parallel) return { skip: 'fewer than three definitions of its own section', item };
  const distractors = outcome.question.choices.filter((_, index) => index !== outcome.question.answer);
  const clue = nameInAnswer(item.term, answer, distractors) ?? outsideSharedOpening(answer, distractors);
  return clue ? { skip: clue, item } : outcome;
}

/** The names a list titled by `item`'s term holds: its values or members, never its siblings. */
function ownValues(item: DefinitionItem, context: GenerationContext): ReadonlySet<string> {
  const title = nameKey(item.term);
  const lists = (indexOf(context).listsByFile.get(item.source.file) ?? []).filter((list) => nameKey(list.title) === title);
  return new Set(lists.flatMap((list) => list.members.map(nameKey)));
}

function definitionToTerm(item: DefinitionItem, definition: string, siblings: SiblingPools, placed: TermContext, context: GenerationContext): Outcome {
  const stem = describedStem(definition, context.names, placed);
  const values = ownValues(item, context);
  // Each pool is weighed once, though the strict and the open build below both draw on it.
  const [closest, ...farther] = siblings.map((pool) => once(() =>
    pool().flatMap(({ sibling, tier }): Candidate[] => {
      const other = factsOf(sibling, context);
      // A sibling whose own definition also fits the stem is a second right answer: never offered.
      if (other.termProblem || (!other.problem && definitionsOverlap(definition, other.sentence))) return [];
      // The opposite of the answer ("Inbound Rules" beside "Outbound Rules") is the best lure: taken first;
      // then the terms of the answer's own kind by their head word ("civil investigations" beside
      // "regulatory investigations", before "root cause analysis").
      const opposite = !other.problem && contrasting(definition, other.sentence);
      // Recased only when its definition could be weighed against the answer's (no second right answer).
      const text = other.problem ? sibling.term : inAnswerCase(item.term, sibling.term);
      return [{ text, tier: opposite ? tier - 0.5 : sameHead(item.term, sibling.term) ? tier - 0.25 : tier }];
    })),
  );
  // Next, the labels of its section's "Label: text" lines read as facts ("LD50: Lethal dose in 50% …").
  const labelled = (): Candidate[] => labelledBeside(item, definition, context).map((text) => ({ text, tier: 0.75 }));
  // Last, the names a list of the notes holds beside the term: its kind, though undefined in the notes.
  const listed = (): Candidate[] => listedBeside(item, context).map((text) => ({ text, tier: 9 }));
  // Then the code names of its family the same file writes (SQL functions among SQL functions).
  const fromCode = (): Candidate[] => codeNamesBeside(item, context, placed.kind !== 'none');
  // "distributed data model" has "hierarchical data model" and "relational data model" of its own
  // section: two such terms of its kind, and terms of other kinds ("domain", "primary keys") are asked
  // beside them only when those two cannot make a question without them.
  const mates = (closest?.() ?? []).filter((candidate) => sameHead(item.term, candidate.text)).length;
  const build = (ofKindOnly: boolean): Outcome => buildQuestion({
    item,
    kind: 'definition-to-term',
    stem,
    answer: item.term,
    candidates: closest?.() ?? [],
    farther: [labelled, ...farther, listed, fromCode],
    reject: (term) =>
      containsWords(stem, term) ||
      classBesideMember(item.term, term) ||
      combinedBesideOne(item.term, term) ||
      categoryBesideThing(item.term, term) ||
      // A second right answer: a name made of the stem's words, or a choice the notes also describe so.
      nameSaysStem(stem, term) ||
      notesAlsoSay(definition, term, context) ||
      // "StorageV1" beside "Account kind", which lists it: a value of the setting, not another setting.
      values.has(nameKey(term)) ||
      (ofKindOnly && !sameHead(item.term, term)),
    explanation: (distractors) => withTempting(explain(item, context), distractors, context),
  }, context);
  const strict = mates >= 2 ? build(true) : undefined;
  const outcome = strict && 'question' in strict ? strict : build(false);
  if (!('question' in outcome)) return outcome;
  const distractors = outcome.question.choices.filter((_, index) => index !== outcome.question.answer);
  const odd = outsideSharedHead(item.term, distractors);
  if (odd) return { skip: odd, item };
  // A code name is made of words ("GETUTCDATE", "INSERT SELECT", "RANK"): a stem or topic saying "UTC",
  // "insert" or "ranking" points at the one choice whose name holds it, whatever the others are.
  const coded = isCodeName(item, context);
  // The term's own heading ("INSERT SELECT" over INSERT SELECT) names it whole: that is where it is defined, no clue.
  const around = [outcome.question.topic, item.source.section.at(-1) ?? ''].filter((text) => !containsWords(text, item.term));
  return coded && echoGivesAway(item.term, distractors, [stem, ...around]) ? { skip: codeNameEchoed, item } : outcome;
}

/**
 * The explanation, then what the first distractor really is when the notes define it: a reader who
 * picked it learns why it was wrong ("EventBridge is … . SQS, by contrast: a managed message queue.").
 */
function withTempting(explanation: string, distractors: readonly string[], context: GenerationContext): string {
  const [tempting] = distractors;
  const other = tempting ? indexOf(context).byTerm.get(tempting.toLowerCase()) : undefined;
  if (!other) return explanation;
  const facts = factsOf(other, context);
  // A remark in another language left in the rival's definition would read mangled after English.
  if (facts.problem || hasOtherScript(facts.sentence)) return explanation;
  return `${asSentence(explanation)} ${tempting}, by contrast: ${lowerFirstWord(laterCapitals(facts.sentence), context.names)}`;
}

/** The notes' lower-case sentences after the first ("… a system. may include …") start with a capital, as in the stem. */
const laterCapitals = (text: string): string => text.charAt(0) + capitaliseSentences(text).slice(1);

/** "EventBridge (also called CloudWatch Events) is a serverless event bus." — at most two sentences. */
function explain(item: DefinitionItem, context: GenerationContext): string {
  // Bilingual notes are explained in their English part, when it reads whole (knowledge/english-part.ts).
  const english = item.aliases.filter((alias) => !hasOtherScript(alias));
  const aliases = english.length > 0 ? ` (also called ${english.join(', ')})` : '';
  const definition = tidy(laterCapitals(mendText(englishStatement(item.definition) ?? item.definition, context)).split(/(?<=[a-z0-9)])\.\s+(?=[A-Z])/).slice(0, 2).join('. '));
  const text = lowerFirstWord(definition);
  if (/^(a|an|the)\s/i.test(text) && !isClause(text)) return `${item.term}${aliases} is ${text}`;
  return `${item.term}${aliases}: ${definition}`;
}
