import { describe, expect, it } from 'vitest';
import { parseNote } from '../../src/knowledge/parse-note.js';
import { generateQuestions } from '../../src/questions/generate-questions.js';
import { kb } from './build-items.js';

// One entry gives another name before what it is ("or …"): it reads as no description.
const logs = `# Log review

## Ways to read logs
- trend graphs: plots the count of events per hour so that spikes stand out at a glance
- log filtering: or event reduction, the step of dropping entries below a chosen severity before review
- threshold alerts: raises a page once the count of failed logins passes a set limit
- replay sessions: rebuilds what one user did on a host from the recorded keystrokes
`;

// Tests chosen by shorthand lines ("a + b"), beside one written out.
const tests = `# Orchard trials

## Which trial to run
- A-trial: small plot + one season
- B-trial: large plot + three seasons
- C-trial: compares the yield of two rootstocks grown side by side in one block
- D-trial: tracks the spread of one pest across every block over a whole year
`;

describe('a definition in the notes\' shorthand', () => {
  it('is not quoted as a stem', () => {
    const { questions } = generateQuestions(kb(parseNote('trials.md', tests).items));
    expect(questions.some((q) => q.stem.includes('+'))).toBe(false);
    expect(questions.map((q) => q.choices[q.answer])).toContain('C-trial');
  });
});

describe('a definition opening with another name', () => {
  it('is neither asked nor offered as a wrong description', () => {
    const { questions } = generateQuestions(kb(parseNote('logs.md', logs).items));
    expect(questions.length).toBeGreaterThan(0);
    for (const question of questions) expect(question.choices.some((choice) => /^or\s/i.test(choice)) || /“or\s/i.test(question.stem)).toBe(false);
  });
});
