import { describe, expect, it } from 'vitest';
import { parseNote } from '../../src/knowledge/parse-note.js';
import { eachDirection } from '../../src/questions/definition-question.js';
import { buildContext } from '../../src/questions/generation-context.js';
import type { Question } from '../../src/questions/question-schema.js';
import { kb } from './build-items.js';

// One heading defining beekeeping roles: Keepers once, Hive Teams three times (a bullet and two
// table cells), Inspectors and Swarm Catchers once each.
const notes = (extra: string) => `# Apiary

## Apiary roles

- **Keepers**: the single named person answerable for one hive and its records.
- **Hive Teams**: groups of keepers who share the duties of several hives.
- **Inspectors**: visitors who check the health of the colonies each season.
${extra}
| **Apiary Keepers** | **Apiary Hive Teams** |
|---|---|
| Named owner of a hive's yearly log. | Collection of keepers that rotate feeding duties. |
| Signs every treatment record alone. | Adding a keeper to a team hands them its hives at once. |
`;

function toDefinitionQuestions(text: string): Question[] {
  const context = buildContext(kb(parseNote('apiary.md', text).items));
  return context.definitions.flatMap((item) =>
    eachDirection(item, context).flatMap((outcome) => ('question' in outcome && outcome.question.kind === 'term-to-definition' ? [outcome.question] : [])),
  );
}

const hiveTeamLines = [/groups of keepers/i, /collection of keepers/i, /adding a keeper/i];

describe('term → definition draws one wrong choice per other term', () => {
  it('never offers two definitions of Hive Teams in one question', () => {
    const questions = toDefinitionQuestions(notes('- **Swarm Catchers**: volunteers who collect swarms that leave a hive.\n'));
    expect(questions.length).toBeGreaterThan(0);
    for (const question of questions) {
      const wrong = question.choices.filter((_, index) => index !== question.answer);
      expect(wrong.filter((choice) => hiveTeamLines.some((line) => line.test(choice))).length, question.stem).toBeLessThanOrEqual(1);
    }
  });

  it('drops the question when the other terms are too few for three wrong choices', () => {
    const stems = toDefinitionQuestions(notes('')).map((question) => question.stem);
    expect(stems.filter((stem) => /\bKeepers\?$/.test(stem))).toEqual([]);
  });
});
