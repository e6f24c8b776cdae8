import type { Item } from '../knowledge/item.js';
import type { GenerationContext } from './generation-context.js';
import { type Candidate, pickDistractors, placeAnswer } from './pick-distractors.js';
import { questionId } from './question-id.js';
import { type Question, type QuestionKind, questionSchema } from './question-schema.js';
import { type ChoiceShape, checkChoices, checkStem, choiceShape, stemGivesAway } from './stem-checks.js';
import { questionTopic } from './question-topic.js';
import { asSentence } from './text-tools.js';
import { choicesUnalike, onlySingular, lengthAlike, sameForm, sameStatement } from './gates/choices-alike.js';
import { clueInStem } from './gates/clue-in-stem.js';
import { onlyPlural } from './gates/only-plural.js';
import { mixesScripts } from './gates/mixed-script.js';
import { orderByValue, wantedRank } from './gates/numeric-rank.js';
import { qualityScore } from './gates/quality-score.js';
import { checkFactStem } from './gates/fact-checks.js';
import { garbledChoice, garbledQuote, garbledStem } from './gates/garbled-choice.js';
import { garbledText } from './gates/garbled-text.js';
import { statedIn } from './gates/stated-values.js';
import { statedElsewhere } from './gates/stated-elsewhere.js';
import { spellsAcronym } from './gates/spelled-acronym.js';

/** What a question builder proposes; `buildQuestion` turns it into a checked Question or a skip. */
export interface Draft {
  item: Item;
  kind: Exclude<QuestionKind, 'custom'>;
  /** Distinguishes several questions of one kind from one item ("max", "inverse", a column). */
  variant?: string;
  stem: string;
  answer: string;
  /** Wrong choices to pick from; given as a function, they are built only for a draft that is no repeat. */
  candidates: readonly Candidate[] | (() => readonly Candidate[]);
  /** Farther pools of candidates, each built only when the ones before give too few (see PickOptions). */
  farther?: ReadonlyArray<() => readonly Candidate[]>;
  /** Shape all choices must share; 'text' accepts names and phrases but no numbers. Default: the answer's. */
  shape?: ChoiceShape | 'text';
  /** A candidate breaking this rule is never picked (e.g. it names a term from the stem). */
  reject?: (text: string) => boolean;
  /** Set when the stem names every option on purpose ("which has higher latency, A or B?"). */
  stemNamesChoices?: boolean;
  /** Set when every choice is a thing the notes' folders file one per note: a folder is then their kind, and a fit title. */
  choicesAreFolderTitles?: boolean;
  /** Choices appended after the picked distractors (e.g. "Both of them"), never shuffled away. */
  extraChoices?: readonly string[];
  /**
   * For number choices: the value of a choice, so choices are shown in ascending order and the answer's
   * rank is drawn evenly (gates/numeric-rank.ts). Undefined for a text that is not a choice's number.
   */
  numberOf?: (text: string) => number | undefined;
  /**
   * For number choices whose order tells a reader nothing (ports: 2379 is no "middle" guess beside
   * 2380 and 6443): the closest candidates are taken whichever side of the answer they lie, instead of
   * a drawn rank filling one side with far ones (port 80, port 443). Still shown in ascending order.
   */
  closestFirst?: boolean;
  /**
   * Why the answer is right; given as a function, it is written only for a question that passes and is
   * given the picked distractors, so it can say what the tempting one really is.
   */
  explanation: string | ((distractors: readonly string[]) => string);
}

/** The skip reason of a question the run already asked (same id or same stem). */
export const repeated = 'same question as another item';

/** Either a question that passed every check, or the reason the item was skipped. */
export type Outcome = { question: Question } | { skip: string; item: Item };

/**
 * Runs every quality check on a draft; a failing draft becomes a skip with its reason. A draft whose id
 * or stem the run already emitted is skipped as a repeat first, before any other check.
 */
