import { describe, expect, it } from 'vitest';
import { parseNote } from '../../src/knowledge/parse-note.js';
import { saysAllOf } from '../../src/questions/definition-overlap.js';
import { definitionQuestions } from '../../src/questions/definition-question.js';
import { buildContext } from '../../src/questions/generation-context.js';
import { questionTopic } from '../../src/questions/question-topic.js';
import { definition, kb } from './build-items.js';

// Notes written for this test: one list of three kinds, one written like a product name ("Counted
// Loops"), one in initials ("WLs"), one a plain word ("Sweeps").
const LOOPS = `## Repetition
In the Pell language there are three ways to repeat a block
- Counted Loops - a repetition written with the FOR keyword
- WLs - a repetition written with the WHILE keyword and a stop condition
- Sweeps - a repetition that visits every item of a collection once
`;

const questionOf = (term: string) => {
  const context = buildContext(kb(parseNote('70-480/pell/repetition.md', LOOPS).items));
  const [outcome] = definitionQuestions(context.definitions.find((d) => d.term === term)!, context);
  return outcome && 'question' in outcome ? outcome.question : undefined;
};

describe('entries of one list are one kind, however each is written', () => {
  it('asks a plain-word entry among the list entries written as names and initials', () => {
    const question = questionOf('Sweeps');
    expect(question?.stem).toBe('Which of these is a repetition that visits every item of a collection once?');
    expect([...question!.choices].sort()).toEqual(['Counted Loops', 'Sweeps', 'WLs']);
  });

  it('does not read a definition naming another keyword as saying the same', () => {
    // "written with the WHILE keyword and a stop condition" holds every word of "written with the FOR
    // keyword" but the keyword: another statement, so its term is no second right answer.
    expect(saysAllOf('a repetition written with the FOR keyword', 'a repetition written with the WHILE keyword and a stop condition')).toBe(false);
    expect(saysAllOf('a repetition written with the FOR keyword', 'a repetition written with the FOR keyword and a stop condition')).toBe(true);
  });

  it('posts a question under a heading rather than a course number of its folder', () => {
    const item = definition('Sweeps', 'a repetition that visits every item of a collection once', {
      topic: 'Sweeps',
      source: { file: '70-480/Sweeps.md', line: 3, section: ['Sweeps'] },
    });
    expect(questionTopic(item, 'Which of these is a repetition that visits every item once?', 'Sweeps', ['WLs', 'Counted Loops'])).toBeUndefined();
  });
});
