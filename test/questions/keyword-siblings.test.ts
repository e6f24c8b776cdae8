import { describe, expect, it } from 'vitest';
import { parseNote } from '../../src/knowledge/parse-note.js';
import { definitionsOverlap, keywordsApart } from '../../src/questions/definition-overlap.js';
import { definitionQuestions } from '../../src/questions/definition-question.js';
import { buildContext } from '../../src/questions/generation-context.js';
import { kb } from './build-items.js';

// Notes written for this test: three kinds of one thing, defined alike but for the keyword each names.
const JOBS = `## Scheduling work
### Ways to run a job later
- One-shot job - a task scheduled through the AT command for a single later run
- Repeating job - a task scheduled through the CRON daemon for regular later runs
- Startup job - a task scheduled through the INIT system for the next restart
`;

describe('siblings told apart by the keyword they name', () => {
  it('does not take two definitions naming different keywords for one another', () => {
    const [shot, repeat] = ['a task scheduled through the AT command for a single later run', 'a task scheduled through the CRON daemon for regular later runs'];
    expect(keywordsApart(shot, repeat)).toBe(true);
    expect(definitionsOverlap(shot, repeat)).toBe(false);
    // The same keyword on both sides tells nothing apart.
    expect(keywordsApart('a task scheduled through the AT command once', 'a task scheduled through the AT command twice')).toBe(false);
  });

  it('asks which kind a definition names among its siblings of that kind', () => {
    const context = buildContext(kb(parseNote('ops/jobs.md', JOBS).items));
    const term = context.definitions.find((d) => d.term === 'One-shot job')!;
    const [outcome] = definitionQuestions(term, context);
    expect('question' in outcome! && [...outcome.question.choices].sort()).toEqual(['One-shot job', 'Repeating job', 'Startup job']);
  });
});