export function buildQuestion(draft: Draft, context: GenerationContext): Outcome {
  const skip = (reason: string): Outcome => ({ skip: reason, item: draft.item });
  const id = questionId(draft.item.id, draft.kind, draft.variant);
  if (context.asked.has(id, draft.stem)) return skip(repeated);
  const stemProblem = checkStem(draft.stem);
  if (stemProblem) return skip(stemProblem);
  const inStem = stemGivesAway(draft.stem);
  if (!draft.stemNamesChoices && inStem(draft.answer)) return skip('answer appears in the stem');
  const shape = draft.shape ?? choiceShape(draft.answer);
  // Names keep one style: "others" or "on-demand" does not stand among "Python" and "Java".
  const upper = /^\p{Lu}/u.test(draft.answer);
  const sameCase = (text: string): boolean => shape !== 'name' || !/^\p{L}/u.test(text) || !/^\p{L}/u.test(draft.answer) || /^\p{Lu}/u.test(text) === upper;
  const fits = (text: string): boolean => (shape === 'text' ? choiceShape(text) !== 'number' : choiceShape(text) === shape) && sameCase(text);
  if (shape === 'text' ? choiceShape(draft.answer) === 'number' : choiceShape(draft.answer) !== shape) return skip('answer does not fit the question kind');
  const factual = draft.item.kind === 'fact' && draft.kind === 'quantity' ? checkFactStem(draft.stem, draft.item) : { stem: draft.stem };
  if ('skip' in factual) return skip(factual.skip);
  const { stem } = factual;
  const garbled = garbledChoice(draft.answer) ?? garbledQuote(draft.stem) ?? garbledStem(draft.stem);
  if (garbled) return skip(garbled);
  const extra = draft.extraChoices ?? [];
  const scripts = mixesScripts(draft.stem, []);
  if (scripts) return skip(scripts);
  const count = Math.max(0, 3 - extra.length);
  const answerShape = choiceShape(draft.answer);
  // Choices alike in form and length: a sentence among names, or one far longer, gives itself away.
  const alike = (text: string): boolean => sameForm(draft.answer, text) && (shape === 'number' || (choiceShape(text) === answerShape && (answerShape !== 'phrase' || lengthAlike(draft.answer, text))));
  // A value the fact's own statement also gives ("50 TB or 80 TB") would be a second right answer.
  // So would one another line, table or file of the notes gives the same subject and attribute.
  const fact = draft.item.kind === 'fact' && draft.kind === 'quantity' && shape === 'number' ? draft.item : undefined;
  const ownStatement = fact ? statedIn(fact.text) : () => false;
  // Read from the whole folder only when a candidate is weighed: many drafts are skipped before.
  let elsewhere: ((text: string) => boolean) | undefined;
  const stated = (text: string): boolean => ownStatement(text) || (fact !== undefined && (elsewhere ??= statedElsewhere(fact, context))(text));
  // The answer written another way ("USE ROLLBACK TRANSACTION" beside "ROLLBACK TRAN") is a second right answer.
  const reject = (text: string): boolean => !fits(text) || !alike(text) || sameStatement(draft.answer, text) || (!draft.stemNamesChoices && inStem(text)) || stated(text) || spellsAcronym(text, draft.answer, stem) || garbledChoice(text) !== undefined || (draft.reject?.(text) ?? false);
  // Built once, however many times the rank balancing picks from them.
  let built: readonly Candidate[] | undefined;
  const candidates = (): readonly Candidate[] => (built ??= typeof draft.candidates === 'function' ? draft.candidates() : draft.candidates);
  const pick = (more: (text: string) => boolean, n: number, exclude: readonly string[] = []): string[] =>
    pickDistractors({
      seed: id,
      answer: draft.answer,
      candidates: exclude.length === 0 ? candidates() : candidates().filter((c) => !exclude.includes(c.text)),
      farther: draft.farther,
      count: n,
      reject: (text) => reject(text) || more(text),
    });
  let distractors: string[];
  const { numberOf } = draft;
  if (numberOf && !draft.closestFirst) {
    const value = numberOf(draft.answer) ?? 0;
    const below = wantedRank(id, count, stem);
    const smaller = pick((text) => !((numberOf(text) ?? value) < value), below);
    const larger = pick((text) => !((numberOf(text) ?? value) > value), count - smaller.length);
    // Too few on one side (the answer is the notes' smallest value): the other side makes up the count.
    const rest = smaller.length + larger.length < count ? pick((text) => numberOf(text) === undefined, count - smaller.length - larger.length, [...smaller, ...larger]) : [];
    distractors = [...smaller, ...larger, ...rest.filter((text) => !smaller.includes(text) && !larger.includes(text))];
  } else {
    distractors = pick(() => false, count);
  }
  if (distractors.length + extra.length < 2) return skip('not enough distractors of the same kind');
  if (shape !== 'number') {
    // A stem that names every choice ("Comparing THROW and RAISERROR, which can rethrow …?") may still
    // hold a clue outside those names.
    const asked = draft.stemNamesChoices ? [draft.answer, ...distractors].reduce((text, name) => text.split(name).join(' '), stem) : stem;
    const clue = clueInStem(asked, draft.answer, distractors, context.vendorWords);
    if (clue) return skip(clue);
  }
  const unalike = choicesUnalike(draft.answer, distractors) ?? (draft.kind === 'definition-to-term' ? (onlySingular(draft.answer, distractors) ?? onlyPlural(stem, draft.answer, distractors)) : undefined);
  if (unalike) return skip(unalike);
  const placed = numberOf ? orderByValue(draft.answer, distractors, (text) => numberOf(text) ?? 0) : placeAnswer(id, draft.answer, distractors);
  const choices = [...placed.choices, ...extra];
  const mixed = mixesScripts(stem, choices);
  if (mixed) return skip(mixed);
  const choiceProblem = checkChoices(choices, draft.stemNamesChoices ? 'text' : shape);
  if (choiceProblem) return skip(choiceProblem);
  // The title the question is posted under ("Question of the day · PVC") must not name the answer either.
  const topic = questionTopic(draft.item, stem, draft.answer, draft.stemNamesChoices ? choices : distractors, context.vendorWords, context.facets, draft.choicesAreFolderTitles);
  if (topic === undefined) return skip('every topic for the question names the answer');
  const explanation = asSentence(typeof draft.explanation === 'function' ? draft.explanation(distractors) : draft.explanation);
  const unreadable = garbledText({ kind: draft.kind, stem, choices, explanation });
  if (unreadable) return skip(unreadable);
  const { source } = draft.item;
  const question = questionSchema.safeParse({
    id,
    kind: draft.kind,
    topic,
    stem,
    choices,
    answer: placed.answer,
    explanation,
    source: { file: source.file, line: source.line, section: source.section.join(' › ') },
    quality: qualityScore({ kind: draft.kind, stem, choices, section: source.section, names: context.thingNames }),
  });
  if (!question.success) return skip(`invalid question: ${question.error.issues[0]?.message ?? 'schema'}`);
  return { question: question.data };
}
