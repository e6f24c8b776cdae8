import { englishPart, hasOtherScript } from '../knowledge/english-part.js';
import type { DefinitionItem, FactItem, Item } from '../knowledge/item.js';
import { perContext, groupBy } from './context-index.js';
import { confusedFormulas, type Formula, formulaText, readFormula } from './formula-expression.js';
import type { GenerationContext } from './generation-context.js';
import { lowerFirstWord } from './name-case.js';
import type { Candidate } from './pick-distractors.js';
import { buildQuestion, type Outcome } from './question-draft.js';
import { choiceShape } from './stem-checks.js';
import { capitalise, comparisonKey } from './text-tools.js';

/**
 * "Which formula gives working capital?" for a term the notes define by a formula, in bilingual notes
 * too ("money multiplier: 1 / reserve requirement 可以理解成…" asks its English part). Wrong choices are
 * the formula as a learner would confuse it (a sign turned, a ratio upside down), then the other
 * formulas of the same file, ratios beside ratios, then of the other files.
 */
export function formulaQuestions(item: FactItem | DefinitionItem, context: GenerationContext): Outcome[] {
  const index = formulaIndex(context);
  // Read once per run by the index; an item it has not seen is read here.
  const own = index.byItem.has(item) ? index.byItem.get(item) : formulaOf(item);
  if (!own) return [];
  const { formula, text } = own;
  // "cache size = 500mb - 237GB": a range of measures, not a formula.
  if (/^[\d.,]+\s*\p{L}+\s*[-–]\s*[\d.,]+\s*\p{L}+$/u.test(text.trim())) return [{ skip: 'the formula is a range of measures', item }];
  // "Leverage ratio" reads "leverage ratio" inside the stem; a symbol ("Ri") or a name stays.
  const term = /^[A-Z][a-z]+\s+\p{Ll}/u.test(own.term) ? lowerFirstWord(own.term, context.names) : own.term;
  // Another line giving the same term a formula may word it otherwise: never a wrong choice.
  const sameTerm = (other: DefinedFormula): boolean => comparisonKey(other.term) === comparisonKey(term);
  const sameFile = index.byFile.get(item.source.file) ?? [];
  const byShape = (list: readonly DefinedFormula[], near: number, far: number): Candidate[] =>
    list.filter((other) => !sameTerm(other)).map((other) => ({ text: other.text, tier: other.formula.shape === formula.shape ? near : far }));
  return [
    buildQuestion(
      {
        item,
        kind: 'term-to-definition',
        variant: 'formula',
        stem: `Which formula gives ${term}?`,
        answer: text,
        // "1 / reserve requirement" stands among formulas that open with a number too.
        shape: choiceShape(text) === 'number' ? 'number' : 'text',
        candidates: () => [...confusedFormulas(formula).map((confused) => ({ text: confused, tier: 0 })), ...byShape(sameFile, 1, 2)],
        farther: [() => byShape(index.all, 3, 4)],
        // "Defined as either A or B": B is right too, never a wrong choice.
        reject: (choice) => own.also.includes(choice),
        explanation: (distractors) => explain(term, text, distractors, index.byText),
      },
      context,
    ),
  ];
}

/** A term, the formula the notes give for it, and that formula written out. */
interface DefinedFormula {
  item: Item;
  term: string;
  formula: Formula;
  text: string;
  /** Other formulas the same line gives the term ("either TxD50 / ED50 or LD50 / ED50"), written out. */
  also: readonly string[];
}

/** The term and formula an item states, when it states one in English. */
function formulaOf(item: FactItem | DefinitionItem): DefinedFormula | undefined {
  const stated = item.kind === 'definition' ? { term: item.term, value: item.definition, described: !item.equated } : keyAndValue(item);
  if (!stated || !isTerm(stated.term)) return undefined;
  const english = englishPart(stated.value);
  const formula = english === undefined ? undefined : readFormula(english, stated.described);
  if (formula) return { item, term: stated.term.trim(), formula, text: formulaText(formula), also: [] };
  return item.kind === 'definition' && english !== undefined ? definedAs(item.term.trim(), english, item) : undefined;
}

