import { describe, expect, it } from 'vitest';
import { directionOf } from '../../src/knowledge/direction-statement.js';
import { parseNote } from '../../src/knowledge/parse-note.js';
import { generateQuestions } from '../../src/questions/generate-questions.js';
import type { Question } from '../../src/questions/question-schema.js';
import { bankDefects } from './bank-defects.js';
import { kb } from './build-items.js';

/** The direction questions of one notes file. */
function directionQuestions(text: string): Question[] {
  const questions = generateQuestions(kb(parseNote('tuning.md', text).items)).questions.filter((q) => q.kind === 'comparison');
  expect(bankDefects(questions)).toEqual([]);
  return questions;
}

const answerOf = (q: Question): string => q.choices[q.answer]!;

describe('direction statements', () => {
  it('reads "lower X = higher Y", "X means Y" and "the more X, the less Y" as a whole line', () => {
    expect(directionOf('LOWER weight = higher rank')).toMatchObject({ causeWay: 'lower', cause: 'weight', effectWay: 'higher', oppositeWay: 'lower', effect: 'rank' });
    expect(directionOf('A longer lease means fewer renewals.')).toMatchObject({ causeWay: 'longer', cause: 'lease', effectWay: 'fewer', effect: 'renewals' });
    expect(directionOf('the bigger the cache, the faster the reads')).toMatchObject({ causeWay: 'bigger', cause: 'cache', effectWay: 'faster', oppositeWay: 'slower', effect: 'reads' });
  });

  it('leaves a direction inside a longer sentence, or one without a thing on either side, alone', () => {
    expect(directionOf('With shared tenancy a lower price means higher risk for the data owner and the auditor')).toBeUndefined();
    expect(directionOf('Batching helps: lower cost = higher than before')).toBeUndefined();
    expect(directionOf('higher = better')).toBeUndefined();
  });
});

describe('direction questions', () => {
  const notes = ['## Scheduling', '', '- LOWER weight = higher rank', '- Shorter timeouts mean more retries', '- weight ranges from 1 to 99'].join('\n');

  it('asks which way the second thing goes, with the opposite way and no change as the wrong choices', () => {
    const questions = directionQuestions(notes);
    const rank = questions.find((q) => q.stem === 'What does a lower weight mean for rank?')!;
    expect(answerOf(rank)).toBe('Higher rank');
    expect([...rank.choices].sort()).toEqual(['Higher rank', 'Lower rank', 'No change in rank']);
    expect(rank.explanation).toContain('LOWER weight = higher rank');
    const switches = questions.find((q) => q.stem === 'What do shorter timeouts mean for retries?')!;
    expect(answerOf(switches)).toBe('More retries');
    expect(switches.choices).toContain('Fewer retries');
  });
});
