import { describe, expect, it } from 'vitest';
import { parseNote } from '../../src/knowledge/parse-note.js';
import { eachDirection } from '../../src/questions/definition-question.js';
import { buildContext } from '../../src/questions/generation-context.js';
import type { Question } from '../../src/questions/question-schema.js';
import { kb } from './build-items.js';

// One heading, two groups of a nested list: the parts of a ledger and the rules of a harvest. A
// remark under one entry ("a new one is added …") leaves its group whole.
const notes = `# Orchard

## Orchard records

- ledger layout
  - column: one named attribute written down for every tree
  - row: one tree with all its recorded attributes
    - a new one is added at each planting
  - grain: the level of detail a single line of the ledger describes
  - page order: the fixed sequence of fields on every sheet
- harvest rules
  - ripeness: apples are picked only once the seeds have turned brown
  - grading: each crate is sorted by size before it is weighed
  - chilling: picked fruit goes into cold storage within two hours
  - tagging: every crate carries a label that names its orchard block
`;

const layout = ['column', 'row', 'grain', 'page order'];
const harvest = ['ripeness', 'grading', 'chilling', 'tagging'];

// A setting whose entries are its kinds, beside another setting of the same heading.
const press = `# Cider press

## Press settings

- **Press mode**: decides how the plates close on the pulp:
  - Gentle - a slow close for soft fruit picked late
  - Firm - a steady close for hard winter varieties
  - Pulse - short repeated closes that let the juice drain between them
- **Drain time**: how long the juice runs off before the next load
`;

function toTermQuestions(text = notes): Question[] {
  const context = buildContext(kb(parseNote('orchard.md', text).items));
  return context.definitions.flatMap((item) =>
    eachDirection(item, context).flatMap((outcome) => ('question' in outcome && outcome.question.kind === 'definition-to-term' ? [outcome.question] : [])),
  );
}

describe('wrong choices from the answer\'s own group of a nested list', () => {
  it('offers only terms of the answer\'s own list while it holds enough of them', () => {
    const questions = toTermQuestions();
    // Every term of both groups is asked, so the test looks at each group's every question.
    expect(questions.map((q) => q.choices[q.answer]).sort()).toEqual([...layout, ...harvest].sort());
    for (const question of questions) {
      const group = layout.includes(question.choices[question.answer]!) ? layout : harvest;
      expect(question.choices.slice().sort(), question.stem).toEqual(group.slice().sort());
    }
  });

  it('never offers the list\'s own title (their kind) nor another entry of the heading beside its entries', () => {
    const [gentle] = toTermQuestions(press).filter((q) => q.choices[q.answer] === 'Gentle');
    expect(gentle!.choices.slice().sort()).toEqual(['Firm', 'Gentle', 'Pulse']);
  });
});
