import { CLAUSE_LINKS } from '../knowledge/english-words.js';

/**
 * A term the notes define by a formula ("working capital = current assets - current liabilities",
 * "money multiplier: 1 / reserve requirement"): the formula read into operands and the arithmetic
 * signs between them, so a question can show it tidily and write wrong formulas of the same shape.
 */

type Sign = '+' | '-' | '/' | '×';

export interface Formula {
  /** Operands as written, in order ("current assets", "current liabilities"). */
  operands: string[];
  /** The sign between operand i and i + 1. */
  signs: Sign[];
  /** What the formula is, by its weakest sign: a sum or difference, a ratio, a product. */
  shape: 'additive' | 'ratio' | 'product';
}

// A sign between two operands, spaced on both sides (unspaced "t/T" or "rd(1-t)" stays in its operand).
const SIGNS: Record<string, Sign> = { '+': '+', '-': '-', '−': '-', '–': '-', '/': '/', '*': '×', '×': '×', '·': '×', '÷': '/' };
const OPERAND = /^[\p{Script=Latin}\p{Script=Greek}\d\s().'’%_^/√-]+$/u;
const MAX_OPERAND_WORDS = 5;

const words = (text: string): string[] => text.split(/\s+/).filter(Boolean);
const isNumber = (text: string): boolean => /^\d+(?:\.\d+)?%?$/.test(text);
// "COGS", "PMT", "D1", "t", "MacDur": a symbol, not a word of English.
const isSymbol = (text: string): boolean => /^(?:[A-Za-z]|[A-Z]{2,}\w*|\p{L}+\d+\w*|[a-z]+[A-Z]\w*|\p{Script=Greek})$/u.test(text);

/**
 * The formula a value states, or undefined when it is prose, options ("Allow / Deny") or a clause.
 * `described` is a value after a colon ("mosaic theory: non-public + public"): there a plus or minus
 * alone says "and" or "without", so it takes a product or a ratio to be a formula; after `=` a sum is one.
 */
export function readFormula(value: string, described: boolean): Formula | undefined {
  const split = splitAtSigns(value.trim());
  if (!split || split.signs.length === 0 || split.signs.length > 4) return undefined;
  const signs = split.signs;
  const operands = split.operands.map(tidyOperand);
  if (!operands.every(isOperand)) return undefined;
  const additive = signs.every((s) => s === '+' || s === '-');
  if (additive && described) return undefined;
  const shape = signs.some((s) => s === '+' || s === '-') ? 'additive' : signs.includes('/') ? 'ratio' : 'product';
  // "Allow / Deny", "t / z / F": single words between slashes are options to pick from.
  if (signs.every((s) => s === '/') && operands.every((o) => words(o).length === 1 && !isNumber(o) && (operands.length > 2 || !isSymbol(o))))
    return undefined;
  // A sum of clauses ("storage for logs + retrieval") is shorthand for "and"; a formula adds quantities.
  if (additive && operands.some((o) => words(o).some((w) => CLAUSE_LINKS.has(w.toLowerCase())))) return undefined;
  return { operands, signs, shape };
}

/**
 * A quantity a formula combines: a number, a symbol, or a short name, maybe with a bracketed symbol
 * ("asset value (AV)"). A number beside a word ("2 d") or two symbols side by side ("r PMT") is the
 * next line or remark run into the formula.
 */
function isOperand(operand: string): boolean {
  if (!OPERAND.test(operand) || !/[\p{L}\d]/u.test(operand) || words(operand).length > MAX_OPERAND_WORDS) return false;
  const bare = words(operand.replace(/\([^()]*\)/gu, ' '));
  return bare.length <= 1 || (!bare.some(isNumber) && bare.filter(isSymbol).length < 2);
}

/** The formula written out with one spelling per sign: "current assets - current liabilities". */
export function formulaText(formula: Pick<Formula, 'operands' | 'signs'>): string {
  return formula.operands.map((operand, i) => (i === 0 ? operand : `${formula.signs[i - 1]} ${operand}`)).join(' ');
}

/**
 * An operand as a choice shows it: an example in brackets dropped ("reference rate (e.g. LIBOR)"), a
 * bracket glued to a word spaced off ("required margin(discount margin)"); "rd(1 - t)" stays a product.
 */
function tidyOperand(operand: string): string {
  return operand
    .replace(/\s*\((?:e\.g\.|eg\.?|i\.e\.|for example)[^()]*\)/giu, '')
    .replace(/(\p{L}{3,})\(/gu, '$1 (')
    .trim();
}

/**
 * Wrong formulas of the same operands, as a learner would confuse them: a sign turned ("assets +
 * liabilities", "× for /"), the operands of a difference or ratio swapped, a reciprocal's complement
 * ("1 / (1 - r)" beside "1 / r"). Never one equal to the formula by commutation or by a factor of 1.
 */
export function confusedFormulas(formula: Formula): string[] {
  const { operands, signs } = formula;
  const turned: Record<Sign, Sign> = { '+': '-', '-': '+', '/': '×', '×': '/' };
  const out: string[] = [];
  signs.forEach((sign, i) => {
    const next = turned[sign];
    const beside = [operands[i]!, operands[i + 1]!];
    // "a × 1" is "a / 1"; "(F - P)/F / 360/t" no longer reads as a formula.
    if ((sign === '/' || sign === '×') && beside.some((o) => o === '1' || o.includes('/'))) return;
    out.push(formulaText({ operands, signs: signs.map((s, j) => (j === i ? next : s)) }));
  });
  if (signs.length === 1 && (signs[0] === '-' || signs[0] === '/') && !operands.some(isNumber))
    out.push(formulaText({ operands: [operands[1]!, operands[0]!], signs }));
  if (signs.length === 1 && signs[0] === '/' && operands[0] === '1') {
    const rest = operands[1]!;
    out.push(`1 - ${rest}`, `1 / (1 - ${rest})`, `1 / (1 + ${rest})`);
  }
  return out;
}

/** Operands and signs at bracket depth 0; undefined when the brackets do not balance. */
function splitAtSigns(text: string): { operands: string[]; signs: Sign[] } | undefined {
  const operands: string[] = [];
  const signs: Sign[] = [];
  let depth = 0;
  let start = 0;
  for (let i = 0; i < text.length; i += 1) {
    const char = text[i]!;
    if (char === '(') depth += 1;
    else if (char === ')') depth -= 1;
    if (depth < 0) return undefined;
    const sign = SIGNS[char];
    if (depth === 0 && sign && text[i - 1] === ' ' && text[i + 1] === ' ') {
      operands.push(text.slice(start, i).trim());
      signs.push(sign);
      start = i + 1;
    }
  }
  if (depth !== 0) return undefined;
  operands.push(text.slice(start).trim());
  return operands.every(Boolean) ? { operands, signs } : undefined;
}
