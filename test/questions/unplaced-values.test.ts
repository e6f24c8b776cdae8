import { describe, expect, it } from 'vitest';
import { parseNote } from '../../src/knowledge/parse-note.js';
import { generateQuestions } from '../../src/questions/generate-questions.js';
import { kb } from './build-items.js';

// A table of bare figures and a bilingual line whose numbers only the remark explains.
const notes = `# Tides

## Spring tides
* 80: 2.45
* 出港时间: 4/12 表示在4点到12点之间可以出港

## Harbour
* Harbour depth: 12 m at low water
`;

describe('generate warns about each value it could not place, with the reason', () => {
  const { summary } = generateQuestions(kb(parseNote('tides.md', notes).items));
  const unplaced = summary.warnings.filter((warning) => warning.message.startsWith('value not asked'));

  it('names a bare "number: number" line as saying nothing of what its number is', () => {
    expect(unplaced).toContainEqual({ file: 'tides.md', line: 4, message: 'value not asked: nothing in the line says what the number is' });
  });

  it('names a line whose numbers only another language explains', () => {
    expect(unplaced).toContainEqual({ file: 'tides.md', line: 5, message: 'value not asked: its numbers are explained only in another language' });
  });

  it('warns of no line that gave a question', () => {
    expect(unplaced.some((warning) => warning.line === 8)).toBe(false);
  });
});
