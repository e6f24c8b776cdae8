import { describe, expect, it } from 'vitest';
import { latexToText, readableFormulas } from '../../src/knowledge/latex-text.js';
import { readableText } from '../../src/knowledge/readable-text.js';
import { parseNote } from '../../src/knowledge/parse-note.js';

describe('LaTeX formulas read as text', () => {
  it.each([
    ['R_{max} = \\frac{N}{T_0}', 'Rmax = N/T0'],
    ['75\\% \\le 3 \\times h_{\\frac{1}{3}}', '75% ≤ 3 × h1/3'],
    ['Q = \\frac{\\text{load} \\times k}{\\text{rate} - 1}', 'Q = (load × k)/(rate - 1)'],
    ['G = 2^{n - 1} \\cdot \\sigma', 'G = 2^(n - 1) · σ'],
    ['\\sqrt{a_1 + b}', '√(a1 + b)'],
  ])('%s → %s', (source, text) => {
    expect(latexToText(source)).toBe(text);
  });

  it('rewrites only the spans that hold LaTeX, not money', () => {
    expect(readableFormulas('Spend $3 or $40 a month')).toBe('Spend $3 or $40 a month');
    expect(readableFormulas('so $W = \\frac{L}{\\lambda}$ holds')).toBe('so W = L/λ holds');
  });
});

describe('notes with formula headings', () => {
  const note = [
    '# Queues',
    'A queue drains a fixed share of its backlog each tick. The ticks it takes to drain half the backlog are referred to as **half-drain**. Three half-drains will clear 87% of it and can be written as:',
    '### $87\\% < 3 \\times d_{\\frac{1}{2}}$',
    '**d1/2** = half-drain',
    '',
  ].join('\n');

  it('keeps the text line for line, with the formula heading named by what it says', () => {
    const { text } = readableText(note);
    expect(text.split('\n')).toHaveLength(note.split('\n').length);
    expect(text.split('\n')[2]).toBe('### 87% < 3 × d1/2');
  });

  it('reads the sentence that introduces a formula as a statement', () => {
    const items = parseNote('queues.md', note).items;
    const stated = items.filter((item) => item.kind === 'fact' && /Three half-drains will clear 87%/.test(item.text));
    expect(stated.length).toBeGreaterThan(0);
    expect(items.some((item) => item.topic === '87% < 3 × d1/2')).toBe(true);
  });
});
