/**
 * LaTeX formulas in notes (`$…$`, `$$…$$`) → readable text, so a formula heading reads as its name
 * and a formula in a sentence as what it says: `$90\% < 4 \times t_{\frac{1}{2}}$` → "90% < 4 × t1/2",
 * `$V_d = \frac{D}{C_o}$` → "Vd = D/Co". Only spans that hold LaTeX markup (a backslash command, a
 * sub- or superscript, braces) are rewritten: "$5 to $10" is money, not a formula.
 */

const SYMBOLS: Record<string, string> = {
  times: '×',
  cdot: '·',
  div: '÷',
  pm: '±',
  le: '≤',
  leq: '≤',
  ge: '≥',
  geq: '≥',
  ne: '≠',
  neq: '≠',
  approx: '≈',
  infty: '∞',
  to: '→',
  rightarrow: '→',
  Rightarrow: '⇒',
  sum: 'Σ',
  alpha: 'α',
  beta: 'β',
  gamma: 'γ',
  delta: 'δ',
  Delta: 'Δ',
  epsilon: 'ε',
  theta: 'θ',
  lambda: 'λ',
  mu: 'μ',
  pi: 'π',
  rho: 'ρ',
  sigma: 'σ',
  Sigma: 'Σ',
  tau: 'τ',
  phi: 'φ',
  omega: 'ω',
};

// Commands that only style what they wrap, or size what follows: dropped, what they wrap kept.
const STYLED = /\\(?:text|textbf|textit|mathrm|mathbf|mathit|operatorname)\s*\{([^{}]*)\}/gu;
const SIZING = /\\(?:left|right|big|Big|bigg|Bigg|displaystyle|textstyle)(?![A-Za-z])\s*/gu;
const MARKUP = /\\[A-Za-z]+|[_^]|[{}]/u;
// A $…$ or $$…$$ span on one line.
const SPAN = /\$\$([^$]+)\$\$|\$([^$]+)\$/gu;

/** One formula's LaTeX source → plain text. */
export function latexToText(source: string): string {
  let text = source
    .replace(/\\%/gu, '%')
    .replace(/\\[,;:! ]/gu, ' ')
    .replace(STYLED, '$1')
    .replace(SIZING, '');
  // Innermost fractions first: \frac{a}{b} → a/b, bracketed when a side holds an operator.
  for (let guard = 0; guard < 20 && /\\[dt]?frac\s*\{/u.test(text); guard += 1) {
    text = text.replace(/\\[dt]?frac\s*\{([^{}]*)\}\s*\{([^{}]*)\}/gu, (_, top: string, bottom: string) => {
      const side = (part: string): string => (/[\s+\-*×·]/u.test(part.trim()) ? `(${part.trim()})` : part.trim());
      return `${side(top)}/${side(bottom)}`;
    });
  }
  text = text
    .replace(/\\sqrt\s*\{([^{}]*)\}/gu, '√($1)')
    .replace(/\\([A-Za-z]+)/gu, (_, name: string) => SYMBOLS[name] ?? name)
    .replace(/_\{([^{}]*)\}/gu, '$1')
    .replace(/_(\S)/gu, '$1')
    .replace(/\^\{([^{}]*)\}/gu, (_, power: string) => (power.length > 1 ? `^(${power})` : `^${power}`))
    .replace(/[{}]/gu, '');
  return text.replace(/\s+/gu, ' ').trim();
}

/** A line with each formula span made readable; lines without one come back unchanged. */
export function readableFormulas(line: string): string {
  if (!line.includes('$')) return line;
  return line.replace(SPAN, (whole: string, block?: string, inline?: string) => {
    const source = block ?? inline ?? '';
    return MARKUP.test(source) ? latexToText(source) : whole;
  });
}

/** Whether a line is a heading or a paragraph made of one formula only ("### $C = e^{-kt}$"). */
export function isFormulaLine(line: string): boolean {
  return /^\s{0,3}(?:#{1,6}\s+)?\$\$?[^$]*\\[^$]*\$\$?\s*$|^\s{0,3}(?:#{1,6}\s+)?\$\$?[^$]*[_^{][^$]*\$\$?\s*$/u.test(
    line,
  );
}
