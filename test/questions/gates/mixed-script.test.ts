import { describe, expect, it } from 'vitest';
import { mixesScripts } from '../../../src/questions/gates/mixed-script.js';
import { parseNote } from '../../../src/knowledge/parse-note.js';
import { generateQuestions } from '../../../src/questions/generate-questions.js';
import { kb } from '../build-items.js';

describe('mixesScripts: notes in two languages never garble a stem', () => {
  it('skips an English stem carrying Chinese text, and choices half in each language', () => {
    expect(mixesScripts('Which of these is listed under “时间段划分”?', [])).toBeDefined();
    expect(mixesScripts('Which of these is a bond?', ['债券', 'Equity', 'Option'])).toBeDefined();
  });

  it('passes English, and choices all in the notes’ own language', () => {
    expect(mixesScripts('Which of these is a bond?', ['Equity', 'Option', 'Future'])).toBeUndefined();
    expect(mixesScripts('Which of these is a bond?', ['债券', '股票', '期权'])).toBeUndefined();
  });
});

// Notes written for this test: English definitions, some with a remark in Chinese after them.
const GLAZES = `## Glaze types
- celadon (also called 青瓷): a pale green glaze fired in a reducing kiln 颜色很淡
- tenmoku: a dark brown glaze rich in iron 铁含量高 很深
- shino: a white glaze that crawls and pits over a coarse clay body
- ash glaze: a glaze made from wood ash that runs down the pot in streaks
- crackle glaze: a glaze that cracks in a fine net as the pot cools down
`;

describe('an explanation from bilingual notes is written in English', () => {
  it('explains in the English part of a definition and leaves out a remark in another script', () => {
    const { questions } = generateQuestions(kb(parseNote('glazes.md', GLAZES).items));
    const explanations = questions.map((q) => q.explanation);
    expect(explanations.join('\n')).toContain('a pale green glaze fired in a reducing kiln');
    expect(explanations.filter((text) => /\p{Script=Han}/u.test(text))).toEqual([]);
  });
});