/**
 * "Therapeutic index: the margin of safety for a drug. Defined as either TD50 / ED50 or LD50 / ED50.":
 * a definition in words whose later sentence gives the formula ("defined as", "calculated as", "given
 * by"). The first formula is asked; an alternative after "or" is right too, so it is kept as `also`.
 */
const DEFINED_AS = /(?:^|[.;]\s+)(?:it\s+is\s+|is\s+)?(?:defined|calculated|computed|given|expressed)\s+(?:as|by)\s+(?:either\s+)?([^.;]+?(?:\.\d[^.;]*)*)\s*(?:[.;]|$)/i;

function definedAs(term: string, value: string, item: Item): DefinedFormula | undefined {
  const match = DEFINED_AS.exec(value);
  if (!match) return undefined;
  const [first, ...rest] = match[1]!.split(/\s+or\s+/i).map((part) => readFormula(part, false));
  if (!first || rest.some((other) => other === undefined)) return undefined;
  return { item, term, formula: first, text: formulaText(first), also: rest.map((other) => formulaText(other!)) };
}

/** "money multiplier: 1 / reserve requirement" → its attribute and what follows the separator. */
function keyAndValue(item: FactItem): { term: string; value: string; described: boolean } | undefined {
  const { attribute, text } = item;
  if (!text.toLowerCase().startsWith(attribute.toLowerCase())) return undefined;
  const split = /^\s*(:|==?)\s+(.+)$/su.exec(text.slice(attribute.length));
  return split ? { term: attribute, value: split[2]!, described: split[1] === ':' } : undefined;
}

/**
 * A name a formula can give: English, short, no sign of its own, and not a lone modifier ("modified",
 * "annually"), which names a kind of something the line above says.
 */
function isTerm(term: string): boolean {
  const words = term.trim().split(/\s+/);
  // Two letters ("Ri") are a symbol that needs the formula's own context to mean anything.
  if (hasOtherScript(term) || words.length > 6 || term.trim().length < 3 || !/\p{L}/u.test(term) || /[=+*×/:\d]|\s-\s/u.test(term)) return false;
  return !(words.length === 1 && /^\p{Ll}+(?:ed|ly|ing)$/u.test(term));
}

interface FormulaIndex {
  all: readonly DefinedFormula[];
  byFile: ReadonlyMap<string, DefinedFormula[]>;
  byText: ReadonlyMap<string, DefinedFormula>;
  /** Each fact and definition of the run with its formula, or undefined when it states none. */
  byItem: ReadonlyMap<Item, DefinedFormula | undefined>;
}

/** Every formula of the run, in notes order, by file and by how it is written out. */
const formulaIndex = perContext((context: GenerationContext): FormulaIndex => {
  const byItem = new Map<Item, DefinedFormula | undefined>([...context.facts, ...context.definitions].map((item) => [item, formulaOf(item)]));
  const all = [...byItem.values()].filter((f): f is DefinedFormula => f !== undefined);
  const byText = new Map<string, DefinedFormula>();
  for (const f of all) if (!byText.has(f.text)) byText.set(f.text, f);
  return { all, byFile: groupBy(all, (f) => f.item.source.file), byText, byItem };
});

/** "Working capital = current assets - current liabilities", then what a picked formula of the notes really gives. */
function explain(term: string, answer: string, distractors: readonly string[], known: ReadonlyMap<string, DefinedFormula>): string {
  const stated = `${capitalise(term)} = ${answer}.`;
  const tempting = distractors.map((d) => known.get(d)).find((k) => k !== undefined);
  return tempting ? `${stated} ${capitalise(tempting.text)} gives ${tempting.term}, not ${term}.` : stated;
}
